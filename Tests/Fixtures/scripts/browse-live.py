#!/usr/bin/env python3
"""Opens `mandate serve`'s page in headless Chromium and edits the model file beside it, as a planner does with the
page open next to the editor; prints what the reader saw, as JSON.

Usage: browse-live.py URL MODEL.yaml BODY-ID QUERY OLD-NAME NEW-NAME
The reader follows a link to BODY-ID's card, scrolls down and types QUERY in the search box. Then the model is saved
with OLD-NAME changed to NEW-NAME; then saved broken; then mended. Prints
{"updated": bool, "reloaded": bool, "scrollKept": bool, "searchKept": bool, "searchApplied": bool (the same cards shown),
 "visible": [cards shown after the save], "highlightKept": bool,
 "staleShown": bool, "staleErrors": [lines of the error list], "diagramKept": bool, "recovered": bool,
 "generations": [the page's version after each step], "errors": [console errors], "requests": [URLs fetched but the page]}.
"""
import json
import sys
import time

from chromium import Browser


def wait(evaluate, expression, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if evaluate(expression):
            return True
        time.sleep(0.05)
    return False


def main():
    url, model, body, query, old, new = sys.argv[1:7]
    original = open(model, encoding="utf-8").read()
    browser = Browser()
    try:
        session = browser.open(url)

        def evaluate(expression):
            return browser.evaluate(session, expression)

        generation = "Number(document.getElementById('live').getAttribute('data-generation'))"
        # The reader's place: scrolled down, a search typed, a body's card followed.
        evaluate("window.__reader = 'still here'")
        evaluate("location.hash = '#card-%s'" % body)
        time.sleep(0.2)
        evaluate("window.scrollTo(0, 600)")
        evaluate("(() => { const s = document.getElementById('search'); s.value = %s; s.dispatchEvent(new Event('input')); })()" % json.dumps(query))
        before = evaluate("({y: window.scrollY, visible: Array.from(document.querySelectorAll('article.card')).filter(c => !c.hidden).map(c => c.id)})")
        generations = [evaluate(generation)]

        # A save that changes a name.
        with open(model, "w", encoding="utf-8") as handle:
            handle.write(original.replace(old, new))
        updated = wait(evaluate, "document.querySelector('main').textContent.includes(%s)" % json.dumps(new))
        generations.append(evaluate(generation))
        after = evaluate("({y: window.scrollY, search: document.getElementById('search').value, reader: window.__reader,"
                         " visible: Array.from(document.querySelectorAll('article.card')).filter(c => !c.hidden).map(c => c.id),"
                         " highlighted: Array.from(document.querySelectorAll('article.card.highlight')).map(c => c.id)})")

        # A save that does not load, then one that does.
        with open(model, "w", encoding="utf-8") as handle:
            handle.write(original.replace(old, new) + "bodies: [unclosed\n")
        stale = wait(evaluate, "document.getElementById('live').classList.contains('stale')")
        stale_errors = evaluate("Array.from(document.querySelectorAll('#live li')).map(li => li.textContent)")
        diagram_kept = evaluate("document.querySelectorAll('main svg g.node').length > 0 && document.querySelector('main').classList.contains('stale')")
        generations.append(evaluate(generation))
        with open(model, "w", encoding="utf-8") as handle:
            handle.write(original)
        recovered = wait(evaluate, "!document.getElementById('live').classList.contains('stale')"
                                   " && document.querySelector('main').textContent.includes(%s)" % json.dumps(old))
        generations.append(evaluate(generation))

        errors, requests = browser.errors_and_requests(url)
        print(json.dumps({
            "updated": updated, "reloaded": after["reader"] != "still here", "scrollKept": abs(after["y"] - before["y"]) < 2,
            "searchKept": after["search"] == query, "searchApplied": after["visible"] == before["visible"], "visible": after["visible"],
            "highlightKept": after["highlighted"] == ["card-" + body], "staleShown": stale, "staleErrors": stale_errors,
            "diagramKept": diagram_kept, "recovered": recovered, "generations": generations, "errors": errors,
            "requests": sorted(set(r for r in requests if not r.startswith(url + "events"))) + sorted(set(r for r in requests if r.startswith(url + "events")))[:1],
        }, ensure_ascii=False))
    finally:
        with open(model, "w", encoding="utf-8") as handle:
            handle.write(original)
        browser.close()


if __name__ == "__main__":
    main()
