// rasid web UI: where the story comes from (the server's API, or the JSON embedded in report.html) and
// the lookups every view uses (documents, entities, and each article's spans by kind).
"use strict";

// A server started with read tokens answers 401 without one: the page asks for it once and keeps it in this
// tab's sessionStorage (never in the address, never sent anywhere but this server).
const TOKEN_KEY = "rasid-read-token";

R.NeedsToken = class extends Error {};

R.askToken = function (retry) {
  const input = R.el("input", { type: "password", id: "token-input", "aria-label": "رمز القراءة", autocomplete: "off" });
  const form = R.el("form", { id: "token-form", class: "filters" },
    R.el("label", {}, "رمز القراءة: ", input), R.el("button", { type: "submit" }, "دخول"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    retry();
  });
  return R.el("div", { class: "view" }, R.el("h1", {}, "هذا الخادم يطلب رمزًا للقراءة"),
    R.el("p", { class: "muted" }, "أدخل الرمز الذي أعطاك إياه من يدير الخادم؛ يبقى في هذه النافذة وحدها."), form);
};

R.source = (function () {
  const embedded = document.getElementById("story-data");
  if (embedded) {
    const data = JSON.parse(embedded.textContent);
    return {
      mode: "report",
      story: () => Promise.resolve(data),
      document: (id) => {
        const doc = data.documents.find((d) => d.id === id);
        return Promise.resolve(doc ? Object.assign({}, doc, { sentences: (data.sentences || {})[id] || [] }) : null);
      },
    };
  }
  const getJSON = async (url) => {
    const headers = { Accept: "application/json" };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = "Bearer " + token;
    const response = await fetch(url, { headers });
    const body = await response.json();
    if (response.status === 401) throw new R.NeedsToken((body.error && body.error.message) || "token needed");
    if (!response.ok) throw new Error((body.error && body.error.message) || response.statusText);
    return body;
  };
  const scoped = (story) => (story ? "&story=" + encodeURIComponent(story) : "");
  return {
    mode: "server",
    story: (story) => getJSON("/api/story" + (story ? "?story=" + encodeURIComponent(story) : "")),
    stories: (params) => getJSON("/api/stories?" + new URLSearchParams(params).toString()),
    outlets: () => getJSON("/api/outlets?limit=200"),
    document: (id) => getJSON("/api/documents/" + encodeURIComponent(id)).catch(() => null),
    search: (q, story) => getJSON("/api/search?limit=50&q=" + encodeURIComponent(q) + scoped(story)),
  };
})();

R.buildIndex = function (story) {
  const index = { story, docs: new Map(), entities: new Map(), byDoc: new Map(), mentionCount: new Map() };
  for (const doc of story.documents || []) index.docs.set(doc.id, doc);
  const add = (doc, item) => {
    if (!index.byDoc.has(doc)) index.byDoc.set(doc, []);
    index.byDoc.get(doc).push(item);
  };
  for (const entity of story.entities || []) {
    index.entities.set(entity.id, entity);
    index.mentionCount.set(entity.id, (entity.mentions || []).length);
    for (const m of entity.mentions || []) add(m.doc, { kind: "entity", start: m.start, end: m.end, item: entity });
  }
  for (const st of story.statements || []) add(st.doc, { kind: "statement", start: st.start, end: st.end, item: st });
  for (const t of story.time_expressions || []) add(t.doc, { kind: "time", start: t.start, end: t.end, item: t });
  for (const q of story.quantities || []) add(q.doc, { kind: "quantity", start: q.start, end: q.end, item: q });
  return index;
};

R.outletOf = function (index, docId) {
  const doc = index.docs.get(docId);
  return (doc && doc.outlet) || "منفذ غير معروف";
};

R.docLabel = function (index, docId) {
  const doc = index.docs.get(docId);
  if (!doc) return docId;
  const label = [doc.outlet, doc.published ? R.date(doc.published.slice(0, 10)) : null].filter(Boolean).join(" · ");
  if (label) return label;
  const title = doc.title || "";
  return title ? (title.length > 40 ? title.slice(0, 40) + "…" : title) : "مقال " + docId.slice(0, 6);
};

R.speakerName = function (index, statement) {
  const entity = statement.speaker && index.entities.get(statement.speaker);
  return entity ? entity.name : statement.speaker_text || "مصدر غير مسمى";
};

R.entityChip = function (index, id, name) {
  const entity = index.entities.get(id);
  if (!entity && name) return R.el("span", { class: "chip chip-anon" }, name);  // an unnamed or unlinked source
  return R.link(["actor", id], R.el("span", { class: "chip chip-" + ((entity && entity.type) || "MISC") },
    entity ? entity.name : id));
};
