"""Validates each file named on stdin (one path a line) against the schema given as the first argument with
python-jsonschema (the schema's own draft), and prints one JSON line per file: {"file", "valid", "errors"}.
A file that is not strict JSON (NaN, Infinity, invalid UTF-8) is invalid, as it is for ajv and the product."""
import json
import sys

import jsonschema


def reject_constant(name):
    raise ValueError("not JSON: " + name)


schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)
for file in (line.rstrip("\n") for line in sys.stdin):
    if not file:
        continue
    try:
        with open(file, "rb") as stream:
            document = json.loads(stream.read().decode("utf-8"), parse_constant=reject_constant)
        errors = [("/" + "/".join(str(p) for p in e.absolute_path)) + " " + e.validator + " " + e.message[:120]
                  for e in validator.iter_errors(document)]
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        errors = ["not JSON: " + str(e)[:120]]
    print(json.dumps({"file": file, "valid": not errors, "errors": errors[:5]}), flush=True)
