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

R.views.actors = function (index) {
  const entities = (index.story.entities || []).slice()
    .sort((a, b) => (index.mentionCount.get(b.id) || 0) - (index.mentionCount.get(a.id) || 0));
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "الفاعلون"));
  if (!entities.length) return view.appendChild(R.empty("لا توجد كيانات مرصودة بعد.")) && view;
  const state = { type: "", text: "" };
  const grid = R.el("div", { class: "actor-grid" });
  const types = [...new Set(entities.map((e) => e.type))];
  const draw = () => {
    R.clear(grid);
    const match = R.matcher(state.text);
    entities.filter((e) => (!state.type || e.type === state.type) &&
      match([e.name, ...(e.aliases || []), ...(e.titles || [])].join(" ")))
      .forEach((e) => grid.append(actorCard(index, e)));
  };
  view.append(R.el("div", { class: "filters" },
    R.el("input", { type: "search", placeholder: "اسم الفاعل…", "aria-label": "اسم الفاعل",
      oninput: (e) => { state.text = e.target.value; draw(); } }),
    R.el("select", { "aria-label": "النوع", onchange: (e) => { state.type = e.target.value; draw(); } },
      R.el("option", { value: "" }, "كل الأنواع"), types.map((t) => R.el("option", { value: t }, R.TYPES[t] || t)))),
  grid);
  draw();
  return view;
};

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
    R.section("الإشارات في المقالات", mentionsByDoc(index, entity)));
};

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

R.views.quotes = function (index) {
  const statements = index.story.statements || [];
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "التصريحات والاقتباسات"));
  if (!statements.length) return view.appendChild(R.empty("لا توجد تصريحات مرصودة بعد.")) && view;
  const state = { speaker: "", outlet: "", text: "", direct: false };
  const body = R.el("tbody");
  const counter = R.el("p", { class: "muted", id: "quote-count" });
  let shown = statements;
  const draw = () => {
    const match = R.matcher(state.text);
    shown = statements.filter((s) => (!state.speaker || R.speakerName(index, s) === state.speaker) &&
      (!state.outlet || R.outletOf(index, s.doc) === state.outlet) && (!state.direct || s.direct) &&
      match([s.text, s.content, s.speaker_text, R.speakerName(index, s)].join(" ")));
    R.clear(body);
    shown.forEach((s) => body.append(quoteRow(index, s)));
    counter.textContent = shown.length + " من " + statements.length + " تصريحًا";
  };
  const download = R.el("button", { type: "button", id: "quotes-csv", onclick: () => R.downloadCsv("rasid-quotes.csv",
    ["speaker", "content", "direct", "cue", "via", "outlet", "published", "doc", "start", "end"],
    shown.map((s) => [R.speakerName(index, s), s.content || s.text, s.direct ? "yes" : "no", s.cue || "", s.via || "",
      R.outletOf(index, s.doc), (index.docs.get(s.doc) || {}).published || "", s.doc, s.start, s.end])) },
  "تنزيل CSV");
  view.append(quoteFilters(index, statements, state, draw), R.el("div", { class: "filters" }, counter, download),
    R.el("table", { class: "quotes", id: "quotes-table" }, R.el("thead", {}, R.el("tr", {},
      ["المتحدث", "القول", "الفعل", "الوسيلة", "المنفذ", "التاريخ", ""].map((h) => R.el("th", {}, h)))), body));
  draw();
  return view;
};

function quoteFilters(index, statements, state, draw) {
  const options = (values) => [...new Set(values)].sort().map((v) => R.el("option", { value: v }, v));
  return R.el("div", { class: "filters" },
    R.el("input", { type: "search", id: "quote-text", placeholder: "كلمات في القول…", "aria-label": "نص",
      oninput: (e) => { state.text = e.target.value; draw(); } }),
    R.el("select", { id: "quote-speaker", "aria-label": "المتحدث", onchange: (e) => { state.speaker = e.target.value; draw(); } },
      R.el("option", { value: "" }, "كل المتحدثين"), options(statements.map((s) => R.speakerName(index, s)))),
    R.el("select", { id: "quote-outlet", "aria-label": "المنفذ", onchange: (e) => { state.outlet = e.target.value; draw(); } },
      R.el("option", { value: "" }, "كل المنافذ"), options(statements.map((s) => R.outletOf(index, s.doc)))),
    R.el("label", {}, R.el("input", { type: "checkbox", id: "quote-direct",
      onchange: (e) => { state.direct = e.target.checked; draw(); } }), " اقتباس مباشر فقط"));
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

R.views.docs = function (index) {
  const docs = index.story.documents || [];
  const count = (doc, kind) => (index.byDoc.get(doc.id) || []).filter((a) => a.kind === kind).length;
  return R.el("div", { class: "view" }, R.el("h1", {}, "المقالات (" + docs.length + ")"),
    R.el("table", { class: "quotes" }, R.el("thead", {}, R.el("tr", {},
      ["العنوان", "المنفذ", "التاريخ", "تصريحات", "إشارات"].map((h) => R.el("th", {}, h)))),
    R.el("tbody", {}, docs.map((d) => R.el("tr", {},
      R.el("td", {}, R.link(["doc", d.id], d.title || "(بلا عنوان) " + d.id)),
      R.el("td", {}, d.outlet || "—"), R.el("td", { class: "nowrap" }, R.date(d.published) || "—"),
      R.el("td", {}, count(d, "statement")), R.el("td", {}, count(d, "entity")))))));
};
