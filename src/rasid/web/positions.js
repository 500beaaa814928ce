// rasid web UI: where the sources disagree (#/disagreements) and who stands where on the story's central
// question (#/stances) — each a table with its filters in the address and a CSV of the rows shown.
"use strict";

R.views = R.views || {};

const DISAGREEMENT_KINDS = { number: "أرقام", date: "مواعيد", fact: "وقائع" };

R.views.disagreements = function (index, params) {
  const items = index.story.disagreements || [];
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "نقاط الخلاف بين المصادر"));
  if (!items.length) return view.appendChild(R.empty("لم تُرصد أرقام أو مواعيد أو وقائع متعارضة.")) && view;
  const given = R.filtersFrom(params);
  const state = { kind: given.get("kind") || "", outlet: given.get("outlet") || "", q: given.get("q") || "" };
  const list = R.filteredTable({ route: "disagreements", id: "disagreements", items, state, noun: "نقطة خلاف",
    keep: (d, match) => (!state.kind || d.kind === state.kind) &&
      (!state.outlet || (d.claims || []).some((c) => R.outletOf(index, c.doc) === state.outlet)) &&
      match([d.topic, ...(d.claims || []).map((c) => c.text)].join(" ")),
    row: (d) => disagreementRow(index, d),
    header: ["الموضوع", "ما يقوله كل مصدر"],
    csvHeader: ["topic", "kind", "value", "unit", "outlet", "published", "text", "doc", "start", "end"],
    csvRows: (d) => (d.claims || []).map((c) => [d.topic || "", d.kind || "", claimValue(c), c.unit || "",
      R.outletOf(index, c.doc), (index.docs.get(c.doc) || {}).published || "", c.text, c.doc, c.start, c.end]) });
  const outlets = items.flatMap((d) => (d.claims || []).map((c) => R.outletOf(index, c.doc)));
  view.append(R.el("div", { class: "filters" },
    R.el("input", { type: "search", id: "disagreement-text", placeholder: "كلمات في الموضوع أو الأقوال…",
      "aria-label": "نص", value: state.q, oninput: (e) => { state.q = e.target.value; list.draw(); } }),
    R.choice("disagreement-kind", "النوع", "كل الأنواع", Object.entries(DISAGREEMENT_KINDS), state, "kind", list.draw),
    R.choice("disagreement-outlet", "المنفذ", "كل المنافذ", R.distinct(outlets).map((o) => [o, o]), state, "outlet",
      list.draw)),
  list.bar, list.table, list.more);
  list.draw();
  return view;
};

function disagreementRow(index, d) {
  return R.el("tr", {},
    R.el("td", { class: "topic" }, R.el("strong", {}, d.topic || "موضوع"), " ",
      R.badge(DISAGREEMENT_KINDS[d.kind] || d.kind || "", d.kind)),
    R.el("td", {}, R.el("ul", { class: "claims" }, (d.claims || []).map((c) => R.el("li", {},
      R.el("span", { class: "claim-value" }, claimValue(c)),
      R.el("span", { class: "claim-outlet" }, R.outletOf(index, c.doc)),
      R.el("span", { class: "muted nowrap" }, R.date((index.docs.get(c.doc) || {}).published)),
      R.quote(c.text), " ", R.spanLink(c, "المصدر"))))));
}

function claimValue(claim) {
  const value = claim.value;
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? R.number(value) + (claim.unit ? " " + claim.unit : "") : String(value);
}

R.views.stances = function (index, params) {
  const items = index.story.stances || [];
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "مواقف الفاعلين"));
  const question = (index.story.questions || [])[0];
  const target = (question && question.question) || (items.find((s) => s.target) || {}).target;
  view.append(R.el("p", { class: "lead" }, target ? "السؤال المحوري: " + target
    : "لا سؤال محوريا لهذه القصة" + (question && question.reason ? ": " + (R.NO_QUESTION[question.reason] || question.reason) : ".")));
  if (!items.length) return view.appendChild(R.empty("لا توجد مواقف مرصودة.")) && view;
  const given = R.filtersFrom(params);
  const state = { stance: given.get("stance") || "", kind: given.get("kind") || "", q: given.get("q") || "" };
  const list = R.filteredTable({ route: "stances", id: "stances", items, state, noun: "فاعلا",
    keep: (s, match) => (!state.stance || s.stance === state.stance) &&
      (!state.kind || (state.kind === "anonymous") === (s.actor_kind === "anonymous")) &&
      match([s.name, ...(s.evidence || []).map((e) => e.text)].join(" ")),
    row: (s) => stanceRow(index, s),
    header: ["الفاعل", "الموقف", "ما يدل عليه"],
    csvHeader: ["actor", "actor_kind", "stance", "question", "evidence_stance", "outlet", "text", "doc", "start", "end"],
    csvRows: (s) => (s.evidence || []).map((e) => [s.name || s.entity, s.actor_kind || "", s.stance, s.target || "",
      e.stance || "", R.outletOf(index, e.doc), e.text, e.doc, e.start, e.end]) });
  view.append(R.el("div", { class: "filters" },
    R.el("input", { type: "search", id: "stance-text", placeholder: "اسم أو كلمات في الأقوال…", "aria-label": "نص",
      value: state.q, oninput: (e) => { state.q = e.target.value; list.draw(); } }),
    R.choice("stance-side", "الموقف", "كل المواقف", Object.entries(R.STANCES), state, "stance", list.draw),
    R.choice("stance-kind", "الفاعل", "كل الفاعلين", [["named", "مسمى"], ["anonymous", "مصدر غير مسمى"]], state, "kind",
      list.draw)),
  list.bar, list.table, list.more);
  list.draw();
  return view;
};

function stanceRow(index, s) {
  const actor = s.actor_kind === "anonymous" || !index.entities.has(s.entity)
    ? R.el("span", { class: "chip chip-anon" }, s.name || "مصدر غير مسمى") : R.entityChip(index, s.entity, s.name);
  return R.el("tr", {},
    R.el("td", { class: "speaker" }, actor),
    R.el("td", {}, R.badge(R.STANCES[s.stance] || s.stance, s.stance)),
    R.el("td", {}, R.el("ul", { class: "evidence-list" }, (s.evidence || []).map((e) => R.el("li", {},
      R.badge(R.STANCES[e.stance] || e.stance || "", e.stance), " ", R.quote(e.text), " ",
      R.el("span", { class: "claim-outlet" }, R.outletOf(index, e.doc)), " ", R.spanLink(e, "المصدر"))))));
}
