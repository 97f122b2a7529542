/// The report's script: it only highlights and searches. A finding's or a reporting line's link goes to a
/// body's card (`#card-ID`); on that, the script marks the body's boxes in every diagram and its card, and
/// brings the first box into view. The search box, hidden without script, marks the cards and boxes whose
/// name holds what is typed and hides the other cards. Elements are looked up when they are needed, so that a
/// page whose content is replaced (the live view's) keeps working; on `mandate:refresh` the marks are put back
/// without moving the reader.
enum ReportScript {
    static let javascript = """
        (function () {
          "use strict";
          function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
          function boxesOf(id) {
            return all("svg g.node").filter(function (box) { var title = box.querySelector("title"); return title && title.textContent === id; });
          }
          function clear(name) {
            all("." + name).forEach(function (element) { element.classList.remove(name); });
          }
          function highlight(id, bringIntoView) {
            clear("highlight");
            if (!id) { return; }
            var found = boxesOf(id);
            found.forEach(function (box) { box.classList.add("highlight"); });
            var card = document.getElementById("card-" + id);
            if (card) { card.classList.add("highlight"); }
            if (bringIntoView && found.length > 0) { found[0].scrollIntoView({ block: "center" }); }
          }
          function fromHash(bringIntoView) {
            var hash = decodeURIComponent(window.location.hash.slice(1));
            highlight(hash.indexOf("card-") === 0 ? hash.slice(5) : "", bringIntoView);
          }
          window.addEventListener("hashchange", function () { fromHash(true); });
          fromHash(true);
          var search = document.getElementById("search");
          if (!search) { return; }
          search.hidden = false;
          function filter() {
            var query = search.value.trim().toLowerCase();
            clear("match");
            all("article.card").forEach(function (card) {
              var hit = query !== "" && card.getAttribute("data-name").indexOf(query) >= 0;
              card.hidden = query !== "" && !hit;
              if (hit) { boxesOf(card.id.slice(5)).forEach(function (box) { box.classList.add("match"); }); }
            });
          }
          search.addEventListener("input", filter);
          document.addEventListener("mandate:refresh", function () { fromHash(false); filter(); });
        })();
        """
}
