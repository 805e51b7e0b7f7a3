// The hub's only script, loaded with `defer` (no inline script: see hub/ops/csp.py).
// Every page works without it. It adds:
// - the "Menu" disclosure button that folds the main menu on narrow screens;
// - folding of the search filters (<details data-fold-below>) on narrow screens;
// - search suggestions on every search box: the ARIA 1.2 combobox pattern (a text input
//   with a listbox popup), fed by /api/search/autocomplete/.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  // --- Main menu disclosure -----------------------------------------------------------
  var nav = document.querySelector(".main-nav");
  var menu = document.getElementById("main-menu");
  if (nav && menu && menu.children.length) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-toggle";
    button.textContent = nav.getAttribute("data-toggle-label") || "Menu";
    button.setAttribute("aria-controls", "main-menu");
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    });
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("open")) {
        button.click();
        button.focus();
      }
    });
    var top = document.querySelector(".header-top");
    (top || nav).appendChild(button);
  }

  // --- Filters folded on phones -------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll("details[data-fold-below]"), function (details) {
    if (window.matchMedia("(max-width: " + details.getAttribute("data-fold-below") + ")").matches) {
      details.open = false;
    }
  });

  // --- Search suggestions (combobox) ---------------------------------------------------
  var counter = 0;

  function combobox(form) {
    var input = form.querySelector("input[type=search]");
    if (!input) return;
    var endpoint = form.getAttribute("data-autocomplete");
    var id = "suggestions-" + (++counter);
    var list = document.createElement("ul");
    list.id = id;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-suggestions-label") || "Suggestions");
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", String(i === index));
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(option) {
      close();
      window.location.assign(option.getAttribute("data-url"));
    }

    function render(data) {
      list.textContent = "";
      options = [];
      var kinds = [
        ["themes", form.getAttribute("data-kind-theme")],
        ["members", form.getAttribute("data-kind-member")],
        ["results", form.getAttribute("data-kind-page")]
      ];
      kinds.forEach(function (kind) {
        (data[kind[0]] || []).forEach(function (item) {
          var option = document.createElement("li");
          option.id = id + "-" + options.length;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          option.setAttribute("data-url", item.url);
          var label = document.createElement("span");
          label.textContent = item.label || item.title;
          option.appendChild(label);
          if (kind[1]) {
            var tag = document.createElement("span");
            tag.className = "kind";
            tag.textContent = kind[1];
            option.appendChild(tag);
          }
          option.addEventListener("mousedown", function (event) { event.preventDefault(); });
          option.addEventListener("click", function () { choose(option); });
          list.appendChild(option);
          options.push(option);
        });
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      var template = form.getAttribute("data-status") || "{count}";
      status.textContent = template.replace("{count}", String(options.length));
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) { close(); status.textContent = ""; return; }
      var ticket = ++latest;
      var url = endpoint + (endpoint.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data && ticket === latest) render(data); })
        .catch(function () { close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && options.length;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open) { fetchSuggestions(); return; }
        highlight(active + 1 < options.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp") {
        if (!open) return;
        event.preventDefault();
        highlight(active > 0 ? active - 1 : options.length - 1);
      } else if (event.key === "Enter") {
        if (open && active >= 0) {
          event.preventDefault();
          choose(options[active]);
        }
      } else if (event.key === "Escape") {
        if (open) { event.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", close);
  }

  if (window.fetch) {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-autocomplete]"), combobox);
  }
})();
