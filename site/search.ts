/**
 * Search: areas, organisations and people, found by the package's own search (searchNames: exact
 * names and codes first, then whole words, then the starts of words), each opening its history.
 */
import {
  asOf,
  budgetsFor,
  certaintyOn,
  holdingCertaintyOn,
  holdingLastConfirmed,
  holdingUnconfirmedSince,
  dateInWords,
  findArea,
  findOrganisation,
  findPerson,
  getArea,
  getOrganisation,
  getPerson,
  holdingTitle,
  inspectionsFor,
  interventionsFor,
  lastConfirmed,
  money,
  nameOn,
  officeHoldersOf,
  organisations,
  searchNames,
  servicesBy,
  servicesFor,
  timeline,
  unconfirmedSince,
  type AreaId,
  type Budget,
  type Inspection,
  type NameMatch,
  type OfficeHolder,
  type OrganisationId,
  type PersonId,
  type TimelineEntry,
} from "../scripts/package.js";
import { charts } from "./charts.js";
import { $, append, el, list, plural, span, time, type Child } from "./dom.js";
import { inspectionLine, outcomes } from "./judgements.js";
import { sources } from "./sources.js";
import { areaLink, chosenDay, searchLink } from "./state.js";

type Match = Pick<NameMatch, "kind" | "id" | "name">;

/** A search for trusts or operators as such ("trust", "operators"): every operator is listed, not only those with the word in their name. */
const listsOperators = (q: string) => /^(trusts?|operators?|companies|company)$/i.test(q.trim());

/** The package's search; a search for "trust" adds every operator whatever its name. */
function matchesFor(query: string): Match[] {
  const found: Match[] = [...searchNames(query)];
  if (listsOperators(query))
    for (const o of organisations.filter((x) => x.kind === "operator").sort((a, b) => a.name.localeCompare(b.name)))
      if (!found.some((m) => m.id === o.id)) found.push({ kind: "organisation", id: o.id, name: o.name });
  return found;
}

/** Whose a money figure is, by its subject's id. */
const whoseName = (id: string) => (findArea(id) ?? findOrganisation(id) ?? findPerson(id))?.name ?? id;

const KIND_WORDS: Record<string, string> = {
  operator: "trust or company running children's services",
  council: "council",
  government: "government",
  regulator: "regulator",
  consultancy: "consultancy",
  parliament: "parliament",
};

function budgetItem(b: Budget, whose?: string): HTMLElement {
  return el(
    "li",
    { "data-budget": b.id },
    el("strong", {}, money(b)),
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

/** A key date in one line: when, what, whether it happened as planned, sources. */
export function keyDateItem(e: TimelineEntry): HTMLElement {
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
  const certainty = day ? holdingCertaintyOn(h, day) : "no";
  const org = getOrganisation(h.organisation);
  const [confirmed, stale] = [holdingLastConfirmed(h), holdingUnconfirmedSince(h)];
  return el(
    "li",
    { "data-holding": h.id },
    who === "person"
      ? [searchLink(getPerson(h.person).name, getPerson(h.person).name), `, ${holdingTitle(h)}`]
      : [`${holdingTitle(h)}, `, searchLink(org.name, org.name)],
    !!(h.start || h.end || h.endedBy || h.seen?.length) && [
      " (",
      h.start && ["from ", time(h.start)],
      h.end && [h.start ? " to " : "to ", time(h.end)],
      h.endedBy && [h.start ? "; " : "", "ended by ", time(h.endedBy)],
      !!h.seen?.length && [h.start || h.end ? "; " : "", "seen in post: ", h.seen.map((d, i) => [i ? ", " : "", time(d)])],
      ")",
    ],
    h.appointedBy && `; appointed by ${getOrganisation(h.appointedBy).name}`,
    day &&
      certainty !== "no" && [
        " ",
        el("span", { class: `in-post ${certainty}` }, certainty === "certain" ? `in post on ${dateInWords(day)}` : `possibly in post on ${dateInWords(day)}`),
      ],
    confirmed && [
      " ",
      el(
        "span",
        { class: stale ? "confirmed stale" : "confirmed" },
        stale ? `unconfirmed since ${dateInWords(stale)}` : `last confirmed ${dateInWords(confirmed)}`,
      ),
    ],
    " ",
    sources(h),
  );
}

/** An area: its record, arrangements with their judgements, every inspection, key dates and money. */
export function areaBody(id: AreaId): Child[] {
  const a = getArea(id);
  const history = servicesFor(a.id);
  const inspections = inspectionsFor(a.id);
  // The library's answer: the area's figures, its council's and its operators', each saying whose.
  const figures = budgetsFor(a.id).map((b) => budgetItem(b, b.subject === a.id ? undefined : whoseName(b.subject)));
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
      !!a.formerGss?.length && ` · formerly ${a.formerGss.map((f) => `${f.gss} (to ${dateInWords(f.end)})`).join(", ")}`,
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
                span(s.start, s.end, `today (as far as the sources say, to ${dateInWords(asOf)})`),
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
    el("h4", {}, "Interventions"),
    list(
      interventionsFor(a.id).map((i) =>
        el(
          "li",
          { "data-intervention": i.id },
          INTERVENTION_WORDS[i.kind],
          i.commissioner && ` (${i.commissioner})`,
          " ",
          // Placed by its issue, or (no source giving that) by the dates a source shows it in force.
          i.start ? span(i.start, i.end, "no end recorded") : i.end ? ["to ", time(i.end)] : i.seen?.length ? [] : "date not known",
          !!i.seen?.length && [i.start || i.end ? "; " : "", "in force on ", i.seen.map((d, k) => [k ? ", " : "", time(d)])],
          i.endedBy && ["; ended by ", time(i.endedBy)],
          i.ending && `, ${i.ending.replace(/-/g, " ")}`,
          (i.outcome ?? i.recommendation) && `; ${i.outcome ? "outcome" : "recommended"}: ${(i.outcome ?? i.recommendation)!.replace(/-/g, " ")}`,
          ". ",
          sources(i),
        ),
      ),
      "No improvement notice, direction or commissioner in the data.",
      { class: "facts interventions" },
    ),
    el("h4", {}, "Figures"),
    charts(a.id) ?? el("p", { class: "empty" }, "No DfE figures in the data for this area."),
    el("h4", {}, "Key dates"),
    list(timeline({ subject: a.id }).map(keyDateItem), "No key dates in the data.", { class: "facts key-dates" }),
    el("h4", {}, "Budgets"),
    list(figures, "No money figures in the data for the area, its council or its operators.", { class: "facts budgets" }),
  ];
}

/** An intervention's kind in words. */
const INTERVENTION_WORDS = { "improvement-notice": "Improvement notice", direction: "Statutory direction", commissioner: "Commissioner" } as const;

/** An organisation: what it is, the areas it ran, its office-holders, money and key dates. */
export function organisationBody(id: OrganisationId): Child[] {
  const o = getOrganisation(id);
  const ran = servicesBy(o.id);
  const holders = officeHoldersOf({ organisation: o.id });
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

/** A person: their offices and key dates. */
export function personBody(id: PersonId): Child[] {
  const p = getPerson(id);
  const held = officeHoldersOf({ person: p.id });
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

/** Shows the matches of a search, best first (the package's searchNames). */
export function showSearch(query: string): void {
  const results = $("results");
  results.replaceChildren();
  const q = query.trim();
  if (!q) {
    $("search-status").textContent = "";
    return;
  }
  const matches = matchesFor(q);
  if (!matches.length) {
    $("search-status").textContent =
      `Nothing matches “${q}”. Try a name or the start of one (Northampton), a surname, an ONS code (E06000039) or a DfE number (928).`;
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
    (open ? "" : " Open one to see its history.") +
    (listsOperators(q) ? " Every trust or company that ran an area's services is listed, whatever its name." : "");
  results.append(...shown.map((m) => resultCard(m, open)));
}
