"""Reads model files with PyYAML (a standard YAML reader) and prints, per file and per body, the values the
differential test compares with Mandate's reading: name, note, source, aliases, root and count."""
import json
import sys

import yaml


def bodies_of(path):
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    bodies = {}
    for identifier, body in (document.get("bodies") or {}).items():
        aliases = body.get("aliases", [])
        bodies[str(identifier)] = {
            "name": body["name"],
            "note": body.get("note"),
            "source": body.get("source"),
            "aliases": [aliases] if isinstance(aliases, str) else aliases,
            "root": body.get("root", False),
            "count": body.get("count", 1),
        }
    return bodies


print(json.dumps({path: bodies_of(path) for path in sys.argv[1:]}, sort_keys=True, ensure_ascii=False))
