"""Headless Chromium (Debian's chromium) driven through the DevTools protocol over a pipe, for the tests that open
Mandate's pages in a real browser: the report (browse-report.py) and the live view (browse-live.py)."""
import json
import os
import subprocess
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

    def open(self, url):
        """A new tab at `url`, with its console, network and page events on; returns its session."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Runtime", "Log", "Network", "Page"]:
            self.send(domain + ".enable", session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired")
        return session

    def evaluate(self, session, expression):
        """The value of a JavaScript expression in the tab (a promise awaited)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=session)
        if "exceptionDetails" in result:
            raise RuntimeError(json.dumps(result["exceptionDetails"]))
        return result["result"].get("value")

    def errors_and_requests(self, page):
        """Console errors and uncaught exceptions so far, and every URL fetched but `page`."""
        errors, requests = [], []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                errors.append(params.get("exceptionDetails", {}).get("text", "exception"))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                requested = params.get("request", {}).get("url", "")
                if requested.split("#")[0] != page:
                    requests.append(requested)
        return errors, requests
