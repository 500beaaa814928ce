// rasid web UI: actors (a card per entity, and one actor's names, stances and statements), the quotes table
// with its filters, and the list of articles.
"use strict";

R.views = R.views || {};

R.quoteCard = function (index, st) {
  return R.el("blockquote", { class: "quote-card" + (st.direct ? " direct" : "") },
    R.el("p", {}, st.content || st.text),
    R.el("footer", {},
      st.speaker ? R.entityChip(index, st.speaker) : R.el("span", { class: "chip chip-anon" }, st.speaker_text || "مصدر"),
      R.el("span", { class: "muted" }, (st.cue ? st.cue + " · " : "") + R.docLabel(index, st.doc)),
      R.spanLink(st)));
};

R.views.actors = function (index, params) {
  const entities = (index.story.entities || []).slice()
    .sort((a, b) => (index.mentionCount.get(b.id) || 0) - (index.mentionCount.get(a.id) || 0));
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "الفاعلون"));
  if (!entities.length) return view.appendChild(R.empty("لا توجد كيانات مرصودة بعد.")) && view;
  const given = R.filtersFrom(params);
  const state = { type: given.get("type") || "", q: given.get("q") || "" };
  const grid = R.el("div", { class: "actor-grid", id: "actor-grid" });
  const more = R.moreButton("actors-more");
  const types = [...new Set(entities.map((e) => e.type))];
  let shown = entities;
  const draw = () => {
    R.clear(grid);
    const match = R.matcher(state.q);
    shown = entities.filter((e) => (!state.type || e.type === state.type) &&
      match([e.name, ...(e.aliases || []), ...(e.titles || [])].join(" ")));
    R.fill(grid, shown, (e) => actorCard(index, e), more);
    R.keepFilters("actors", state);
  };
  const typeSelect = R.el("select", { id: "actor-type", "aria-label": "النوع",
    onchange: (e) => { state.type = e.target.value; draw(); } },
  R.el("option", { value: "" }, "كل الأنواع"), types.map((t) => R.el("option", { value: t }, R.TYPES[t] || t)));
  typeSelect.value = state.type;
  view.append(R.el("div", { class: "filters" },
    R.el("input", { type: "search", id: "actor-text", placeholder: "اسم الفاعل…", "aria-label": "اسم الفاعل",
      value: state.q, oninput: (e) => { state.q = e.target.value; draw(); } }),
    typeSelect,
    R.el("button", { type: "button", id: "actors-csv", onclick: () => R.downloadCsv("rasid-actors.csv",
      ["id", "name", "type", "aliases", "titles", "mentions", "statements", "stance"],
      shown.map((e) => actorRow(index, e))) }, "تنزيل CSV")),
  grid, more);
  draw();
  return view;
};

function actorRow(index, entity) {
  const said = (index.story.statements || []).filter((s) => s.speaker === entity.id).length;
  const stance = (index.story.stances || []).find((s) => s.entity === entity.id);
  return [entity.id, entity.name, entity.type, (entity.aliases || []).join("؛ "), (entity.titles || []).join("؛ "),
    index.mentionCount.get(entity.id) || 0, said, stance ? stance.stance : ""];
}

function actorCard(index, entity) {
  const said = (index.story.statements || []).filter((s) => s.speaker === entity.id).length;
  const stance = (index.story.stances || []).find((s) => s.entity === entity.id);
  return R.el("a", { class: "actor-card type-" + entity.type, href: R.hash("actor", entity.id) },
    R.el("span", { class: "actor-name" }, entity.name),
    R.el("span", { class: "actor-type" }, R.TYPES[entity.type] || entity.type),
    (entity.titles || []).length ? R.el("span", { class: "actor-titles" }, entity.titles.join("، ")) : null,
    R.el("span", { class: "actor-counts" }, (index.mentionCount.get(entity.id) || 0) + " إشارة" +
      (said ? " · " + said + " تصريح" : "")),
    stance ? R.badge(R.STANCES[stance.stance] || stance.stance, stance.stance) : null);
}

R.views.actor = function (index, params) {
  const entity = index.entities.get(params[0]);
  if (!entity) return R.el("div", { class: "view" }, R.empty("لا يوجد فاعل بهذا المعرّف."));
  const statements = (index.story.statements || []).filter((s) => s.speaker === entity.id);
  const stances = (index.story.stances || []).filter((s) => s.entity === entity.id);
  return R.el("div", { class: "view" },
    R.el("p", {}, R.link(["actors"], "→ كل الفاعلين")),
    R.el("h1", {}, entity.name, " ", R.badge(R.TYPES[entity.type] || entity.type)),
    (entity.aliases || []).length ? R.el("p", { class: "muted" }, "يُذكر أيضًا: " + entity.aliases.join("، ")) : null,
    (entity.titles || []).length ? R.el("p", { class: "muted" }, "الصفات: " + entity.titles.join("، ")) : null,
    R.section("المواقف", stances.length ? stances.map((s) => R.el("div", { class: "stance" },
      R.badge(R.STANCES[s.stance] || s.stance, s.stance), " من ", s.target,
      (s.evidence || []).map((e) => R.el("div", { class: "evidence" }, R.quote(e.text), " ", R.spanLink(e)))))
      : R.empty("لا موقف مرصود.")),
    R.section("التصريحات (" + statements.length + ")",
      statements.length ? statements.map((s) => R.quoteCard(index, s)) : R.empty("لا تصريحات منسوبة.")),
    R.section("يظهر معه", companions(index, entity)),
    R.section("الإشارات في المقالات", mentionsByDoc(index, entity)));
};

const COMPANIONS_SHOWN = 12;

// The actors named in the same articles as this one, by the number of articles they share.
function companions(index, entity) {
  const own = new Set((entity.mentions || []).map((m) => m.doc));
  const shared = [];
  for (const other of index.story.entities || []) {
    if (other.id === entity.id) continue;
    const docs = new Set((other.mentions || []).map((m) => m.doc).filter((d) => own.has(d)));
    if (docs.size) shared.push([other, docs.size]);
  }
  if (!shared.length) return R.empty("لا يظهر معه فاعل آخر في المقالات نفسها.");
  shared.sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name, "ar"));
  return R.el("ul", { class: "companions", id: "companions" }, shared.slice(0, COMPANIONS_SHOWN).map(([other, count]) =>
    R.el("li", {}, R.entityChip(index, other.id, other.name),
      R.el("span", { class: "muted" }, " " + R.number(count) + (count === 1 ? " مقال" : " مقالات") + " مشتركة"))));
}

function mentionsByDoc(index, entity) {
  const byDoc = new Map();
  for (const m of entity.mentions || []) {
    if (!byDoc.has(m.doc)) byDoc.set(m.doc, []);
    byDoc.get(m.doc).push(m);
  }
  if (!byDoc.size) return R.empty("لا إشارات.");
  return R.el("ul", { class: "mentions" }, [...byDoc.entries()].map(([doc, ms]) => {
    const meta = index.docs.get(doc) || {};
    const where = [meta.outlet, meta.published ? R.date(meta.published.slice(0, 10)) : null].filter(Boolean);
    return R.el("li", {}, R.link(["doc", doc, ms[0].start, ms[0].end], meta.title || R.docLabel(index, doc)),
      R.el("span", { class: "muted" }, " — " + [...where, ms.length + " إشارة"].join(" · ")));
  }));
}

R.views.quotes = function (index, params) {
  const statements = index.story.statements || [];
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "التصريحات والاقتباسات"));
  if (!statements.length) return view.appendChild(R.empty("لا توجد تصريحات مرصودة بعد.")) && view;
  const given = R.filtersFrom(params);
  const state = { speaker: given.get("speaker") || "", outlet: given.get("outlet") || "", q: given.get("q") || "",
    direct: given.get("direct") === "1" };
  const list = R.filteredTable({ route: "quotes", id: "quotes", items: statements, state, noun: "تصريحًا",
    keep: (s, match) => (!state.speaker || R.speakerName(index, s) === state.speaker) &&
      (!state.outlet || R.outletOf(index, s.doc) === state.outlet) && (!state.direct || s.direct) &&
      match([s.text, s.content, s.speaker_text, R.speakerName(index, s)].join(" ")),
    row: (s) => quoteRow(index, s),
    header: ["المتحدث", "القول", "الفعل", "الوسيلة", "المنفذ", "التاريخ", ""],
    csvHeader: ["speaker", "content", "direct", "cue", "via", "outlet", "published", "doc", "start", "end"],
    csvRows: (s) => [[R.speakerName(index, s), s.content || s.text, s.direct ? "yes" : "no", s.cue || "", s.via || "",
      R.outletOf(index, s.doc), (index.docs.get(s.doc) || {}).published || "", s.doc, s.start, s.end]] });
  view.append(quoteFilters(index, statements, state, list.draw), list.bar, list.table, list.more);
  list.draw();
  return view;
};

function quoteFilters(index, statements, state, draw) {
  const options = (values) => [...new Set(values)].sort().map((v) => R.el("option", { value: v }, v));
  const speaker = R.el("select", { id: "quote-speaker", "aria-label": "المتحدث",
    onchange: (e) => { state.speaker = e.target.value; draw(); } },
  R.el("option", { value: "" }, "كل المتحدثين"), options(statements.map((s) => R.speakerName(index, s))));
  const outlet = R.el("select", { id: "quote-outlet", "aria-label": "المنفذ",
    onchange: (e) => { state.outlet = e.target.value; draw(); } },
  R.el("option", { value: "" }, "كل المنافذ"), options(statements.map((s) => R.outletOf(index, s.doc))));
  speaker.value = state.speaker;
  outlet.value = state.outlet;
  const direct = R.el("input", { type: "checkbox", id: "quote-direct",
    onchange: (e) => { state.direct = e.target.checked; draw(); } });
  direct.checked = state.direct;
  return R.el("div", { class: "filters" },
    R.el("input", { type: "search", id: "quote-text", placeholder: "كلمات في القول…", "aria-label": "نص", value: state.q,
      oninput: (e) => { state.q = e.target.value; draw(); } }),
    speaker, outlet, R.el("label", {}, direct, " اقتباس مباشر فقط"));
}

function quoteRow(index, s) {
  const doc = index.docs.get(s.doc) || {};
  return R.el("tr", {},
    R.el("td", { class: "speaker" }, s.speaker ? R.entityChip(index, s.speaker) : R.el("span", { class: "chip chip-anon" },
      s.speaker_text || "مصدر غير مسمى")),
    R.el("td", { class: "content" }, s.direct ? R.quote(s.content || s.text) : s.content || s.text),
    R.el("td", {}, s.cue || ""),
    R.el("td", {}, s.via || ""),
    R.el("td", { class: "outlet" }, R.outletOf(index, s.doc)),
    R.el("td", { class: "nowrap" }, R.date(doc.published)),
    R.el("td", {}, R.spanLink(s, "المصدر")));
}

R.views.docs = function (index, params) {
  const docs = index.story.documents || [];
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "المقالات (" + docs.length + ")"));
  if (!docs.length) return view.appendChild(R.empty("لا مقالات.")) && view;
  const count = (doc, kind) => (index.byDoc.get(doc.id) || []).filter((a) => a.kind === kind).length;
  const given = R.filtersFrom(params);
  const state = { outlet: given.get("outlet") || "", q: given.get("q") || "" };
  const list = R.filteredTable({ route: "docs", id: "docs", file: "articles", items: docs, state, noun: "مقالا",
    keep: (d, match) => (!state.outlet || (d.outlet || "") === state.outlet) && match([d.title, d.outlet].join(" ")),
    row: (d) => R.el("tr", {},
      R.el("td", {}, R.link(["doc", d.id], d.title || "(بلا عنوان) " + d.id)),
      R.el("td", {}, d.outlet || "—"), R.el("td", { class: "nowrap" }, R.date(d.published) || "—"),
      R.el("td", {}, count(d, "statement")), R.el("td", {}, count(d, "entity"))),
    header: ["العنوان", "المنفذ", "التاريخ", "تصريحات", "إشارات"],
    csvHeader: ["id", "title", "outlet", "published", "url", "statements", "mentions"],
    csvRows: (d) => [[d.id, d.title || "", d.outlet || "", d.published || "", R.safeUrl(d.url) ? d.url : "",
      count(d, "statement"), count(d, "entity")]] });
  const outlet = R.choice("docs-outlet", "المنفذ", "كل المنافذ", R.distinct(docs.map((d) => d.outlet)).map((o) => [o, o]),
    state, "outlet", list.draw);
  view.append(R.el("div", { class: "filters" },
    R.el("input", { type: "search", id: "docs-text", placeholder: "كلمات من العنوان…", "aria-label": "العنوان",
      value: state.q, oninput: (e) => { state.q = e.target.value; list.draw(); } }), outlet),
  list.bar, list.table, list.more);
  list.draw();
  return view;
};
