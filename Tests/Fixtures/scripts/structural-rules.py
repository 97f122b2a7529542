#!/usr/bin/env python3
"""An independent reading of the structural rules' documentation (`mandate rules`), for the test that holds
Mandate to it: reads each model with PyYAML, applies its dated changes at the date, and finds with NetworkX
what single-reporting-line, no-cyclic-mandate, no-orphan and alive-parent say they find.

Input (argv[1]): a JSON list of {"file", "date"}. Output: a JSON list, per input, of findings as
[rule, body, detail]: the other body for alive-parent, the bodies cut off below for no-orphan, the lines for
no-cyclic-mandate, "" otherwise."""
import datetime
import json
import sys

import networkx
import yaml


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def periods(body):
    valid = body.get("valid")
    return [] if valid is None else as_list(valid)


def active(body, day):
    spans = periods(body)
    if not spans:
        return True
    return any((p.get("from") is None or p["from"] <= day) and (p.get("until") is None or day <= p["until"]) for p in spans)


def on(body, day):
    """The body with every change whose date has come applied; a chair ends the co-chairs and the reverse."""
    body = dict(body)
    for change in body.get("changes") or []:
        if change["from"] > day:
            continue
        for key, value in change.items():
            if key in ("from", "source"):
                continue
            body[key] = value
        if "chair" in change and "coChairs" not in change:
            body.pop("coChairs", None)
        if "coChairs" in change and "chair" not in change:
            body.pop("chair", None)
    return body


def check(path, day):
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    order = list(document["bodies"].keys())
    bodies = {key: on(value, day) for key, value in document["bodies"].items()}
    alive = {key: active(bodies[key], day) for key in order}
    checked = {key: alive[key] and not bodies[key].get("external", False) for key in order}
    position = {key: index for index, key in enumerate(order)}
    reports = {key: as_list(bodies[key].get("reportsTo")) for key in order}
    anchored = {key: as_list(bodies[key].get("anchoredIn")) for key in order}
    founders = {key: as_list(bodies[key].get("establishedBy")) for key in order}
    findings = []

    # single-reporting-line: more than one line to a body that exists at the date, unless joint.
    for key in order:
        live = [parent for parent in reports[key] if alive[parent]]
        if checked[key] and not bodies[key].get("joint", False) and len(reports[key]) > 1 and len(live) > 1:
            findings.append(["single-reporting-line", key, ""])

    # no-cyclic-mandate: a cycle of reporting lines, or of set-up-by lines, among bodies that exist.
    for lines, edges in (("reporting", reports), ("set-up", founders)):
        graph = networkx.DiGraph()
        graph.add_nodes_from(key for key in order if alive[key])
        graph.add_edges_from((key, parent) for key in order if alive[key] for parent in edges[key] if alive[parent])
        for component in networkx.strongly_connected_components(graph):
            first = min(component, key=position.get)
            if len(component) > 1 or graph.has_edge(first, first):
                findings.append(["no-cyclic-mandate", first, lines])

    # no-orphan: upward lines are the live reporting lines, or for a body with none the live anchoring.
    upward = {key: [p for p in (reports[key] if reports[key] else anchored[key]) if alive[p]] for key in order if alive[key]}
    up = networkx.DiGraph()
    up.add_nodes_from(upward)
    up.add_edges_from((key, parent) for key, parents in upward.items() for parent in parents)
    roots = [key for key in upward if bodies[key].get("root", False) or bodies[key].get("external", False)]
    reached = set(roots)
    for root in roots:
        reached |= networkx.ancestors(up, root)
    unreached = set(upward) - reached

    def below(tops):
        return len({node for top in tops for node in networkx.ancestors(up, top) if node in unreached} - set(tops))

    cut_off = set()
    for key in order:
        if key in unreached and checked[key] and not upward[key]:
            findings.append(["no-orphan", key, str(below([key]))])
            cut_off.add(key)
    looping = up.subgraph(key for key in unreached if upward[key])
    for component in networkx.strongly_connected_components(looping):
        first = min(component, key=position.get)
        if (len(component) > 1 or looping.has_edge(first, first)) and any(not reports[key] for key in component) and checked[first]:
            findings.append(["no-orphan", first, str(below(component))])
            cut_off.add(first)

    # alive-parent: every line to a body that does not exist, but the upward ones of a body no-orphan reports.
    for key in order:
        if not checked[key]:
            continue
        for parents, is_upward in ((reports[key], True), (anchored[key], not reports[key]), (founders[key], False)):
            for parent in parents:
                if not alive[parent] and not (is_upward and key in cut_off):
                    findings.append(["alive-parent", key, parent])
    return sorted(findings)


def main():
    cases = json.load(open(sys.argv[1], encoding="utf-8"))
    print(json.dumps([check(case["file"], datetime.date.fromisoformat(case["date"])) for case in cases]))


if __name__ == "__main__":
    main()
