// Small behaviour for every page. Kept in one file, without dependencies, and
// independent of the builder (MkDocs or Zensical) and of instant navigation.
(function () {
  "use strict";

  // Show the "due for review" notice when the page's next review date has passed.
  // Decided here, in the reader's browser, so a page built long ago still warns.
  function showOverdueReview() {
    var box = document.querySelector(".page-review[data-next-review]");
    if (!box) return;
    var due = new Date(box.getAttribute("data-next-review") + "T00:00:00Z");
    if (isNaN(due.getTime()) || Date.now() < due.getTime()) return;
    var notice = box.querySelector(".page-review__overdue");
    if (!notice) return;
    notice.hidden = false;
    box.classList.add("page-review--overdue");
    // Also repeat it at the top of the page, where a reader sees it first.
    var heading = document.querySelector(".md-content h1");
    if (heading) {
      var copy = notice.cloneNode(true);
      copy.classList.add("page-review__overdue--top");
      copy.setAttribute("role", "note");
      heading.insertAdjacentElement("afterend", copy);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showOverdueReview);
  } else {
    showOverdueReview();
  }
})();
