// Start Material's search only when the reader goes to use it.
//
// Material starts its search worker (12 KB) and fetches the whole search index
// (15 KB compressed, and growing with every page) on every page load, before
// anyone searches: the largest part of a first visit's weight on a slow phone.
// This script runs just before Material's bundle and holds both back until the
// reader opens or focuses search, or presses a search key; the bundle itself is
// untouched. It only affects requests for search/search_index.json and workers
// whose address contains "/workers/search", so another builder's search (which
// uses other files) is left alone.
(function () {
  "use strict";

  var released = false;
  var waiting = [];

  function release() {
    if (released) return;
    released = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }

  function whenReleased(start) {
    if (released) start(); else waiting.push(start);
  }

  // The index request (Material uses XMLHttpRequest): remember each request's
  // address, and hold back sending the index request until search is wanted.
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, address) {
    this.searchIndexRequest = INDEX.test(String(address));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.searchIndexRequest) return send.apply(request, args);
    whenReleased(function () { send.apply(request, args); });
  };

  // The search worker: hand out a stand-in that queues messages and listeners,
  // and starts the real worker once search is wanted.
  var RealWorker = window.Worker;
  function DeferredWorker(address, options) {
    if (!/\/workers\/search/.test(String(address))) return new RealWorker(address, options);
    var worker = null;
    var queue = [];
    var standIn = {
      postMessage: function (message) {
        if (worker) worker.postMessage(message); else queue.push(["postMessage", [message]]);
      },
      addEventListener: function () {
        if (worker) worker.addEventListener.apply(worker, arguments);
        else queue.push(["addEventListener", arguments]);
      },
      removeEventListener: function () {
        if (worker) worker.removeEventListener.apply(worker, arguments);
        else queue.push(["removeEventListener", arguments]);
      },
      terminate: function () {
        if (worker) worker.terminate(); else queue.push(["terminate", []]);
      }
    };
    whenReleased(function () {
      worker = new RealWorker(address, options);
      queue.splice(0).forEach(function (call) { worker[call[0]].apply(worker, call[1]); });
    });
    return standIn;
  }
  window.Worker = DeferredWorker;

  // What counts as wanting search: opening it (the header button, or the toggle),
  // focusing its field, or a key that Material binds to search.
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) release();
  });
  document.addEventListener("pointerdown", function (event) {
    if (event.target.closest && event.target.closest('[for="__search"], .md-search')) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search") release();
  });
  document.addEventListener("keydown", function (event) {
    if (["/", "s", "S", "f", "F"].indexOf(event.key) !== -1) release();
  }, true);
  // A page opened from a search result carries ?h=... and may reopen search; and a
  // reader who lands with #__search wants it at once.
  if (location.hash === "#__search") release();
})();
