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
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="mandate-chromium-")

        # The protocol pipe is fd 3 (commands in) and fd 4 (replies out) of chromium; the shell puts the ends there.
        command = ("exec chromium --headless=new --no-sandbox --disable-gpu --remote-debugging-pipe --no-first-run "
                   "--disable-extensions --disable-background-networking --disable-component-update --disable-sync "
                   "--user-data-dir=\"$0\" --window-size=1280,1600 about:blank 3<&%d 4>&%d" % (to_browser_read, from_browser_write))
        self.process = subprocess.Popen(["sh", "-c", command, self.profile], pass_fds=(to_browser_read, from_browser_write),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(method + ": " + json.dumps(reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(self.receive())
        raise RuntimeError("no " + method)

    def close(self):
        self.process.kill()
        self.process.wait()


def main():
    report, screenshot = os.path.abspath(sys.argv[1]), sys.argv[2]
    url = "file://" + report
    browser = Browser()
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Runtime", "Log", "Network", "Page"]:
            browser.send(domain + ".enable", session=session)
        browser.send("Page.navigate", {"url": url}, session=session)
        browser.wait_for("Page.loadEventFired")

        def evaluate(expression):
            result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=session)
            if "exceptionDetails" in result:
                raise RuntimeError(json.dumps(result["exceptionDetails"]))
            return result["result"].get("value")

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
        errors, requests = [], []
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                errors.append(params.get("exceptionDetails", {}).get("text", "exception"))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                requested = params.get("request", {}).get("url", "")
                if requested.split("#")[0] != url:
                    requests.append(requested)
        print(json.dumps({"errors": errors, "requests": requests, "cards": cards, "clicked": clicked, "highlighted": highlighted,
                          "cardHighlighted": card_highlighted, "searchShown": search_shown, "searchHits": hits}, ensure_ascii=False))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
