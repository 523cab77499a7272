#!/usr/bin/env python3
"""Generate the DataGrip.Core sample data (first version, grows below)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261120

MUNIS = {
    "utrecht": {"name": "Gemeente Utrecht", "code": "GM0344", "type": "gemeente"},
    "amsterdam": {"name": "Gemeente Amsterdam", "code": "GM0363", "type": "gemeente"},
}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    random.seed(SEED)
    export = {
        "schemaVersion": "1.0",
        "generatedAt": "2026-11-20T09:00:00Z",
        "publisher": MUNIS["utrecht"],
        "projects": [
            {"id": "utrecht-scanauto-parkeren", "name": "Scanauto parkeercontrole",
             "organization": MUNIS["utrecht"]},
        ],
    }
    write_json(os.path.join(HERE, "gemeenten-export.json"), export)


if __name__ == "__main__":
    main()
