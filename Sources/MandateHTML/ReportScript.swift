/// The report's script: it only highlights and searches. A finding's or a reporting line's link goes to a
/// body's card (`#card-ID`); on that, the script marks the body's boxes in every diagram and its card, and
/// brings the first box into view. The search box, hidden without script, marks the cards and boxes whose
/// name holds what is typed and hides the other cards.
enum ReportScript {
    static let javascript = """
        (function () {
          "use strict";
          var boxes = Array.prototype.slice.call(document.querySelectorAll("svg g.node"));
          function boxesOf(id) {
            return boxes.filter(function (box) { var title = box.querySelector("title"); return title && title.textContent === id; });
          }
          function clear(name) {
            Array.prototype.forEach.call(document.querySelectorAll("." + name), function (element) { element.classList.remove(name); });
          }
          function highlight(id) {
            clear("highlight");
            if (!id) { return; }
            var found = boxesOf(id);
            found.forEach(function (box) { box.classList.add("highlight"); });
            var card = document.getElementById("card-" + id);
            if (card) { card.classList.add("highlight"); }
            if (found.length > 0) { found[0].scrollIntoView({ block: "center" }); }
          }
          function fromHash() {
            var hash = decodeURIComponent(window.location.hash.slice(1));
            highlight(hash.indexOf("card-") === 0 ? hash.slice(5) : "");
          }
          window.addEventListener("hashchange", fromHash);
          fromHash();
          var search = document.getElementById("search");
          if (!search) { return; }
          search.hidden = false;
          var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
          search.addEventListener("input", function () {
            var query = search.value.trim().toLowerCase();
            clear("match");
            cards.forEach(function (card) {
              var hit = query !== "" && card.getAttribute("data-name").indexOf(query) >= 0;
              card.hidden = query !== "" && !hit;
              if (hit) { boxesOf(card.id.slice(5)).forEach(function (box) { box.classList.add("match"); }); }
            });
          });
        })();
        """
}
