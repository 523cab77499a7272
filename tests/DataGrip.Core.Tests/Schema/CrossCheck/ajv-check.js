// Validates each file named on stdin (one path a line) against the schema given as the first argument with
// ajv 8 in strict mode, and prints one JSON line per file: {"file": ..., "valid": true|false, "errors": [...]}.
// A file that is not JSON is invalid, as it is for every validator.
"use strict";
const Ajv = require("ajv");
const fs = require("fs");
const ajv = new Ajv({ allErrors: true, strict: true, unicodeRegExp: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
const files = fs.readFileSync(0, "utf8").split("\n").filter(f => f.length > 0);
for (const file of files) {
  let valid;
  let errors = [];
  try {
    valid = validate(JSON.parse(fs.readFileSync(file, "utf8")));
    errors = (validate.errors || []).map(e => e.instancePath + " " + e.keyword + " " + e.message);
  } catch (e) {
    valid = false;
    errors = ["not JSON: " + e.message];
  }
  process.stdout.write(JSON.stringify({ file, valid, errors: errors.slice(0, 5) }) + "\n");
}
