// Reload the page once `mkdocs serve` has rebuilt the site. hooks/live_reload.py adds this script to
// served pages only, in place of MkDocs' own inline one (the page's CSP blocks inline scripts);
// it asks MkDocs' server the same question: is there a build newer than the one shown?
(function () {
  "use strict";
  var epoch = Number(document.currentScript.getAttribute("data-epoch"));
  function poll() {
    var request = new XMLHttpRequest();
    request.onloadend = function () {
      if (Number(this.responseText) > epoch) location.reload();
      else setTimeout(poll, this.status === 200 ? 0 : 3000);
    };
    request.open("GET", "/livereload/" + epoch + "/" + Date.now());
    request.send();
  }
  addEventListener("load", poll);
})();
