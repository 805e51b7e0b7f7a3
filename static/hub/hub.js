// The hub's only script, loaded with `defer`; every page works without it.
// On narrow screens the main menu folds behind a "Menu" button.
(function () {
  "use strict";
  var nav = document.querySelector(".main-nav");
  var menu = document.getElementById("main-menu");
  if (!nav || !menu || !menu.children.length) return;
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
  nav.insertBefore(button, menu);
  document.documentElement.classList.add("js");
})();
