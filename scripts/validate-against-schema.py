#!/usr/bin/env python3
"""Validates files against a JSON Schema with the reference validator, of the draft the schema names
(2020-12 when it names none): model files against Mandate's schema, reports against theirs, SARIF logs
against the official SARIF 2.1.0 schema (draft-04).

Usage: validate-against-schema.py SCHEMA FILE...
Prints "valid<TAB>FILE" or "invalid<TAB>FILE" per file, and each problem on stderr; exits 1 if any is invalid.
"""
import datetime
import json
import sys

import jsonschema
import yaml


def as_json(value):
    """YAML reads dates as dates; the model file means them as YYYY-MM-DD text."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle) if path.endswith(".json") else yaml.safe_load(handle)
        errors = list(validator.iter_errors(as_json(document)))
        failed = failed or bool(errors)
        print(("invalid" if errors else "valid") + "\t" + path)
        for error in errors:
            print(f"{path}: {error.json_path}: {error.message}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
