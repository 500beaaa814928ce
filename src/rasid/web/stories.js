// rasid web UI: the story list of a store that holds several stories — each with its headline, article and
// outlet counts, dates, main actors and disagreements; filtered by words, sorted, paged. Choosing one opens it
// (`?story=ID`), and every other view then shows that story alone.
"use strict";

R.views = R.views || {};

const STORY_PAGE = 50;
const SORTS = [["size", "الأكبر"], ["recent", "الأحدث"], ["disagreements", "الأكثر خلافا"]];

R.views.stories = async function (_index, params) {
  const [q = "", sort = "size", page = "0"] = params;
  const offset = Math.max(0, parseInt(page, 10) || 0) * STORY_PAGE;
  const found = await R.source.stories(Object.assign({ limit: STORY_PAGE, offset, sort }, q ? { q } : {}));
  const view = R.el("div", { class: "view stories" }, R.el("h1", {}, "القصص"),
    R.el("p", { class: "lead" }, R.number(found.total) + " قصة في هذا المخزن، كل منها مقالات تتابع حدثا واحدا."),
    storyFilters(q, sort));
  if (!found.items.length) {
    view.append(R.empty(q ? "لا قصة يطابق عنوانها: " + q : "لا قصص بعد."));
    return view;
  }
  view.append(R.el("ol", { class: "story-list", start: offset + 1 }, found.items.map(storyRow)),
    pager(q, sort, offset, found.total));
  return view;
};

function storyFilters(q, sort) {
  const input = R.el("input", { type: "search", value: q, placeholder: "كلمات من عنوان القصة…",
    "aria-label": "تصفية القصص" });
  const select = R.el("select", { "aria-label": "الترتيب" },
    SORTS.map(([value, label]) => R.el("option", { value, selected: value === sort }, label)));
  const apply = (event) => {
    if (event) event.preventDefault();
    location.hash = R.hash("stories", input.value.trim(), select.value, 0);
  };
  select.addEventListener("change", apply);
  return R.el("form", { class: "filters", onsubmit: apply }, input, select,
    R.el("button", { type: "submit" }, "تصفية"));
}

function storyRow(story) {
  const href = location.pathname + "?story=" + encodeURIComponent(story.id) + "#/overview";
  const dates = [story.first_published, story.last_published].filter(Boolean).map(R.date);
  const facts = [R.number(story.documents) + " مقال", R.number(story.outlets) + " منفذ",
    dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " — " + dates[dates.length - 1]) : null,
    story.events > 1 ? R.number(story.events) + " أحداث" : null,
    story.disagreements ? R.number(story.disagreements) + " نقاط خلاف" : null].filter(Boolean);
  return R.el("li", { class: "story-row" },
    R.el("a", { class: "story-title", href }, story.label || story.id),
    R.el("p", { class: "muted" }, facts.join(" · ")),
    R.el("p", { class: "story-actors" }, (story.actors || []).slice(0, 4).map((a) =>
      R.el("span", { class: "chip chip-" + (a.type || "MISC") }, a.name || a.id))));
}

function pager(q, sort, offset, total) {
  const page = offset / STORY_PAGE;
  const last = Math.max(0, Math.ceil(total / STORY_PAGE) - 1);
  return R.el("nav", { class: "pager", "aria-label": "الصفحات" },
    page > 0 ? R.el("a", { href: R.hash("stories", q, sort, page - 1) }, "السابق") : null,
    R.el("span", { class: "muted" }, "صفحة " + R.number(page + 1) + " من " + R.number(last + 1)),
    page < last ? R.el("a", { href: R.hash("stories", q, sort, page + 1) }, "التالي") : null);
}
