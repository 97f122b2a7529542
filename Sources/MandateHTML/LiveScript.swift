/// The live view's script and style: it listens to the server's event stream (`/events`) and, when the structure
/// changes, fetches the page again and puts its content in place of the old, keeping the reader's place: the scroll
/// position, the search typed (the header is kept) and the highlighted body (the address is kept). The report's own
/// script then puts its marks back (`mandate:refresh`).
enum LiveScript {
    static let javascript = """
        (function () {
          "use strict";
          var status = document.getElementById("live");
          if (!status || !window.EventSource || !window.fetch || !window.DOMParser) { return; }
          var busy = false, wanted = null;
          function shown() { return status.getAttribute("data-generation"); }
          function update() {
            if (busy || wanted === null || wanted === shown()) { return; }
            busy = true;
            fetch("/", { cache: "no-store" }).then(function (response) { return response.text(); }).then(function (text) {
              var next = new DOMParser().parseFromString(text, "text/html");
              var nextMain = next.querySelector("main"), nextStatus = next.getElementById("live");
              if (!nextMain || !nextStatus) { return; }
              var x = window.scrollX, y = window.scrollY, main = document.querySelector("main");
              main.innerHTML = nextMain.innerHTML;
              main.className = nextMain.className;
              status.className = nextStatus.className;
              status.innerHTML = nextStatus.innerHTML;
              status.setAttribute("data-generation", nextStatus.getAttribute("data-generation"));
              document.title = next.title;
              document.dispatchEvent(new Event("mandate:refresh"));
              window.scrollTo(x, y);
            }).catch(function () { status.classList.add("offline"); }).then(function () { busy = false; update(); });
          }
          var events = new EventSource("/events");
          events.addEventListener("structure", function (event) { wanted = event.data; status.classList.remove("offline"); update(); });
          events.onerror = function () { status.classList.add("offline"); };
        })();
        """

    static let css = """
        #live { font-size: .9rem; color: var(--muted); margin: 0 0 .6rem; }
        #live.stale { color: var(--error); } #live.offline { color: var(--warning); }
        #live ul { margin: .3rem 0; padding-left: 1.2rem; }
        main.stale section.diagram, main.stale div.cards { opacity: .45; outline: 2px dashed var(--error); outline-offset: 4px; }
        """
}
