// geopol world map: switches the measure a map is shaded by and selects countries. No library.
// A map is an svg.worldmap whose data-measure attribute names the measure shown; its own style
// block does the colouring, so switching is setting that attribute. Buttons with
// data-map="ID" data-measure="KEY" switch map ID; a click (or Enter) on a country marks it
// selected and sends a "worldmap:select" event, detail {iso, name, figures}, from the svg.
(function () {
  "use strict";
  function setMeasure(svg, key) {
    svg.setAttribute("data-measure", key);
    document.querySelectorAll('[data-map="' + svg.id + '"][data-measure]').forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-measure") === key ? "true" : "false");
    });
  }
  function select(svg, el) {
    var iso = el.getAttribute("data-iso");
    svg.querySelectorAll(".c.selected").forEach(function (o) { o.classList.remove("selected"); });
    svg.querySelectorAll('.c[data-iso="' + iso + '"]').forEach(function (o) { o.classList.add("selected"); });
    var figures = {};
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (a.name.indexOf("data-m-") === 0) { figures[a.name.slice(7)] = Number(a.value); }
    });
    svg.dispatchEvent(new CustomEvent("worldmap:select", {
      bubbles: true, detail: { iso: iso, name: el.getAttribute("data-name"), figures: figures }
    }));
  }
  function init(svg) {
    document.querySelectorAll('[data-map="' + svg.id + '"][data-measure]').forEach(function (b) {
      b.addEventListener("click", function () { setMeasure(svg, b.getAttribute("data-measure")); });
    });
    svg.addEventListener("click", function (e) {
      var el = e.target.closest(".c[data-iso]");
      if (el) { select(svg, el); }
    });
    svg.addEventListener("keydown", function (e) {
      var el = e.target.closest && e.target.closest(".c[data-iso]");
      if (el && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(svg, el); }
    });
  }
  document.querySelectorAll("svg.worldmap").forEach(init);
})();
