// Small behaviour for every page. Kept in one file, without dependencies, and
// independent of the builder (MkDocs or Zensical) and of instant navigation.
(function () {
  "use strict";

  // Run `task` once the page's HTML is parsed (at once if it already is).
  function onReady(task) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", task);
    } else {
      task();
    }
  }

  // Show the "due for review" notice once the page's next review date has passed, for a page
  // built before that day: the build puts the notice in the page itself from that day on
  // (overrides/partials/review-due.html), and then there is nothing to do. The words come from
  // the review box's data-overdue-notice, written by the same template, so they are the same.
  function showOverdueReview() {
    var box = document.querySelector(".page-review[data-next-review]");
    if (!box || box.querySelector(".page-review__overdue")) return;
    var due = new Date(box.getAttribute("data-next-review") + "T00:00:00Z");
    if (isNaN(due.getTime()) || Date.now() < due.getTime()) return;
    var notice = document.createElement("p");
    notice.className = "page-review__overdue";
    notice.innerHTML = box.getAttribute("data-overdue-notice") || "";
    box.querySelector(".page-review__title").insertAdjacentElement("afterend", notice);
    // Also at the top of the page, where a reader sees it first.
    var heading = document.querySelector(".md-content h1");
    if (heading) {
      var copy = notice.cloneNode(true);
      copy.classList.add("page-review__overdue--top");
      copy.setAttribute("role", "note");
      heading.insertAdjacentElement("afterend", copy);
    }
  }

  onReady(showOverdueReview);

  // The handout's "Print this handout" button. The page ships it hidden, so a reader
  // without JavaScript never sees a button that does nothing; here it is shown and
  // wired to the browser's print dialog. No inline onclick: the CSP forbids it.
  function enablePrintButton() {
    var actions = document.querySelector(".handout__actions");
    var button = actions && actions.querySelector(".handout__print-button");
    if (!button || typeof window.print !== "function") return;
    button.addEventListener("click", function () {
      window.print();
    });
    actions.hidden = false;
  }

  onReady(enablePrintButton);

  // ---- Accessibility: names and keys Material's header lacks --------------------------------
  // Checked by tests/browser/test_accessibility.py and test_keyboard.py.

  // The search opens as a dialog (role="dialog") without a name; screen readers need one.
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role='dialog']");
    if (dialog && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", "Search this site");
    }
  }

  // A button's icon is decoration: its name says what it does.
  function hideIcons(button) {
    button.querySelectorAll("svg").forEach(function (icon) {
      icon.setAttribute("aria-hidden", "true");
    });
  }

  // On phones the menu button is a <label> for a hidden checkbox, which Tab never reaches.
  // Put a real button in its place (same look) that says whether the menu is open and
  // toggles the same checkbox; Escape closes the open menu.
  function enableMenuButton() {
    var drawer = document.getElementById("__drawer");
    var label = document.querySelector(".md-header label[for='__drawer']");
    if (!drawer || !label) return;
    var button = toggleButton(label, "Menu", "site-menu-button", drawer); // site.css hides it on wide screens
    while (label.firstChild) button.appendChild(label.firstChild); // the icon
    hideIcons(button);
    button.addEventListener("click", function () {
      drawer.click(); // toggles the checkbox and fires its change event, as a tap does
      var first = drawer.checked && document.querySelector(".md-sidebar--primary a[href]");
      if (first) first.focus();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawer.checked) return;
      drawer.click();
      button.focus();
    });
    label.replaceWith(button);
  }

  // A named button in the label's place that says whether its checkbox (drawer, search) is on.
  function toggleButton(label, name, className, checkbox) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className + " " + className;
    button.setAttribute("aria-label", name);
    var sync = function () {
      button.setAttribute("aria-expanded", String(checkbox.checked));
    };
    sync();
    checkbox.addEventListener("change", sync);
    return button;
  }

  // On phones search opens from a <label> for a hidden checkbox: no name for screen readers, and
  // Tab never reaches it. Put a real button beside it (same look, named, saying whether search
  // is open) that clicks the label, and hide the label: the theme finds it by [for=__search] to
  // listen for that click, so it stays in the page.
  function enableSearchButton() {
    var search = document.getElementById("__search");
    var label = document.querySelector(".md-header label.md-header__button[for='__search']");
    var icon = label && label.querySelector("svg");
    if (!search || !icon) return;
    var button = toggleButton(label, "Search", "site-search-button", search); // site.css hides it where Material does
    button.appendChild(icon.cloneNode(true));
    hideIcons(button);
    button.addEventListener("click", function () {
      label.click();
      // The theme focuses the field while the label's click is handled, before the search opens:
      // closed, it is hidden (site.css), and cannot take focus. Now it is open.
      var field = document.querySelector(".md-search__input");
      if (search.checked && field) field.focus();
    });
    // The search form's icons are decoration (the field and the Clear button have names).
    document.querySelectorAll(".md-search__form svg").forEach(function (icon) {
      icon.setAttribute("aria-hidden", "true");
    });
    label.hidden = true;
    label.insertAdjacentElement("afterend", button);
    // Material's keys for search ("/", "s", "f") open it by focusing the field, which the closed
    // search cannot take where site.css hides it (the same widths): open it and focus the field
    // here, for the keys Material would act on, and keep the key out of the field.
    var field = document.querySelector(".md-search__input");
    if (!field) return; // another builder's search
    var phone = matchMedia("(max-width: 59.984375em)");
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (!phone.matches || search.checked || event.ctrlKey || event.metaKey || event.altKey) return;
      if (["/", "s", "S", "f", "F"].indexOf(event.key) === -1) return;
      if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      search.click();
      field.focus();
    }, true);
  }

  // The light/dark switch shows its icon in a <label>, named only by a tooltip: screen readers
  // met an image without a name. Name the icon as its tooltip does ("Switch to dark mode"); the
  // hidden radio button it labels carries the same name.
  function namePaletteSwitch() {
    document.querySelectorAll("[data-md-component='palette'] label[title] svg").forEach(function (icon) {
      icon.setAttribute("role", "img");
      icon.setAttribute("aria-label", icon.parentNode.getAttribute("title"));
    });
  }

  // The light/dark switch is a pair of radio buttons shown as one button. Material switches
  // on Enter; Space only checked the radio, which kept the scheme. Let Space act as Enter.
  function enableSpaceOnPaletteSwitch() {
    document.addEventListener("keydown", function (event) {
      var input = event.target;
      if (event.key !== " " || !input.matches || !input.matches(".md-option")) return;
      var label = input.nextElementSibling; // the visible button: it selects the other scheme
      if (!label || label.tagName !== "LABEL") return;
      event.preventDefault();
      label.click();
    });
  }

  // The search results area takes focus, so it can be scrolled by keyboard. With no query it
  // is empty and the search closes as focus leaves the field: Tab stopped on nothing there.
  // Keep it out of the Tab order until there is a query.
  function skipEmptySearchResults() {
    var input = document.querySelector(".md-search__input");
    var results = document.querySelector(".md-search__scrollwrap");
    if (!input || !results) return;
    var sync = function () {
      results.tabIndex = input.value ? 0 : -1;
    };
    sync();
    input.addEventListener("input", sync);
  }

  // Each source's "↩" links back to where the text cites it, one link per citation. The
  // footnotes extension names them all alike, in a title ("Back to where source 3 is cited",
  // mkdocs.yml): a source cited three times gave a screen reader three identical links. The
  // second and later say which time they lead back to. The name becomes an aria-label and the
  // title goes: the theme builds a tooltip for every element with a title when it starts (60 on
  // the longest page, the main cost of its start on a slow phone), and here one adds nothing.
  // This runs before the theme starts (overrides/partials/javascripts/after-paint.html).
  function ordinal(n) {
    var tens = n % 100;
    var last = n % 10;
    if (tens >= 11 && tens <= 13) return n + "th";
    return n + (last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th");
  }

  function nameFootnoteBacklinks() {
    document.querySelectorAll(".md-content .footnote li").forEach(function (source) {
      var links = source.querySelectorAll("a.footnote-backref[title]");
      Array.prototype.forEach.call(links, function (link, index) {
        var name = link.getAttribute("title");
        if (index > 0) name += " (" + ordinal(index + 1) + " time)";
        link.setAttribute("aria-label", name);
        link.removeAttribute("title");
      });
    });
  }

  function improveAccessibility() {
    nameFootnoteBacklinks();
    nameSearchDialog();
    skipEmptySearchResults();
    enableMenuButton();
    enableSearchButton();
    namePaletteSwitch();
    enableSpaceOnPaletteSwitch();
  }

  onReady(improveAccessibility);
})();
