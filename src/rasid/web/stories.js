// rasid web UI: the story list of a store that holds several stories — each with its headline, article and
// outlet counts, dates, central question, main actors and disagreements; filtered by words, outlet (the 200
// with most articles), dates and actor, sorted, paged. Choosing one opens it (`?story=ID`), and every other view
// then shows that story alone.
"use strict";

R.views = R.views || {};

const STORY_PAGE = 50;
const SORTS = [["size", "الأكبر"], ["recent", "الأحدث"], ["disagreements", "الأكثر خلافا"]];

R.views.stories = async function (_index, params) {
  // `#/stories/q=..&sort=..&page=..&outlet=..&actor=..&from=..&to=..` (`#/stories/WORDS` too: words alone)
  const text = params[0] || "";
  const filters = text.includes("=") ? new URLSearchParams(text) : new URLSearchParams({ q: text });
  const q = filters.get("q") || "";
  const sort = SORTS.some(([value]) => value === filters.get("sort")) ? filters.get("sort") : "size";
  const chosen = Object.fromEntries(["outlet", "actor", "from", "to"].map((k) => [k, filters.get(k) || ""]));
  const offset = Math.max(0, parseInt(filters.get("page"), 10) || 0) * STORY_PAGE;
  const asked = { limit: STORY_PAGE, offset, sort, q, outlet: chosen.outlet, actor: chosen.actor,
    date_from: chosen.from, date_to: chosen.to };
  const [found, outlets] = await Promise.all([
    R.source.stories(Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== ""))),
    R.source.outlets ? R.source.outlets() : Promise.resolve({ items: [] })]);
  const state = { q, sort, chosen };
  const view = R.el("div", { class: "view stories" }, R.el("h1", {}, "القصص"),
    R.el("p", { class: "lead" }, R.number(found.total) + " قصة في هذا المخزن، كل منها مقالات تتابع حدثا واحدا."),
    storyFilters(state, outlets.items || []), chosenActor(state, found.items));
  if (!found.items.length) {
    const filtered = q || Object.values(chosen).some(Boolean);
    view.append(R.empty(filtered ? "لا قصة تطابق هذه التصفية." : "لا قصص بعد."));
    return view;
  }
  view.append(R.el("ol", { class: "story-list", start: offset + 1 }, found.items.map((s) => storyRow(s, state))),
    pager(state, offset, found.total));
  return view;
};

// The address of the story list for a state: its words, sort, page and other filters as one query string.
function storiesHash(state, page) {
  const values = { q: state.q, sort: state.sort === "size" ? "" : state.sort, page: page || "", ...state.chosen };
  const text = new URLSearchParams(Object.entries(values).filter(([, v]) => v)).toString();
  return R.hash("stories", ...(text ? [text] : []));
}

function storyFilters(state, outlets) {
  const input = R.el("input", { type: "search", value: state.q, placeholder: "كلمات من عنوان القصة…",
    "aria-label": "تصفية القصص" });
  const select = R.el("select", { "aria-label": "الترتيب" },
    SORTS.map(([value, label]) => R.el("option", { value, selected: value === state.sort }, label)));
  const outlet = R.el("select", { "aria-label": "المنفذ", name: "outlet" },
    R.el("option", { value: "" }, "كل المنافذ"),
    outlets.map((o) => R.el("option", { value: o.outlet, selected: o.outlet === state.chosen.outlet },
      o.outlet + " (" + R.number(o.documents) + ")")));
  const from = R.el("input", { type: "date", value: state.chosen.from, "aria-label": "من تاريخ", name: "from" });
  const to = R.el("input", { type: "date", value: state.chosen.to, "aria-label": "إلى تاريخ", name: "to" });
  const apply = (event) => {
    if (event) event.preventDefault();
    const chosen = { ...state.chosen, outlet: outlet.value, from: from.value, to: to.value };
    location.hash = storiesHash({ q: input.value.trim(), sort: select.value, chosen }, 0);
  };
  for (const control of [select, outlet, from, to]) control.addEventListener("change", apply);
  return R.el("form", { class: "filters", onsubmit: apply }, input, select, outlet,
    R.el("label", {}, "من ", from), R.el("label", {}, "إلى ", to), R.el("button", { type: "submit" }, "تصفية"));
}

// The actor the list is narrowed to (a chip of a story row was chosen), with a way back to every story.
function chosenActor(state, items) {
  if (!state.chosen.actor) return null;
  const named = items.flatMap((s) => s.actors || []).find((a) => a.id === state.chosen.actor);
  const all = { ...state, chosen: { ...state.chosen, actor: "" } };
  return R.el("p", { class: "active-filter" }, "القصص التي يرد فيها: ",
    R.el("strong", {}, named ? named.name || named.id : state.chosen.actor), " ",
    R.el("a", { href: storiesHash(all, 0) }, "إلغاء"));
}

function storyRow(story, state) {
  const href = location.pathname + "?story=" + encodeURIComponent(story.id) + "#/overview";
  const dates = [story.first_published, story.last_published].filter(Boolean).map(R.date);
  const facts = [R.number(story.documents) + " مقال", R.number(story.outlets) + " منفذ",
    dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " — " + dates[dates.length - 1]) : null,
    story.events > 1 ? R.number(story.events) + " أحداث" : null,
    story.disagreements ? R.number(story.disagreements) + " نقاط خلاف" : null].filter(Boolean);
  return R.el("li", { class: "story-row" },
    R.el("a", { class: "story-title", href }, story.label || story.id),
    R.el("p", { class: "muted" }, facts.join(" · ")),
    story.question ? R.el("p", { class: "story-question" }, "السؤال المحوري: " + story.question) : null,
    R.el("p", { class: "story-actors" }, (story.actors || []).slice(0, 4).map((a) =>
      R.el("a", { class: "chip chip-" + (a.type || "MISC"), title: "القصص التي يرد فيها",
        href: storiesHash({ ...state, chosen: { ...state.chosen, actor: a.id } }, 0) }, a.name || a.id))));
}

function pager(state, offset, total) {
  const page = offset / STORY_PAGE;
  const last = Math.max(0, Math.ceil(total / STORY_PAGE) - 1);
  return R.el("nav", { class: "pager", "aria-label": "الصفحات" },
    page > 0 ? R.el("a", { href: storiesHash(state, page - 1) }, "السابق") : null,
    R.el("span", { class: "muted" }, "صفحة " + R.number(page + 1) + " من " + R.number(last + 1)),
    page < last ? R.el("a", { href: storiesHash(state, page + 1) }, "التالي") : null);
}
