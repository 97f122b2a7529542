#!/usr/bin/env python3
"""Opens an HTML report in headless Chromium (Debian's chromium), driven through the DevTools protocol over
a pipe, and prints what a reader would meet, as JSON.

Usage: browse-report.py REPORT.html SCREENSHOT.png
Prints {"errors": [console errors and uncaught exceptions], "requests": [every URL fetched but the page],
"cards": [ids of the cards], "clicked": the body of the first finding link clicked, or null,
"highlighted": [titles of the diagram boxes marked after the click], "cardHighlighted": bool,
"searchShown": bool, "searchHits": cards left visible after typing the first card's name}.
"""
import base64
import json
import os
import sys
import time

from chromium import Browser


def main():
    report, screenshot = os.path.abspath(sys.argv[1]), sys.argv[2]
    url = "file://" + report
    browser = Browser()
    try:
        session = browser.open(url)

        def evaluate(expression):
            return browser.evaluate(session, expression)

        cards = evaluate("Array.from(document.querySelectorAll('article.card')).map(c => c.id.slice(5))")
        clicked = evaluate("(() => { const a = document.querySelector('a.finding'); if (!a) return null; a.click(); return a.dataset.body; })()")
        time.sleep(0.3)
        highlighted = evaluate("Array.from(document.querySelectorAll('svg g.node.highlight')).map(g => g.querySelector('title').textContent)")
        card_highlighted = evaluate("(() => { const c = document.querySelector('article.card.highlight'); return c !== null; })()")
        search_shown = evaluate("!document.getElementById('search').hidden")
        hits = evaluate("(() => { const s = document.getElementById('search'); const first = document.querySelector('article.card h3').textContent;"
                        " s.value = first; s.dispatchEvent(new Event('input')); const n = Array.from(document.querySelectorAll('article.card')).filter(c => !c.hidden).length;"
                        " s.value = ''; s.dispatchEvent(new Event('input')); return n; })()")
        evaluate("window.scrollTo(0, 0)")
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
        with open(screenshot, "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))
        # Let late events arrive, then read them all.
        browser.send("Runtime.evaluate", {"expression": "1"}, session=session)
        errors, requests = browser.errors_and_requests(url)
        print(json.dumps({"errors": errors, "requests": requests, "cards": cards, "clicked": clicked, "highlighted": highlighted,
                          "cardHighlighted": card_highlighted, "searchShown": search_shown, "searchHits": hits}, ensure_ascii=False))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
