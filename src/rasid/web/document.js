// rasid web UI: one article with its entities, statements, time expressions and quantities highlighted
// (click a highlight to see what it is linked to), the linked span and its sentence marked, and search.
"use strict";

R.views = R.views || {};

const KINDS = { entity: "كيان", statement: "تصريح", time: "تعبير زمني", quantity: "كمية" };

R.views.doc = async function (index, params) {
  const [id, start, end] = params;
  const doc = await R.source.document(id);
  if (!doc || typeof doc.text !== "string") return R.el("div", { class: "view" }, R.empty("لا يوجد مقال بهذا المعرّف."));
  const target = start !== undefined && end !== undefined ? [Number(start), Number(end)] : null;
  const annotations = (index.byDoc.get(id) || []).filter((a) => a.end <= doc.text.length && a.start < a.end);
  const article = R.el("article", { class: "doc-text", id: "doc-text" },
    renderText(doc.text, annotations, target, sentenceOf(doc.sentences || [], target)));
  const view = R.el("div", { class: "view doc-view" },
    R.el("h1", {}, doc.title || "(بلا عنوان)"),
    docMeta(doc), legend(article), article);
  if (target) setTimeout(() => { const t = article.querySelector(".target"); if (t) t.scrollIntoView({ block: "center" }); }, 0);
  return view;
};

function docMeta(doc) {
  const url = R.safeUrl(doc.url);
  return R.el("p", { class: "doc-meta" },
    doc.outlet ? R.badge(doc.outlet) : null, " ",
    doc.published ? R.el("span", {}, R.date(doc.published)) : null, " ",
    url ? R.el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "الرابط الأصلي") :
      R.el("span", { class: "muted", dir: "ltr" }, String(doc.source || "").split("/").pop()));
}

function legend(article) {
  return R.el("div", { class: "legend" }, Object.entries(KINDS).map(([kind, label]) => R.el("label", { class: "k-" + kind },
    R.el("input", { type: "checkbox", checked: true, onchange: (e) => article.classList.toggle("hide-" + kind, !e.target.checked) }),
    " " + label)));
}

function sentenceOf(sentences, target) {
  if (!target) return null;
  const hit = sentences.filter(([s, e]) => s < target[1] && e > target[0]);
  return hit.length ? [hit[0][0], hit[hit.length - 1][1]] : target;
}

// Cut the text at every boundary of a paragraph or an annotation; each piece knows what covers it.
function renderText(text, annotations, target, sentence) {
  const cuts = new Set([0, text.length]);
  for (const a of annotations) { cuts.add(a.start); cuts.add(a.end); }
  for (const range of [target, sentence]) if (range) { cuts.add(range[0]); cuts.add(range[1]); }
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) { cuts.add(i); cuts.add(i + 1); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const paragraphs = [];
  let paragraph = R.el("p");
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    if (piece === "\n") { paragraphs.push(paragraph); paragraph = R.el("p"); continue; }
    const covering = annotations.filter((a) => a.start <= from && a.end >= to);
    paragraph.append(renderPiece(piece, covering, inside(target, from, to), inside(sentence, from, to)));
  }
  paragraphs.push(paragraph);
  return paragraphs;
}

function inside(range, from, to) {
  return Boolean(range) && range[0] <= from && range[1] >= to;
}

function renderPiece(piece, covering, isTarget, inSentence) {
  const classes = [...new Set(covering.map((a) => "k-" + a.kind))];
  if (isTarget) classes.push("target");
  if (inSentence) classes.push("in-sentence");
  if (!classes.length) return document.createTextNode(piece);
  const node = R.el("span", { class: classes.join(" ") }, piece);
  if (covering.length) {
    node.classList.add("hl");
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    const open = () => R.showPanel(annotationPanel(covering));
    node.addEventListener("click", open);
    node.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
  }
  return node;
}

function annotationPanel(covering) {
  return covering.map((a) => R.el("div", { class: "panel-item k-" + a.kind },
    R.el("h3", {}, KINDS[a.kind]), describe(a)));
}

function describe(a) {
  const item = a.item;
  if (a.kind === "entity") {
    return R.el("div", { class: "panel-entity" }, R.el("p", { class: "panel-name" }, item.name),
      R.el("p", { class: "muted" }, (R.TYPES[item.type] || item.type) + " · " + (item.mentions || []).length + " إشارة"),
      R.link(["actor", item.id], "صفحة الفاعل ←"));
  }
  if (a.kind === "statement") {
    const index = R.state.index;
    return R.el("div", {}, R.el("p", {}, R.el("strong", {}, R.speakerName(index, item)), " — ", item.cue || ""),
      R.quote(item.content || item.text),
      item.via ? R.el("p", { class: "muted" }, "عبر " + item.via) : null,
      item.speaker ? R.link(["actor", item.speaker], "صفحة المتحدث ←") : null);
  }
  if (a.kind === "time") {
    return R.el("div", {}, R.el("p", {}, R.date(item.value) || item.value), R.el("p", { class: "muted" },
      (item.type || "") + " · " + (item.value || "") + (item.anchor ? " · مرجعه " + R.date(item.anchor) : "")));
  }
  return R.el("div", {}, R.el("p", { class: "panel-name" }, (R.RELATIONS[item.relation] || "") + R.number(item.value) +
    " " + (item.unit || "")));
}

// The report's search, over the story it embeds: the same kinds of result as the server's (articles by title
// and text, actors by name, aliases and titles, statements by their words and speaker), folded the same way.
function searchEmbedded(index, q) {
  const match = R.matcher(q);
  const page = (items) => ({ total: items.length, items: items.slice(0, 50) });
  const story = index.story;
  return {
    documents: page((story.documents || []).filter((d) => match((d.title || "") + " " + (d.text || "")))),
    entities: page((story.entities || []).filter((e) => match([e.name, ...(e.aliases || []), ...(e.titles || [])]
      .join(" ")))),
    statements: page((story.statements || []).filter((s) => match(s.text + " " + (s.speaker_text || "") + " " +
      speakerNames(index, s)))),
  };
}

function speakerNames(index, statement) {
  const entity = statement.speaker && index.entities.get(statement.speaker);
  return entity ? [entity.name, ...(entity.aliases || []), ...(entity.titles || [])].join(" ") : "";
}

// Search from the story list, across every story: each result opens in its own story.
function searchAllStories(q, found) {
  const inStory = (story, ...parts) => location.pathname + "?story=" + encodeURIComponent(story || "") + R.hash(...parts);
  return [
    R.section("المقالات (" + found.documents.total + ")", R.el("ul", { class: "mentions" },
      found.documents.items.map((d) => R.el("li", {}, R.el("a", { href: inStory(d.story, "doc", d.id) }, d.title || d.id),
        R.el("span", { class: "muted" }, " — " + (d.outlet || "") + " " + R.date(d.published)))))),
    R.section("الفاعلون (" + found.entities.total + ")", found.entities.items.map((e) =>
      R.el("span", { class: "chip chip-" + (e.type || "MISC") }, e.name || e.id))),
    R.section("التصريحات (" + found.statements.total + ")", R.el("ul", { class: "mentions" },
      found.statements.items.map((s) => R.el("li", {}, R.el("a", { href: inStory(s.story, "doc", s.doc, s.start, s.end) },
        (s.speaker_text || "مصدر") + ": " + (s.content || s.text)))))),
  ];
}

R.views.search = async function (index, params) {
  const q = params[0] || "";
  if (!index) {
    return R.el("div", { class: "view" }, R.el("h1", {}, "نتائج البحث في كل القصص عن: ", R.el("bdi", {}, q)),
      searchAllStories(q, await R.source.search(q)));
  }
  const view = R.el("div", { class: "view" }, R.el("h1", {}, "نتائج البحث عن: ", R.el("bdi", {}, q)));
  const found = R.source.search ? await R.source.search(q, R.state.story) : searchEmbedded(index, q);
  view.append(
    R.section("المقالات (" + found.documents.total + ")", R.el("ul", { class: "mentions" },
      found.documents.items.map((d) => R.el("li", {}, R.link(["doc", d.id], d.title || d.id),
        R.el("span", { class: "muted" }, " — " + (d.outlet || "") + " " + R.date(d.published)))))),
    R.section("الفاعلون (" + found.entities.total + ")", found.entities.items.map((e) => R.entityChip(index, e.id))),
    R.section("التصريحات (" + found.statements.total + ")", found.statements.items.map((s) => R.quoteCard(index, s))));
  return view;
};
