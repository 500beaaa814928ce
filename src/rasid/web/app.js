// rasid web UI: navigation, the routes (#/overview, #/timeline, #/actors, #/actor/ID, #/quotes, #/docs,
// #/doc/ID/START/END, #/search/WORDS), the side panel, and start-up.
"use strict";

R.state = { index: null };

const ROUTES = [
  ["overview", "نظرة عامة"], ["timeline", "الخط الزمني"], ["actors", "الفاعلون"], ["quotes", "التصريحات"],
  ["docs", "المقالات"],
];

R.showPanel = function (content) {
  const panel = document.getElementById("panel");
  R.clear(panel).append(
    R.el("button", { class: "panel-close", "aria-label": "إغلاق", onclick: () => { panel.hidden = true; } }, "×"),
    ...[content].flat());
  panel.hidden = false;
};

function parseHash() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").filter((p) => p !== "").map(decodeURIComponent);
  return { name: parts[0] || "overview", params: parts.slice(1) };
}

function drawNav(active) {
  const nav = R.clear(document.getElementById("nav"));
  for (const [name, label] of ROUTES) {
    nav.append(R.el("a", { href: R.hash(name), class: name === active ? "active" : null,
      "aria-current": name === active ? "page" : null }, label));
  }
}

async function render() {
  const { name, params } = parseHash();
  const view = R.views[name] || R.views.overview;
  const main = document.getElementById("view");
  document.getElementById("panel").hidden = true;
  drawNav(name === "actor" ? "actors" : name === "doc" ? "docs" : name);
  try {
    const node = await view(R.state.index, params);
    R.clear(main).append(node);
    main.dataset.view = name;
    if (name !== "doc") window.scrollTo(0, 0);
  } catch (error) {
    R.clear(main).append(R.empty("تعذّر عرض هذه الصفحة: " + error.message));
  }
}

function wireSearch() {
  const form = document.getElementById("search-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    if (q) location.hash = R.hash("search", q);
  });
}

async function start() {
  wireSearch();
  try {
    R.state.index = R.buildIndex(await R.source.story());
  } catch (error) {
    R.clear(document.getElementById("view")).append(R.empty("تعذّر تحميل القصة: " + error.message));
    return;
  }
  document.body.dataset.mode = R.source.mode;
  window.addEventListener("hashchange", render);
  await render();
  document.body.dataset.ready = "true";
}

start();
