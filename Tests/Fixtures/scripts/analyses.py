#!/usr/bin/env python3
"""Computes seats, overlaps and the bodies a change cuts off from a model file with PyYAML and NetworkX, written
from the commands' documentation alone, and compares them with what `mandate seats`, `mandate overlap` and
`mandate impact` wrote as JSON.

    analyses.py MODEL.yaml SEATS.json OVERLAP.json MINIMUM IMPACT.json REMOVED-ID...

Exits 1 with the differences where they disagree. The model is one file with no dated changes, validity or
external bodies (the generated structures of the tests)."""
import json
import sys

import networkx as nx
import yaml

MEETINGS = {"weekly": 52, "monthly": 12, "quarterly": 4, "yearly": 1}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def members(body):
    """Chair, co-chairs and permanent members, in that order, each once; ad hoc guests are not members."""
    found = []
    for role in as_list(body.get("chair")) + as_list(body.get("coChairs")):
        if role not in found:
            found.append(role)
    for member in as_list(body.get("members")):
        role = member["role"] if isinstance(member, dict) else member
        if role not in found:
            found.append(role)
    return found


def seats(model):
    expected = {}
    for body_id, body in model["bodies"].items():
        meetings = MEETINGS.get(body.get("cadence"), 0)
        kinds = {}
        for role in as_list(body.get("chair")):
            kinds.setdefault(role, "chair")
        for role in as_list(body.get("coChairs")):
            kinds.setdefault(role, "co-chair")
        for member in as_list(body.get("members")):
            role = member["role"] if isinstance(member, dict) else member
            kinds.setdefault(role, "member")
        for role, kind in kinds.items():
            entry = expected.setdefault(role, {"bodies": [], "meetingsPerYear": 0})
            entry["bodies"].append((body_id, kind))
            entry["meetingsPerYear"] += meetings
    return expected


def upward_graph(bodies):
    """Each body's edges to the bodies above it: its reporting lines, or its anchoring where it reports to none."""
    graph = nx.DiGraph()
    graph.add_nodes_from(bodies)
    for body_id, body in bodies.items():
        lines = as_list(body.get("reportsTo")) or as_list(body.get("anchoredIn"))
        for parent in lines:
            if parent in bodies:
                graph.add_edge(body_id, parent)
    return graph


def reaching_root(bodies):
    graph = upward_graph(bodies)
    roots = [b for b, body in bodies.items() if body.get("root") or body.get("external")]
    reached = set(roots)
    for root in roots:
        reached |= nx.ancestors(graph, root)
    return reached


def overlaps(model, minimum):
    bodies = model["bodies"]
    sets = {b: members(body) for b, body in bodies.items() if len(members(body)) >= 2}
    order = list(bodies)
    graph = upward_graph(bodies)
    pairs = {}
    ids = [b for b in order if b in sets]
    for i, first in enumerate(ids):
        for second in ids[i + 1:]:
            shared = set(sets[first]) & set(sets[second])
            jaccard = len(shared) / len(set(sets[first]) | set(sets[second]))
            if shared and jaccard >= minimum:
                above_first = nx.descendants(graph, first)
                distances = nx.single_source_shortest_path_length(graph, second)
                common = [(d, b) for b, d in distances.items() if b in above_first and b != second]
                nearest = {b for d, b in common if d == min(d for d, _ in common)} if common else set()
                pairs[(first, second)] = (round(jaccard, 3), [r for r in sets[first] if r in shared], nearest)
    return pairs


def main():
    model_file, seats_file, overlap_file, minimum, impact_file, *removed = sys.argv[1:]
    with open(model_file, encoding="utf-8") as handle:
        model = yaml.safe_load(handle)
    problems = []

    written = json.load(open(seats_file, encoding="utf-8"))["seats"]
    expected = seats(model)
    if {entry["role"] for entry in written} != set(expected):
        problems.append(f"seats: roles differ: {sorted(set(expected) ^ {entry['role'] for entry in written})}")
    for entry in written:
        want = expected.get(entry["role"])
        got = [(seat["body"], seat["seat"]) for seat in entry["bodies"]]
        if want and (sorted(got) != sorted(want["bodies"]) or entry["meetingsPerYear"] != want["meetingsPerYear"]):
            problems.append(f"seats of {entry['role']}: {got} {entry['meetingsPerYear']} against {want}")
    loads = [entry["meetingsPerYear"] for entry in written]
    if loads != sorted(loads, reverse=True):
        problems.append("seats are not sorted by load")

    written = {tuple(pair["bodies"]): pair for pair in json.load(open(overlap_file, encoding="utf-8"))["pairs"]}
    expected = overlaps(model, float(minimum))
    if set(written) != set(expected):
        problems.append(f"overlap: pairs differ: {sorted(set(written) ^ set(expected))[:10]}")
    for key in set(written) & set(expected):
        jaccard, shared, nearest = expected[key]
        pair = written[key]
        if abs(pair["jaccard"] - jaccard) > 0.0005 or sorted(pair["shared"]) != sorted(shared):
            problems.append(f"overlap of {key}: {pair} against {jaccard} {shared}")
        if (pair["commonParent"] or None) not in (nearest or {None}):
            problems.append(f"overlap of {key}: nearest common parent {pair['commonParent']} not among {nearest}")

    bodies = model["bodies"]
    after = {b: dict(body) for b, body in bodies.items() if b not in removed}
    for body in after.values():
        for key in ("reportsTo", "anchoredIn"):
            body[key] = [p for p in as_list(body.get(key)) if p not in removed]
    cut = reaching_root(bodies) - reaching_root(after) - set(removed)
    written = json.load(open(impact_file, encoding="utf-8"))["cutOff"]
    if sorted(written) != sorted(cut):
        problems.append(f"impact: cut off {sorted(written)} against {sorted(cut)}")

    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
