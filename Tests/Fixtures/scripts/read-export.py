#!/usr/bin/env python3
"""Reads a GraphML or JSON-LD export back with the standard readers and prints what they found, as JSON.

Usage: read-export.py graphml|jsonld FILE
graphml: NetworkX's read_graphml; prints {"nodes": {type: count}, "edges": {relation: count},
"names": [every node's name or title], "types": {attribute: Python type name}}.
jsonld: rdflib's JSON-LD parser and SPARQL; prints {"subOrganizationOf": [[child label, parent label]],
"units": count, "organisations": count, "posts": count, "heldBy": count, "changes": count, "labels": [...]}.
"""
import collections
import json
import sys


def graphml(path):
    import networkx
    graph = networkx.read_graphml(path)
    nodes = collections.Counter(data.get("type") for _, data in graph.nodes(data=True))
    edges = collections.Counter(data.get("relation") for _, _, data in graph.edges(data=True))
    names = sorted(data.get("name") or data.get("title") or "" for _, data in graph.nodes(data=True))
    types = {}
    for _, data in graph.nodes(data=True):
        for key, value in data.items():
            types[key] = type(value).__name__
    return {"nodes": nodes, "edges": edges, "names": names, "types": types}


def jsonld(path):
    import rdflib
    graph = rdflib.Graph()
    graph.parse(path, format="json-ld")
    prefixes = "PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    def count(pattern):
        return int(next(iter(graph.query(prefixes + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }")))[0])
    lines = graph.query(prefixes + "SELECT ?child ?parent WHERE { ?c org:subOrganizationOf ?p . ?c skos:prefLabel ?child . ?p skos:prefLabel ?parent }")
    return {
        "subOrganizationOf": sorted([str(row[0]), str(row[1])] for row in lines),
        "units": count("?u a org:OrganizationalUnit"),
        "organisations": count("?o a org:Organization"),
        "posts": count("?p a org:Post . ?p org:postIn ?b"),
        "heldBy": count("?p org:heldBy ?h"),
        "changes": count("?e a org:ChangeEvent . ?e org:originalOrganization ?a . ?e org:resultingOrganization ?b"),
        "labels": sorted(str(row[0]) for row in graph.query(prefixes + "SELECT ?l WHERE { ?x skos:prefLabel ?l }")),
    }


if __name__ == "__main__":
    print(json.dumps({"graphml": graphml, "jsonld": jsonld}[sys.argv[1]](sys.argv[2]), ensure_ascii=False))
