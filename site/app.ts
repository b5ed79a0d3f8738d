/**
 * The explorer page: built by `npm run site` from the package's entry modules (src/index.ts and
 * src/inspections.ts) into one classic script, so the page works from the files, offline. It uses
 * only the package's public exports. The date and the search are kept in the address (?date=2020-11-08&q=northampton).
 */
import {
  SCOPE_START,
  areas,
  asOf,
  certaintyOn,
  citationLine,
  findArea,
  getArea,
  getOrganisation,
  getPerson,
  holdingTitle,
  nameOn,
  searchNames,
  services,
  servicesFor,
  servicesOn,
  sourceLine,
  summaryOn,
  version,
  type Area,
  type AreaId,
  type Budget,
  type Citation,
  type Conflict,
  type NameMatch,
  type OfficeHolder,
  type OrganisationId,
  type PersonId,
  type Service,
  type Inspection,
} from "../src/index.js";
import { officeHolders } from "../src/office-holders.js";
import { budgetsFor, timeline, type TimelineEntry } from "../src/details.js";
import { citationsOf, type ResolvedCitation } from "../src/sources.js";
import { inspectionsFor, judgementOn, judgementsOn, outcomesOf } from "../src/inspections.js";

// ---- DOM helpers ----

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

type Child = Node | string | false | null | undefined | readonly Child[];

function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  append(e, children);
  return e;
}

function append(parent: HTMLElement, children: readonly Child[]): void {
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.append(c as Node | string);
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// ---- Dates: shown in words, kept in `datetime` at the precision the source gives ----

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2020-11-08" → "8 November 2020", "2018-12" → "December 2018", "2014" → "2014". */
function inWords(date: string): string {
  const [y, m, d] = date.split("-");
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y ?? date;
}

/** A date that never wraps (see .date in style.css). */
const time = (date: string) => el("time", { class: "date", datetime: date }, inWords(date));

/** A real calendar day in the form the date input uses. */
function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const RANGE = `Choose a date from ${inWords(SCOPE_START)} to ${inWords(asOf)}`;

/** What is wrong with the date, in plain words, or `undefined` when the page can answer for it. */
function dateProblem(value: string): string | undefined {
  if (!value) return `${RANGE} to see which areas' children's services were run independently on that day.`;
  if (!isDay(value)) return `“${value}” is not a date. ${RANGE}.`;
  if (value < SCOPE_START) return `${inWords(value)} is before ${inWords(SCOPE_START)}, where this record begins. ${RANGE}.`;
  if (value > asOf) return `${inWords(value)} is after ${inWords(asOf)}, the day the data was last checked. ${RANGE}.`;
  return undefined;
}

// ---- State: the date and the search, mirrored in the address ----

const dateInput = $<HTMLInputElement>("date");
const searchInput = $<HTMLInputElement>("search");

/** The chosen day, or `undefined` when the page cannot answer for it. */
const chosenDay = (): string | undefined => (dateProblem(dateInput.value) ? undefined : dateInput.value);

/** The address of the page with this date and search. */
function addressFor(date: string | undefined, q: string): string {
  const params = new URLSearchParams();
  if (date) params.set("date", date);
  if (q.trim()) params.set("q", q.trim());
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

function keepInAddress(): void {
  history.replaceState(null, "", addressFor(dateInput.value || undefined, searchInput.value));
}

/** A link that searches for `q` (and keeps the date); it also works opened in a new tab. */
function searchLink(text: string, q: string): HTMLElement {
  const a = el("a", { href: addressFor(dateInput.value || undefined, q), class: "search-link" }, text);
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    searchInput.value = q;
    showSearch(q);
    keepInAddress();
    $("search-heading").scrollIntoView({ block: "start" });
    searchInput.focus({ preventScroll: true });
  });
  return a;
}

const areaLink = (area: Area) => searchLink(area.name, area.gss);

// ---- Sources: every fact keeps its quotes and links ----

/** Says something to screen readers (and keeps it in #announce). */
function announce(text: string): void {
  $("announce").textContent = text;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el("textarea", { readonly: "", class: "visually-hidden" }) as HTMLTextAreaElement;
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** One citation: the quote, then publisher, date and a link, and a button copying it as one line. */
function citationItem(c: ResolvedCitation): HTMLElement {
  const line = citationLine(c);
  const copy = el("button", { type: "button", class: "copy", "aria-label": `Copy this citation as one line (${c.source.publisher})` }, "Copy citation");
  copy.addEventListener("click", async () => {
    const ok = await copyText(line);
    announce(ok ? `Citation copied: ${line}` : `Could not copy; the citation is: ${line}`);
  });
  return el(
    "li",
    { class: "citation" },
    el("blockquote", { cite: c.source.url }, `“${c.quote}”`),
    el(
      "div",
      { class: "cite", title: sourceLine(c.source) },
      `${c.source.publisher}${c.source.published ? `, ${inWords(c.source.published)}` : ""}: `,
      el("a", { href: c.source.url, rel: "noreferrer" }, c.source.title),
      c.source.kind === "mirror" && " (a third-party copy)",
      " ",
      copy,
    ),
    c.note && el("p", { class: "cite" }, c.note),
  );
}

interface Evidence {
  readonly citations: readonly Citation[];
  readonly conflicts?: readonly Conflict[];
  readonly note?: string;
}

/** A fact's sources, folded: quotes with links, disagreeing sources, and the maintainers' note. */
function sources(record: Evidence, what = "Sources"): HTMLElement {
  const box = el(
    "details",
    { class: "sources" },
    el("summary", {}, `${what} (${record.citations.length})`),
    el("ol", {}, citationsOf(record).map(citationItem)),
  );
  for (const conflict of record.conflicts ?? []) {
    box.append(
      el(
        "div",
        { class: "conflict" },
        el("p", {}, el("strong", {}, "Another source disagrees: "), conflict.note),
        el("ol", {}, citationsOf(conflict).map(citationItem)),
      ),
    );
  }
  if (record.note) box.append(el("p", { class: "note" }, el("strong", {}, "Note (the maintainers' words): "), record.note));
  return box;
}

// ---- On a date ----

const GRADE_WORDS: Record<string, string> = {
  outstanding: "Outstanding",
  good: "Good",
  "requires improvement": "Requires improvement to be good",
  inadequate: "Inadequate",
};

function gradeOf(i: Inspection): string {
  if (i.overall) return GRADE_WORDS[i.overall] ?? i.overall;
  if (i.framework === "ILACS 2026") return "No overall judgement (the 2026 framework gives none)";
  return "Overall judgement not in the data";
}

/** An inspection in one line: published, grade, framework, report link, sources. */
function inspectionLine(i: Inspection, whose?: string): Child[] {
  return [
    time(i.published),
    " ",
    el("span", { class: `grade grade-${(i.overall ?? "none").replace(/ /g, "-")}` }, gradeOf(i)),
    ` (${i.framework}${whose ? `; ${whose}` : ""})`,
    i.report && [" · ", el("a", { href: i.report, rel: "noreferrer", class: "report" }, "Ofsted report")],
    " ",
    sources(i),
  ];
}

const cell = (label: string, attrs: Record<string, string>, ...children: Child[]) => el("td", { role: "cell", "data-label": label, ...attrs }, ...children);

function row(s: Service, day: string): HTMLElement {
  const area = getArea(s.area);
  const judgement = judgementOn(area.id, day);
  return el(
    "tr",
    { role: "row", "data-area": area.id, "data-service": s.id },
    el("th", { scope: "row", role: "rowheader" }, areaLink(area)),
    cell("ONS code", { class: "code" }, area.gss),
    cell("DfE", { class: "code" }, String(area.dfe)),
    cell("Operator", { class: "operator" }, searchLink(nameOn(s.operator, day), getOrganisation(s.operator).name), " ", sources(s)),
    cell("Since", { class: "date-cell" }, time(s.start)),
    cell("Ofsted", { class: "judgement" }, judgement ? inspectionLine(judgement.inspection) : "None in the data by then"),
  );
}

function showDate(): void {
  const value = dateInput.value;
  const tbody = $("list").querySelector("tbody")!;
  tbody.replaceChildren();
  $("judged").replaceChildren();
  $("possible-list").replaceChildren();
  const table = $("list");
  const problem = dateProblem(value);
  let summary: ReturnType<typeof summaryOn> | undefined;
  if (!problem) {
    try {
      summary = summaryOn(value);
    } catch {
      summary = undefined; // dateProblem rules these dates out; never show a developer's message
    }
  }
  if (!summary) {
    $("summary").textContent = problem ?? `${RANGE}.`;
    table.hidden = true;
    return;
  }
  const day = value;
  const rows = [...servicesOn(day)].sort((a, b) => getArea(a.area).name.localeCompare(getArea(b.area).name));
  // summaryOn counts areas run independently; each such area has exactly one arrangement certain on a day.
  const shown = new Set(rows.map((s) => s.area)).size;
  const n = shown === summary.independent ? summary.independent : shown;
  $("summary").textContent = n
    ? `${n} of ${summary.authorities} areas had independently run children's services on ${inWords(day)} (${((100 * n) / summary.authorities).toFixed(1)}%), run by ${plural(summary.operators, "operator")}.`
    : `None of the ${summary.authorities} areas had independently run children's services on ${inWords(day)}, as far as the sources say.`;
  table.hidden = rows.length === 0;
  tbody.append(...rows.map((s) => row(s, day)));

  const { independent: ind, others } = judgementsOn(day);
  const pct = (x: number) => `${Math.round(x)}%`;
  $("judged").textContent =
    `Latest overall Ofsted judgement published by then: ` +
    (ind.judged
      ? `${ind.goodOrBetter} of the ${ind.judged} independently run areas with one were good or outstanding (${pct(ind.share)})`
      : `none of the independently run areas had one in the data`) +
    `; of the other areas, ${others.goodOrBetter} of ${others.judged} (${pct(others.share)}). Areas with no graded report in the data are left out. A comparison, not a cause.`;

  const possible = servicesOn(day, { possible: true }).filter((s) => !rows.includes(s));
  if (possible.length) {
    $("possible-list").append(
      el("h3", {}, "Possibly also on this day (not counted)"),
      el(
        "ul",
        {},
        possible.map((s) =>
          el(
            "li",
            { "data-service": s.id, class: "possible" },
            areaLink(getArea(s.area)),
            `: ${nameOn(s.operator, s.start)}, from `,
            time(s.start),
            s.end && [" to ", time(s.end)],
            " ",
            sources(s),
          ),
        ),
      ),
    );
  }
}

// ---- Search ----

type Match = NameMatch;

/** An exact code or name (findArea) first, then every name containing the words (searchNames). */
function matchesFor(query: string): Match[] {
  const out: Match[] = [];
  const seen = new Set<string>();
  const add = (m: Match) => {
    const key = `${m.kind}:${m.id}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
    }
  };
  const area = findArea(query.trim());
  if (area) add({ kind: "area", id: area.id, name: area.name });
  for (const m of searchNames(query)) add(m);
  return out;
}

const KIND_WORDS: Record<string, string> = {
  operator: "trust or company running children's services",
  council: "council",
  government: "government",
  regulator: "regulator",
  consultancy: "consultancy",
  parliament: "parliament",
};

/** "from April 2014 to 31 March 2021", at the precision of the sources. */
function span(start: string | undefined, end: string | undefined, ongoing: string): Child[] {
  return [start ? ["from ", time(start)] : "start not known", " to ", end ? time(end) : ongoing];
}

function list(items: readonly HTMLElement[], empty: string, attrs: Record<string, string> = {}): HTMLElement {
  return items.length ? el("ul", { class: "facts", ...attrs }, items) : el("p", { class: "empty" }, empty);
}

function budgetItem(b: Budget, whose?: string): HTMLElement {
  const amount = b.unit === "GBP" ? `£${b.value.toLocaleString("en-GB")}` : `${b.value}%`;
  return el(
    "li",
    { "data-budget": b.id },
    el("strong", {}, `${b.qualifier ? `${b.qualifier} ` : ""}${amount}`),
    b.period && ` (${b.period})`,
    `: ${b.description}`,
    whose && ` (${whose})`,
    " ",
    sources(b),
  );
}

const STATUS_WORDS: Record<string, string> = {
  planned: "planned",
  postponed: "planned, then postponed",
  superseded: "planned, then superseded",
  cancelled: "planned, then cancelled",
};

function keyDateItem(e: TimelineEntry): HTMLElement {
  return el(
    "li",
    { "data-key-date": e.record.id },
    time(e.date),
    ": ",
    e.title,
    STATUS_WORDS[e.status] && el("span", { class: "status" }, ` (${STATUS_WORDS[e.status]})`),
    " ",
    sources(e),
  );
}

/** An office-holding: title, where, when, whether in post on the chosen day, sources. */
function holdingItem(h: OfficeHolder, who: "person" | "organisation"): HTMLElement {
  const day = chosenDay();
  const certainty = day ? certaintyOn(h, day) : "no";
  const org = getOrganisation(h.organisation);
  return el(
    "li",
    { "data-holding": h.id },
    who === "person"
      ? [searchLink(getPerson(h.person).name, getPerson(h.person).name), `, ${holdingTitle(h)}`]
      : [`${holdingTitle(h)}, `, searchLink(org.name, org.name)],
    !!(h.start || h.end || h.seen?.length) && [
      " (",
      h.start && ["from ", time(h.start)],
      h.end && [h.start ? " to " : "to ", time(h.end)],
      !!h.seen?.length && [h.start || h.end ? "; " : "", "seen in post: ", h.seen.map((d, i) => [i ? ", " : "", time(d)])],
      ")",
    ],
    h.appointedBy && `; appointed by ${getOrganisation(h.appointedBy).name}`,
    day &&
      certainty !== "no" && [
        " ",
        el("span", { class: `in-post ${certainty}` }, certainty === "certain" ? `in post on ${inWords(day)}` : `possibly in post on ${inWords(day)}`),
      ],
    " ",
    sources(h),
  );
}

const byDate = (a: { start?: string; seen?: readonly string[] }, b: { start?: string; seen?: readonly string[] }) =>
  (a.start ?? a.seen?.[0] ?? "").localeCompare(b.start ?? b.seen?.[0] ?? "");

function outcomes(s: Service): HTMLElement {
  const o = outcomesOf(s.id);
  const whose = (i: Inspection) => (i.area === s.area ? undefined : `${getArea(i.area).name}'s, the area it replaced`);
  return el(
    "dl",
    { class: "outcomes", "data-service": s.id },
    el("dt", {}, "Before"),
    el("dd", { "data-when": "before" }, o.before ? inspectionLine(o.before, whose(o.before)) : "No graded inspection in the data before it began"),
    el("dt", {}, "During"),
    el(
      "dd",
      { "data-when": "during" },
      o.during.length
        ? el(
            "ul",
            { class: "facts" },
            o.during.map((i) => el("li", { "data-inspection": i.id }, inspectionLine(i))),
          )
        : "No inspection published while it ran, in the data",
    ),
    el("dt", {}, "After"),
    el("dd", { "data-when": "after" }, o.after ? inspectionLine(o.after) : s.end ? "No graded inspection in the data since it ended" : "Still running"),
  );
}

function areaBody(id: AreaId): Child[] {
  const a = getArea(id);
  const history = servicesFor(a.id);
  const inspections = inspectionsFor(a.id);
  const operators = [...new Set(history.map((s) => s.operator))];
  const money = [...budgetsFor(a.id).map((b) => budgetItem(b)), ...operators.flatMap((o) => budgetsFor(o).map((b) => budgetItem(b, getOrganisation(o).name)))];
  const operatorThen = (i: Inspection) => {
    const running = history.filter((s) => certaintyOn(s, i.published) !== "no");
    return running.length ? `run by ${running.map((s) => nameOn(s.operator, i.published)).join(" or ")}` : "no independent operator";
  };
  return [
    el(
      "p",
      { class: "meta" },
      `ONS code ${a.gss} · DfE number ${a.dfe}`,
      a.type && ` · ${a.type.replace(/-/g, " ")}`,
      a.authority && ` · ${a.authority}`,
      !!a.formerGss?.length && ` · formerly ${a.formerGss.map((f) => `${f.gss} (to ${inWords(f.end)})`).join(", ")}`,
      a.start && [" · created ", time(a.start)],
      a.end && [" · abolished after ", time(a.end)],
      !!a.replacedBy?.length && [" · replaced by ", a.replacedBy.map((r, i) => [i ? " and " : "", areaLink(getArea(r))])],
      " ",
      sources(a),
    ),
    el("h4", {}, "Arrangements"),
    history.length
      ? [
          history.map((s) =>
            el(
              "div",
              { class: "arrangement", "data-service": s.id },
              el(
                "p",
                {},
                searchLink(nameOn(s.operator, s.start), getOrganisation(s.operator).name),
                ` ran ${a.name}'s children's services `,
                span(s.start, s.end, `today (as far as the sources say, to ${inWords(asOf)})`),
                ". ",
                sources(s),
              ),
              el(
                "p",
                {},
                "How it began: ",
                s.origin.kind === "statutory-direction" ? "imposed by a statutory direction" : "the council's decision",
                ". ",
                sources(s.origin),
              ),
              s.endReason && el("p", {}, "Why it ended: ", s.endReason.statement, " ", sources(s.endReason)),
              s.confirmed &&
                el("p", { class: "confirmed" }, "Last confirmed running: ", el("span", { class: "date" }, s.confirmed.date), ". ", sources(s.confirmed)),
              el("h5", {}, "Ofsted judgements before, during and after"),
              outcomes(s),
            ),
          ),
          el(
            "p",
            { class: "hint" },
            "Before, during and after compare judgements of the same area; they do not show a cause. Ofsted inspects the area's services, whoever runs them.",
          ),
        ]
      : el("p", { class: "empty" }, "No arrangement in the data: as far as the sources say, the council ran its own children's services."),
    el("h4", {}, "Ofsted inspections"),
    list(
      inspections.map((i) => el("li", { "data-inspection": i.id }, inspectionLine(i, operatorThen(i)))),
      "No published inspection in the data.",
      { class: "facts inspections" },
    ),
    el("h4", {}, "Key dates"),
    list(timeline({ subject: a.id }).map(keyDateItem), "No key dates in the data.", { class: "facts key-dates" }),
    el("h4", {}, "Budgets"),
    list(money, "No money figures in the data for the area or its operators.", { class: "facts budgets" }),
  ];
}

function organisationBody(id: OrganisationId): Child[] {
  const o = getOrganisation(id);
  const ran = services.filter((s) => s.operator === o.id).sort((a, b) => a.start.localeCompare(b.start));
  const holders = officeHolders.filter((h) => h.organisation === o.id).sort(byDate);
  return [
    el(
      "p",
      { class: "meta" },
      KIND_WORDS[o.kind] ?? o.kind,
      o.legalForm && ` · ${o.legalForm.replace(/-/g, " ")}`,
      o.companyNumber && ` · company number ${o.companyNumber}`,
      !!o.formerNames?.length && [" · formerly ", o.formerNames.map((f, i) => [i ? "; " : "", `${f.name} (to `, time(f.end), ")"])],
      !!o.owners?.length && [
        " · owned by ",
        o.owners.map((w, i) => [i ? ", " : "", getOrganisation(w.owner).name, w.share !== undefined ? ` (${w.share}%)` : ""]),
      ],
      o.predecessor && ` · continues ${getOrganisation(o.predecessor).name}`,
      " ",
      sources(o),
    ),
    (ran.length > 0 || o.kind === "operator") && [
      el("h4", {}, "Arrangements"),
      list(
        ran.map((s) =>
          el("li", { "data-service": s.id }, areaLink(getArea(s.area)), ": ", span(s.start, s.end, "today, as far as the sources say"), " ", sources(s)),
        ),
        "It ran no area's children's services, in the data.",
        { class: "facts arrangements" },
      ),
    ],
    el("h4", {}, "Office-holders"),
    list(
      holders.map((h) => holdingItem(h, "person")),
      "No office-holders in the data.",
      { class: "facts holders" },
    ),
    el("h4", {}, "Budgets"),
    list(
      budgetsFor(o.id).map((b) => budgetItem(b)),
      "No money figures in the data.",
      { class: "facts budgets" },
    ),
    el("h4", {}, "Key dates"),
    list(timeline({ subject: o.id }).map(keyDateItem), "No key dates in the data.", { class: "facts key-dates" }),
  ];
}

function personBody(id: PersonId): Child[] {
  const p = getPerson(id);
  const held = officeHolders.filter((h) => h.person === p.id).sort(byDate);
  return [
    el("p", { class: "meta" }, "Person ", sources(p)),
    el("h4", {}, "Offices"),
    list(
      held.map((h) => holdingItem(h, "organisation")),
      "No offices in the data.",
      { class: "facts holders" },
    ),
    el("h4", {}, "Key dates"),
    list(timeline({ subject: p.id }).map(keyDateItem), "No key dates in the data.", { class: "facts key-dates" }),
  ];
}

const KIND_LABEL = { area: "Area", organisation: "Organisation", person: "Person" } as const;
/** Up to this many matches are shown open; more are folded, each opened on demand. */
const OPEN_LIMIT = 3;
/** At most this many matches are listed. */
const SHOWN_LIMIT = 40;

function resultCard(m: Match, open: boolean): HTMLElement {
  const heading = el("h3", {}, el("span", { class: "kind" }, `${KIND_LABEL[m.kind]}: `), m.name);
  const attrs = { class: "card", "data-kind": m.kind, "data-id": m.id, [`data-${m.kind}`]: m.id };
  const body = () =>
    m.kind === "area" ? areaBody(m.id as AreaId) : m.kind === "organisation" ? organisationBody(m.id as OrganisationId) : personBody(m.id as PersonId);
  if (open) return el("article", attrs, heading, body());
  const folded = el("details", attrs, el("summary", {}, heading));
  folded.addEventListener("toggle", () => {
    if ((folded as HTMLDetailsElement).open && folded.childElementCount === 1) append(folded, body());
  });
  return folded;
}

function showSearch(query: string): void {
  const results = $("results");
  results.replaceChildren();
  const q = query.trim();
  if (!q) {
    $("search-status").textContent = "";
    return;
  }
  const matches = matchesFor(q);
  if (!matches.length) {
    $("search-status").textContent = `Nothing matches “${q}”. Try part of a name (Northampton), an ONS code (E06000039) or a DfE number (928).`;
    return;
  }
  const count = (kind: Match["kind"], one: string, many?: string) => {
    const n = matches.filter((m) => m.kind === kind).length;
    return n ? [plural(n, one, many)] : [];
  };
  const kinds = [...count("area", "area"), ...count("organisation", "organisation"), ...count("person", "person", "people")].join(", ");
  const shown = matches.slice(0, SHOWN_LIMIT);
  const open = shown.length <= OPEN_LIMIT;
  $("search-status").textContent =
    `${plural(matches.length, "match", "matches")} for “${q}”: ${kinds}.` +
    (matches.length > SHOWN_LIMIT ? ` The first ${SHOWN_LIMIT} are listed; type more of the name to narrow it.` : "") +
    (open ? "" : " Open one to see its history.");
  results.append(...shown.map((m) => resultCard(m, open)));
}

// ---- Timeline as text ----

function timelineText(): void {
  const items = [...services]
    .sort((a, b) => a.start.localeCompare(b.start) || getArea(a.area).name.localeCompare(getArea(b.area).name))
    .map((s) =>
      el("li", { "data-service": s.id }, `${getArea(s.area).name}: ${nameOn(s.operator, s.start)}, `, span(s.start, s.end, "today, as far as the sources say")),
    );
  // As in the picture: plans cancelled before they began, for areas that never had an arrangement.
  const ran = new Set<string>(services.map((s) => s.area));
  const isArea = new Set<string>(areas.map((a) => a.id));
  const plans = timeline({ status: "cancelled" }).filter((e) => e.subjects.some((s) => isArea.has(s) && !ran.has(s)));
  if (plans.length) items.push(el("li", {}, "Planned, never launched:", el("ul", {}, plans.map(keyDateItem))));
  $("timeline-text")
    .querySelector("ul")!
    .replaceChildren(...items);
}

// ---- Start: restore the date and the search from the address ----

const params = new URLSearchParams(location.search);
const wantedDate = params.get("date");
dateInput.min = SCOPE_START;
dateInput.max = asOf;
$("date-hint").textContent = `From ${inWords(SCOPE_START)}, where this record begins, to ${inWords(asOf)}, the day the data was last checked.`;
if (wantedDate === null) dateInput.value = asOf;
else if (isDay(wantedDate)) dateInput.value = wantedDate;
else dateInput.value = "";
searchInput.value = params.get("q") ?? "";

dateInput.addEventListener("input", () => {
  showDate();
  if (searchInput.value.trim()) showSearch(searchInput.value);
  keepInAddress();
});
searchInput.addEventListener("input", () => {
  showSearch(searchInput.value);
  keepInAddress();
});

$("about").textContent =
  `childrens-services-trusts ${version}, data as of ${inWords(asOf)}. Every fact is cited: open “Sources” to read the quote and follow the link.`;
showDate();
// A date in the address the page cannot read: say so in plain words, not with an empty answer.
if (wantedDate !== null && !isDay(wantedDate)) $("summary").textContent = dateProblem(wantedDate) ?? `${RANGE}.`;
if (searchInput.value.trim()) showSearch(searchInput.value);
timelineText();
