// rasid web UI: DOM building, Arabic folding for filters, and display formats.
// Article text is untrusted: every piece of data enters the page as a text node (textContent), never as
// HTML, and links are built here from ids (internal) or checked to be http(s) (external).
"use strict";

const R = {};

R.el = function (tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

R.clear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
};

R.hash = function (...parts) {
  return "#/" + parts.map((p) => encodeURIComponent(String(p))).join("/");
};

R.link = function (parts, ...children) {
  return R.el("a", { href: R.hash(...parts) }, ...children);
};

// A link to the exact characters of an item in its article.
R.spanLink = function (item, label) {
  return R.el("a", { class: "source-link", href: R.hash("doc", item.doc, item.start, item.end),
    title: "افتح الجملة في المقال" }, label || "في المقال ←");
};

R.safeUrl = function (url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
};

// Folding for client-side filters, as the store's search does it: hamza and alef forms, alef maqsura,
// ta marbuta, diacritics and tatweel, Persian letters, and the spelling variants of "American".
const FOLD = [[/[\u064B-\u065F\u0670\u0640]/g, ""], [/[أإآٱ]/g, "ا"], [/[ىی]/g, "ي"], [/ة/g, "ه"],
  [/ؤ/g, "و"], [/ئ/g, "ي"], [/ک/g, "ك"], [/اميرك/g, "امريك"], [/انكلي/g, "انجلي"]];
const PROCLITIC = /^(وبال|فبال|وكال|ولل|فلل|وال|فال|بال|كال|لل|ال|و|ف|ب|ل|ك)(?=...)/;

R.fold = function (text) {
  let out = String(text || "").normalize("NFC");
  for (const [pattern, replacement] of FOLD) out = out.replace(pattern, replacement);
  return out;
};

R.matcher = function (query) {
  const words = R.fold(query).split(/[\s،,.؟?!:;]+/).filter(Boolean).map((w) => w.replace(PROCLITIC, ""));
  return (text) => {
    const folded = R.fold(text);
    return words.every((w) => folded.includes(w));
  };
};

const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
  "نوفمبر", "ديسمبر"];

// A TIMEX3 value as a reader says it: 2024-08-16 -> 16 أغسطس 2024; XXXX-09-10 -> 10 سبتمبر.
R.date = function (value) {
  if (!value) return "";
  const m = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!m) return String(value);
  const parts = [];
  if (m[3]) parts.push(String(Number(m[3])));
  if (m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 12) parts.push(MONTHS[Number(m[2]) - 1]);
  if (m[1] !== "XXXX") parts.push(m[1]);
  let out = parts.join(" ");
  if (m[4]) out += " ، " + m[4];
  return out || String(value);
};

R.year = function (value) {
  const m = /^(\d{4})/.exec(value || "");
  return m ? m[1] : "؟";
};

// A TIMEX3 date as a time in ms (its first day: `2015`, `2015-08`, `2015-08-10`, `2015-W32`), or null when it
// names no point on the calendar (`XXXX-08`, `PAST_REF`).
R.dateValue = function (value) {
  const text = String(value || "");
  let m = /^(\d{4})-W(\d{2})/.exec(text);
  if (m) return Date.UTC(+m[1], 0, 1 + (+m[2] - 1) * 7);
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
};

R.number = function (value) {
  return typeof value === "number" ? value.toLocaleString("ar-EG-u-nu-latn") : String(value ?? "");
};

R.TYPES = { PER: "شخص", ORG: "منظمة", LOC: "مكان", GPE: "دولة أو مدينة", FAC: "منشأة", MISC: "أخرى" };
R.STANCES = { favor: "مؤيد", against: "معارض", neutral: "محايد", mixed: "متباين" };
R.RELATIONS = { exact: "", about: "نحو ", less: "أقل من ", more: "أكثر من " };

R.badge = function (text, kind) {
  return R.el("span", { class: "badge" + (kind ? " badge-" + kind : "") }, text);
};

R.section = function (title, ...children) {
  return R.el("section", { class: "card" }, R.el("h2", {}, title), ...children);
};

R.empty = function (text) {
  return R.el("p", { class: "empty" }, text);
};

R.quote = function (text) {
  return R.el("q", { class: "quote" }, text);
};

// A table as a CSV file the browser saves (UTF-8 with a byte-order mark, so spreadsheet programs read Arabic).
R.csv = function (header, rows) {
  const cell = (value) => {
    const text = String(value === null || value === undefined ? "" : value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  };
  return "\ufeff" + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
};

R.downloadCsv = function (name, header, rows) {
  const url = URL.createObjectURL(new Blob([R.csv(header, rows)], { type: "text/csv;charset=utf-8" }));
  const link = R.el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

// A view's filters in the address, so the filtered view can be shared: `#/quotes/speaker=…&q=…`. Read from the
// route's first parameter; written with replaceState (no reload, no new history entry for each key typed).
R.filtersFrom = function (params) {
  const raw = (params || [])[0] || "";
  return raw.includes("=") ? new URLSearchParams(raw) : new URLSearchParams();
};

R.keepFilters = function (route, values) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== "" && value !== false && value != null) query.set(key, value === true ? "1" : String(value));
  }
  const text = query.toString();
  const hash = "#/" + route + (text ? "/" + encodeURIComponent(text) : "");
  history.replaceState(null, "", location.pathname + location.search + hash);
};

// Long lists draw a page at a time: `R.PAGE` rows, then a button for the next page, so a story of thousands of
// statements opens at once. `fill(container, items, draw)` appends `draw(item)` for the first page and keeps
// the rest behind the button; filtering again starts from the first page.
R.PAGE = 200;

R.fill = function (container, items, draw, more) {
  let shown = 0;
  const next = () => {
    const page = items.slice(shown, shown + R.PAGE);
    page.forEach((item) => container.append(draw(item)));
    shown += page.length;
    more.hidden = shown >= items.length;
    more.textContent = "عرض المزيد (" + R.number(items.length - shown) + ")";
  };
  more.onclick = next;
  next();
};

// A table view's rows: the items `keep(item, match)` holds for the view's `state` (`match` tests words as search
// folds them, from `state.q`), drawn `R.PAGE` at a time, counted, and the state kept in the address; the rows
// shown download as CSV (`csvRows(item)` gives an item's rows). Returns the parts a view lays out, and `draw`.
R.filteredTable = function (spec) {
  const body = R.el("tbody");
  const more = R.moreButton(spec.id + "-more");
  const counter = R.el("p", { class: "muted", id: spec.id + "-count" });
  let shown = spec.items;
  const draw = () => {
    const match = R.matcher(spec.state.q || "");
    shown = spec.items.filter((item) => spec.keep(item, match));
    R.clear(body);
    R.fill(body, shown, spec.row, more);
    counter.textContent = shown.length + " من " + spec.items.length + " " + spec.noun;
    R.keepFilters(spec.route, spec.state);
  };
  const download = R.el("button", { type: "button", id: spec.id + "-csv",
    onclick: () => R.downloadCsv("rasid-" + (spec.file || spec.id) + ".csv", spec.csvHeader, shown.flatMap(spec.csvRows)) },
  "تنزيل CSV");
  const table = R.el("table", { class: "data-table " + spec.id, id: spec.id + "-table" },
    R.el("thead", {}, R.el("tr", {}, spec.header.map((h) => R.el("th", {}, h)))), body);
  return { draw, table, more, bar: R.el("div", { class: "filters" }, counter, download) };
};

// A select of `options` ([value, label]) bound to `state[key]`, with `all` first; `draw` runs on a change.
R.choice = function (id, label, all, options, state, key, draw) {
  const select = R.el("select", { id, "aria-label": label, onchange: (e) => { state[key] = e.target.value; draw(); } },
    R.el("option", { value: "" }, all), options.map(([value, text]) => R.el("option", { value }, text)));
  select.value = state[key];
  return select;
};

// The distinct non-empty values, sorted.
R.distinct = function (values) {
  return [...new Set(values.filter(Boolean))].sort();
};

R.moreButton = function (id) {
  return R.el("button", { type: "button", class: "more", id: id, hidden: true });
};
