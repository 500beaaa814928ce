// rasid web UI: navigation, the routes (#/overview, #/timeline, #/actors, #/actor/ID, #/quotes, #/disagreements,
// #/stances, #/docs, #/doc/ID/START/END, #/search/WORDS, #/stories), the side panel, and start-up. A store of
// several stories opens on the story list; the chosen story is in the address (`?story=ID`), and every view shows
// it alone.
"use strict";

R.state = { index: null, story: new URLSearchParams(location.search).get("story"), stories: 1 };

const ROUTES = [
  ["overview", "نظرة عامة"], ["timeline", "الخط الزمني"], ["actors", "الفاعلون"], ["quotes", "التصريحات"],
  ["disagreements", "الخلافات"], ["stances", "المواقف"], ["docs", "المقالات"],
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
  if (R.state.stories > 1) {
    nav.append(R.el("a", { href: R.storiesUrl(), class: active === "stories" ? "active" : null,
      "aria-current": active === "stories" ? "page" : null }, "القصص (" + R.number(R.state.stories) + ")"));
    if (!R.state.index) return;  // the list: no story chosen yet
  }
  for (const [name, label] of ROUTES) {
    nav.append(R.el("a", { href: R.hash(name), class: name === active ? "active" : null,
      "aria-current": name === active ? "page" : null }, label));
  }
}

R.storiesUrl = function () {
  return location.pathname + "#/stories";
};

async function render() {
  const parsed = parseHash();
  const { params } = parsed;
  const name = R.state.index || parsed.name === "search" ? parsed.name : "stories";  // the list searches every story
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
    if (R.source.stories) R.state.stories = (await R.source.stories({ limit: 1 })).total;
    const listOnly = R.state.stories > 1 && !R.state.story;
    if (!listOnly) R.state.index = R.buildIndex(await R.source.story(R.state.story));
  } catch (error) {
    const view = R.clear(document.getElementById("view"));
    if (error instanceof R.NeedsToken) {
      view.append(R.askToken(() => location.reload()));
      document.body.dataset.ready = "token";
    } else {
      view.append(R.empty("تعذّر تحميل القصة: " + error.message));
    }
    return;
  }
  document.body.dataset.mode = R.source.mode;
  window.addEventListener("hashchange", render);
  await render();
  document.body.dataset.ready = "true";
}

start();
