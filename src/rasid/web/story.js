// rasid web UI: the story overview (summary with citations, key numbers, disagreements, stances) and the
// interactive timeline (a bar of events per year that filters the list, a time axis of the events shown, and a
// filter by actor).
"use strict";

R.views = R.views || {};

const OVERVIEW_ITEMS = 8;  // disagreements and stances the overview shows; their own views list every one

R.views.overview = function (index) {
  const story = index.story;
  return R.el("div", { class: "view overview" },
    R.el("h1", {}, "نظرة عامة على القصة"),
    R.el("p", { class: "lead" }, storyTitle(story)),
    publicationRange(story),
    keyNumbers(index),
    R.el("div", { class: "columns" },
      R.el("div", {}, summarySection(index), disagreementsSection(index)),
      R.el("div", {}, stancesSection(index), latestSection(index))));
};

// why a story has no central question (`questions[].reason`, see rasid.corpus.stances.NO_QUESTION_REASONS)
R.NO_QUESTION = {
  no_statements: "لم يُنقل في هذه القصة تصريح لأحد، فلا موقف يُرصد.",
  no_frame: "لا يطرح عنوان أو مقدمة أو تصريح في هذه القصة قضية يُتخذ منها موقف (بقاء، انسحاب، دعم…).",
  one_source: "القضية التي طُرحت وردت في منفذ إعلامي واحد فقط، لا في القصة كلها.",
  no_phrase: "ما طرحته أكثر من منفذ كلمة مفردة لا عبارة تصلح سؤالا.",
  no_place: "سؤال بقاء أو انسحاب لا تسمّي المقالات مكانه.",
};

function storyQuestion(story) {
  const recorded = (story.questions || [])[0];
  if (recorded) return recorded;
  const target = (story.stances || []).map((s) => s.target).find(Boolean);  // a store saved before the questions
  return target ? { question: target } : null;
}

function storyTitle(story) {
  const target = (storyQuestion(story) || {}).question;
  if (target) return "السؤال المحوري: " + target;
  const docs = story.documents || [];
  return docs.length ? "ما تقوله " + docs.length + " مقالات من " + outletCount(story) + " منافذ إعلامية" : "";
}

function publicationRange(story) {
  const dates = (story.documents || []).map((d) => d.published).filter(Boolean).map((d) => d.slice(0, 10)).sort();
  if (!dates.length) return null;
  const [first, last] = [R.date(dates[0]), R.date(dates[dates.length - 1])];
  return R.el("p", { class: "muted period" }, "فترة النشر: " + (first === last ? first : first + " — " + last));
}

function outletCount(story) {
  return new Set((story.documents || []).map((d) => d.outlet).filter(Boolean)).size;
}

function keyNumbers(index) {
  const story = index.story;
  const numbers = [
    ["مقالات", (story.documents || []).length, "docs"],
    ["منافذ إعلامية", outletCount(story), "docs"],
    ["فاعلون", (story.entities || []).length, "actors"],
    ["تصريحات", (story.statements || []).length, "quotes"],
    ["أحداث مؤرخة", (story.timeline || []).length, "timeline"],
    ["أرقام مذكورة", (story.quantities || []).length, null],
    ["نقاط خلاف", (story.disagreements || []).length, null],
  ];
  const cards = numbers.map(([label, value, view]) => {
    const body = [R.el("span", { class: "stat-value" }, R.number(value)), R.el("span", { class: "stat-label" }, label)];
    return view ? R.el("a", { class: "stat", href: R.hash(view) }, body) : R.el("div", { class: "stat" }, body);
  });
  return R.el("div", { class: "stats" }, cards);
}

function summarySection(index) {
  const summary = index.story.summary || [];
  if (!summary.length) return R.section("الملخص", R.empty("لا يوجد ملخص بعد."));
  const list = R.el("ol", { class: "summary" }, summary.map((sentence) => R.el("li", {},
    sentence.text, " ",
    (sentence.sources || []).map((src, i) => R.el("a", { class: "cite", href: R.hash("doc", src.doc, src.start, src.end),
      title: R.docLabel(index, src.doc) }, "[" + (i + 1) + "]")))));
  return R.section("الملخص", list);
}

function disagreementsSection(index) {
  const items = index.story.disagreements || [];
  if (!items.length) return R.section("نقاط الخلاف بين المصادر", R.empty("لم تُرصد أرقام متعارضة."));
  return R.section("نقاط الخلاف بين المصادر", items.slice(0, OVERVIEW_ITEMS).map((d) => R.el("div", { class: "disagreement" },
    R.el("h3", {}, d.topic || "موضوع"),
    R.el("ul", { class: "claims" }, (d.claims || []).map((c) => R.el("li", {},
      R.el("span", { class: "claim-value" }, R.number(c.value)),
      R.el("span", { class: "claim-outlet" }, R.outletOf(index, c.doc)),
      R.quote(c.text), R.spanLink(c)))))),
  R.el("p", {}, R.link(["disagreements"], "كل نقاط الخلاف (" + R.number(items.length) + ") ←")));
}

function stancesSection(index) {
  const items = index.story.stances || [];
  const found = storyQuestion(index.story);
  if (found && !found.question) {
    return R.section("مواقف الفاعلين", R.empty("لا سؤال محوريا لهذه القصة: " + (R.NO_QUESTION[found.reason] || found.reason)));
  }
  if (!items.length) return R.section("مواقف الفاعلين", R.empty("لا توجد مواقف مرصودة بعد."));
  return R.section("مواقف الفاعلين", R.el("ul", { class: "stances" }, items.slice(0, OVERVIEW_ITEMS).map((s) => R.el("li", {},
    R.entityChip(index, s.entity, s.name), " ", R.badge(R.STANCES[s.stance] || s.stance, s.stance),
    (s.evidence || []).slice(0, 1).map((e) => R.el("div", { class: "evidence" }, R.quote(e.text), " ", R.spanLink(e)))))),
  R.el("p", {}, R.link(["stances"], "كل المواقف (" + R.number(items.length) + ") ←")));
}

function latestSection(index) {
  const statements = (index.story.statements || []).filter((s) => s.speaker).slice(0, 4);
  if (!statements.length) return null;
  return R.section("من التصريحات", statements.map((s) => R.quoteCard(index, s)),
    R.el("p", {}, R.link(["quotes"], "كل التصريحات ←")));
}

R.views.timeline = function (index, params) {
  const items = (index.story.timeline || []).slice().sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const view = R.el("div", { class: "view timeline-view" }, R.el("h1", {}, "الخط الزمني"), storyEvents(index));
  if (!items.length) return view.appendChild(R.empty("لا توجد أحداث مؤرخة بعد.")) && view;
  const given = R.filtersFrom(params);
  const state = { year: given.get("year") || (/^\d{4}$/.test(params[0] || "") ? params[0] : null),
    actor: given.get("actor") || null };
  const bars = R.el("div", { class: "year-bars", role: "toolbar", "aria-label": "السنوات" });
  const actorSelect = actorFilter(index, items, state, () => draw());
  let shown = items;
  const download = R.el("button", { type: "button", id: "timeline-csv", onclick: () => R.downloadCsv("rasid-timeline.csv",
    ["date", "kind", "text", "actors", "outlet", "doc", "start", "end"],
    shown.map((i) => [i.date, i.kind || "", i.text, (i.entities || []).map((id) => (index.entities.get(id) || { name: id }).name)
      .join("؛ "), R.outletOf(index, i.doc), i.doc, i.start, i.end])) }, "تنزيل CSV");
  const list = R.el("ol", { class: "timeline" });
  const axis = R.el("div", { class: "axis-holder" });
  const more = R.moreButton("timeline-more");
  view.append(R.el("div", { class: "filters" }, actorSelect, download), bars, axis, list, more);
  const draw = () => {
    drawBars(bars, items, state, draw);
    R.clear(list);
    shown = items.filter((i) => (!state.year || R.year(i.date) === state.year) &&
      (!state.actor || (i.entities || []).includes(state.actor)));
    R.keepFilters("timeline", state);
    R.clear(axis).append(timeAxis(shown) || "");
    R.fill(list, shown, (item) => timelineItem(index, item), more);
    if (!shown.length) list.append(R.el("li", { class: "empty" }, "لا أحداث بهذا الاختيار."));
  };
  draw();
  return view;
};

// The story's events: its articles grouped into happenings, each with its first day and its headline.
function storyEvents(index) {
  const events = (index.story.stories || []).flatMap((story) => story.events || [])
    .sort((a, b) => String(a.date || "9999").localeCompare(String(b.date || "9999")));
  if (events.length < 2) return null;
  return R.section("أحداث القصة", R.el("ol", { class: "story-events" }, events.map((event) => R.el("li", {},
    R.el("time", { class: "event-date", datetime: event.date || "" }, event.date ? R.date(event.date) : "—"), " ",
    R.link(["doc", event.documents[0]], event.label || event.id),
    R.el("span", { class: "muted" }, " · " + R.number(event.documents.length) + " مقال")))));
}

function actorFilter(index, items, state, redraw) {
  const ids = [...new Set(items.flatMap((i) => i.entities || []))];
  const select = R.el("select", { id: "timeline-actor", "aria-label": "الفاعل",
    onchange: (e) => { state.actor = e.target.value || null; redraw(); } },
  R.el("option", { value: "" }, "كل الفاعلين"),
  ids.map((id) => R.el("option", { value: id }, (index.entities.get(id) || { name: id }).name)));
  select.value = state.actor || "";
  return R.el("label", {}, "الفاعل: ", select);
}

function drawBars(bars, items, state, redraw) {
  const counts = new Map();
  items.forEach((i) => counts.set(R.year(i.date), (counts.get(R.year(i.date)) || 0) + 1));
  const max = Math.max(...counts.values());
  R.clear(bars);
  bars.append(R.el("button", { class: "year" + (state.year ? "" : " active"), onclick: () => { state.year = null; redraw(); } },
    R.el("span", { class: "year-label" }, "الكل")));
  for (const [year, count] of [...counts.entries()].sort()) {
    const fill = R.el("span", { class: "year-fill" });
    fill.style.height = Math.max(12, Math.round((count / max) * 48)) + "px";
    bars.append(R.el("button", { class: "year" + (state.year === year ? " active" : ""), title: count + " أحداث",
      onclick: () => { state.year = state.year === year ? null : year; redraw(); } },
    fill, R.el("span", { class: "year-label" }, year)));
  }
}

const MAX_TICKS = 10;
const DAY_MS = 86400000;

// The events shown on a real time axis: each a dot at its date's place between the first and the last (earlier
// to the right, as the page reads), years marked, or months within a year; a dot links to its sentence.
function timeAxis(items) {
  const points = items.map((item) => [item, R.dateValue(item.date)]).filter(([, t]) => t !== null);
  if (points.length < 2) return null;
  const times = points.map(([, t]) => t);
  const [low, high] = [Math.min(...times), Math.max(...times)];
  const span = Math.max(high - low, DAY_MS);
  const place = (t) => (100 * (t - low) / span).toFixed(2) + "%";
  const axis = R.el("div", { class: "time-axis", id: "time-axis", role: "group",
    "aria-label": "محور زمني من " + R.date(new Date(low).toISOString().slice(0, 10)) + " إلى " +
      R.date(new Date(high).toISOString().slice(0, 10)) });
  for (const [tick, label] of axisTicks(low, high)) {
    const mark = R.el("span", { class: "axis-tick" }, label);
    mark.style.insetInlineStart = place(tick);
    axis.append(mark);
  }
  for (const [item, t] of points) {
    const dot = R.el("a", { class: "axis-dot", href: R.hash("doc", item.doc, item.start, item.end),
      "data-date": item.date, title: R.date(item.date) + " — " + String(item.text || "").slice(0, 90) });
    dot.style.insetInlineStart = place(t);
    axis.append(dot);
  }
  return axis;
}

function axisTicks(low, high) {
  const first = new Date(low).getUTCFullYear();
  const last = new Date(high).getUTCFullYear();
  const ticks = [];
  if (last > first) {
    const step = Math.max(1, Math.ceil((last - first + 1) / MAX_TICKS));
    for (let year = first; year <= last; year += step) ticks.push([Math.max(low, Date.UTC(year, 0, 1)), String(year)]);
    return ticks;
  }
  for (let month = new Date(low).getUTCMonth(); month <= new Date(high).getUTCMonth(); month++) {
    ticks.push([Math.max(low, Date.UTC(first, month, 1)), R.date(first + "-" + String(month + 1).padStart(2, "0"))]);
  }
  return ticks.length > MAX_TICKS ? ticks.filter((_, i) => i % 2 === 0) : ticks;
}

function timelineItem(index, item) {
  return R.el("li", { class: "event" },
    R.el("time", { class: "event-date", datetime: item.date }, R.date(item.date)),
    R.el("div", { class: "event-body" },
      R.el("p", {}, item.text),
      R.el("div", { class: "event-meta" },
        R.el("span", { class: "muted" }, R.docLabel(index, item.doc)),
        (item.entities || []).map((id) => R.entityChip(index, id)),
        R.spanLink(item))));
}
