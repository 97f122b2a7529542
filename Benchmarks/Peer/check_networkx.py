#!/usr/bin/env python3
"""The peer Mandate is measured against: what a planner would otherwise write.

Loads a model file with PyYAML's C loader, checks its keys and references, builds the reporting graph in
NetworkX and runs the same structural checks as `mandate check` with its default options. Prints one line
per finding rule with its count, then the total, so the benchmark can compare counts with Mandate's.

Usage: check_networkx.py MODEL.yaml [DATE]
"""
import collections
import datetime
import sys

import networkx as nx
import yaml

MEETING_KINDS = {"forum", "committee", "council", "steering-group", "working-group"}
BODY_KEYS = {"name", "aliases", "kind", "organisation", "root", "external", "count", "reportsTo", "establishedBy",
             "anchoredIn", "chair", "coChairs", "secretariat", "members", "adHoc", "commissionedBy", "escalatesTo",
             "counterpart", "valid", "successor", "lapses", "predecessors", "formerly", "cadence", "review", "source", "note",
             "joint", "formerNames"}
SPAN_MAXIMUM = 8
DEPTH_MAXIMUM = 5


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def day(value):
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def main():
    path = sys.argv[1]
    with open(path, "rb") as handle:
        document = yaml.load(handle, Loader=yaml.CSafeLoader)
    bodies = document.get("bodies") or {}
    declared = set(document.get("organisations") or {}) | set(document.get("units") or {}) | set(document.get("roles") or {}) | set(bodies)
    date = day(sys.argv[2]) if len(sys.argv) > 2 else day(document.get("date")) or datetime.date.today()

    problems = 0
    for body_id, body in bodies.items():
        problems += len(set(body) - BODY_KEYS)
        for key in ("organisation", "reportsTo", "establishedBy", "anchoredIn", "chair", "coChairs", "secretariat", "adHoc",
                    "commissionedBy", "escalatesTo", "counterpart", "successor"):
            problems += sum(1 for target in as_list(body.get(key)) if target not in declared)
        for member in as_list(body.get("members")):
            role = member.get("role") if isinstance(member, dict) else member
            problems += role not in declared
    if problems:
        print(f"load errors\t{problems}")
        return 2

    def active(body):
        valid = body.get("valid") or {}
        start, end = day(valid.get("from")), day(valid.get("until"))
        return (start is None or start <= date) and (end is None or date <= end)

    checked = {body_id for body_id, body in bodies.items() if active(body) and not body.get("external")}
    reporting = nx.DiGraph()
    reporting.add_nodes_from(bodies)
    upward = nx.DiGraph()
    upward.add_nodes_from(bodies)
    for body_id, body in bodies.items():
        for parent in as_list(body.get("reportsTo")):
            reporting.add_edge(body_id, parent)
        lines = as_list(body.get("reportsTo")) or as_list(body.get("anchoredIn"))
        if body_id in checked or active(body):
            for parent in lines:
                if active(bodies[parent]):
                    upward.add_edge(body_id, parent)

    findings = collections.Counter()
    for body_id in checked:
        body = bodies[body_id]
        meets = body.get("cadence") is not None or body.get("kind") in MEETING_KINDS
        chairs = as_list(body.get("chair")) + as_list(body.get("coChairs"))
        members = {m.get("role") if isinstance(m, dict) else m for m in as_list(body.get("members"))}
        if len(as_list(body.get("reportsTo"))) > 1 and not body.get("joint"):
            findings["single-reporting-line"] += 1
        if meets and not body.get("chair") and len(as_list(body.get("coChairs"))) < 2:
            findings["defined-chair"] += 1
        if members and any(chair not in members for chair in chairs):
            findings["chair-is-member"] += 1
        if meets and not as_list(body.get("secretariat")):
            findings["defined-secretariat"] += 1
        for key in ("reportsTo", "anchoredIn", "establishedBy"):
            findings["alive-parent"] += sum(1 for parent in as_list(body.get(key)) if not active(bodies[parent]))
        if (body.get("valid") or {}).get("until") and not body.get("successor") and not body.get("lapses"):
            findings["successor-named"] += 1
        findings["adhoc-not-member"] += sum(1 for guest in as_list(body.get("adHoc")) if guest in members)
        if body.get("review") and day(body["review"]) < date:
            findings["review-due"] += 1
        if sum(1 for child in reporting.predecessors(body_id) if active(bodies[child])) > SPAN_MAXIMUM:
            findings["span-of-control"] += 1

    first_named, repeated = {}, set()
    for body_id in (b for b in bodies if b in checked):
        for parent in as_list(bodies[body_id].get("reportsTo")):
            if parent in checked and first_named.setdefault((parent, str(bodies[body_id]["name"]).lower()), body_id) != body_id:
                repeated.add(body_id)
    findings["unique-name"] += len(repeated)

    active_reporting = reporting.subgraph(b for b in bodies if active(bodies[b]))
    for component in nx.strongly_connected_components(active_reporting):
        if len(component) > 1 or any(active_reporting.has_edge(b, b) for b in component):
            findings["no-cyclic-mandate"] += 1

    roots = [b for b in checked if bodies[b].get("root")]
    reaching = set(roots) | {b for b in bodies if bodies[b].get("external")}
    for root in list(reaching):
        reaching |= nx.ancestors(upward, root)
    in_cycle = set().union(*(c for c in nx.strongly_connected_components(upward) if len(c) > 1)) if upward else set()
    cut_off = checked - reaching
    below_cycle = {b for b in cut_off for cyclic in in_cycle if nx.has_path(upward, b, cyclic)} if in_cycle else set()
    for body_id in cut_off - in_cycle - below_cycle:
        if not any(parent in cut_off for parent in upward.successors(body_id)):
            findings["no-orphan"] += 1

    depth = nx.multi_source_dijkstra_path_length(upward.reverse(copy=False), roots) if roots else {}
    findings["reporting-depth"] += sum(1 for body_id, level in depth.items() if level == DEPTH_MAXIMUM + 1 and body_id in checked)

    for rule, count in sorted(findings.items()):
        if count:
            print(f"{rule}\t{count}")
    print(f"total\t{sum(findings.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
