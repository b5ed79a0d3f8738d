/**
 * The explorer page: built by `npm run site` from the package's ESM output (dist/index.js) into one
 * classic script, so the page works from the files, offline.
 */
import {
  asOf,
  certaintyOn,
  citationsOf,
  findArea,
  getArea,
  getOrganisation,
  getPerson,
  nameOn,
  officeHolders,
  people,
  servicesFor,
  servicesOn,
  summaryOn,
  version,
  type Citation,
} from "../dist/index.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Each citation: the quote, then publisher, date and a link to the source. */
function evidence(record: { readonly citations: readonly Citation[] }): HTMLElement {
  const box = el("details", {}, el("summary", {}, `Sources (${record.citations.length})`));
  for (const c of citationsOf(record)) {
    box.append(
      el("blockquote", {}, `“${c.quote}”`),
      el("div", { class: "cite" }, `${c.source.publisher}${c.source.published ? `, ${c.source.published}` : ""}: `, el("a", { href: c.source.url, rel: "noreferrer" }, c.source.title)),
    );
  }
  return box;
}

function showDate(value: string): void {
  const tbody = $("list").querySelector("tbody")!;
  tbody.replaceChildren();
  let summary;
  try {
    summary = summaryOn(value);
  } catch (e) {
    $("summary").textContent = (e as Error).message;
    return;
  }
  const rows = servicesOn(value, { possible: true });
  $("summary").textContent = `${summary.independent} of ${summary.authorities} areas had independently run children's services on ${value} (${summary.share.toFixed(1)}%), run by ${summary.operators} operators.`;
  for (const s of rows) {
    const area = getArea(s.area);
    const certainty = certaintyOn(s, value);
    const operator = el("td", {}, nameOn(s.operator, s.start), evidence(s));
    tbody.append(
      el("tr", { "data-area": area.id }, el("th", { scope: "row" }, area.name), el("td", {}, area.gss), el("td", {}, String(area.dfe)), operator, el("td", {}, s.start), el("td", { class: certainty }, certainty)),
    );
  }
}

function showSearch(query: string): void {
  const results = $("results");
  results.replaceChildren();
  const q = query.trim().toLowerCase();
  if (!q) return;
  const area = findArea(query);
  if (area) {
    const card = el("div", { class: "card", "data-area": area.id }, el("h3", {}, `${area.name} (${area.gss}, DfE ${area.dfe})`));
    const history = servicesFor(area.id);
    if (!history.length) card.append(el("p", {}, "No independently run children's services in the data: the council ran its own, as far as the sources say."));
    for (const s of history) card.append(el("p", {}, `${nameOn(s.operator, s.start)}: ${s.start} to ${s.end ?? "today"}`), evidence(s));
    results.append(card);
  }
  for (const p of people.filter((x) => x.name.toLowerCase().includes(q))) {
    const card = el("div", { class: "card", "data-person": p.id }, el("h3", {}, getPerson(p.id).name));
    for (const h of officeHolders.filter((x) => x.person === p.id)) {
      const when = [h.start && `from ${h.start}`, h.end && `to ${h.end}`, h.seen && `in post ${h.seen.join(", ")}`].filter(Boolean).join(", ");
      card.append(el("p", {}, `${h.title}${h.interim && !/interim/i.test(h.title) ? " (interim)" : ""}, ${getOrganisation(h.organisation).name}${when ? ` (${when})` : ""}`), evidence(h));
    }
    results.append(card);
  }
  if (!results.childElementCount) results.append(el("p", {}, `Nothing matches “${query}”.`));
}

const dateInput = $<HTMLInputElement>("date");
dateInput.value = asOf;
dateInput.max = asOf;
dateInput.addEventListener("input", () => showDate(dateInput.value));
const search = $<HTMLInputElement>("search");
search.addEventListener("input", () => showSearch(search.value));
$("about").textContent = `childrens-services-trusts ${version}, data as of ${asOf}.`;
showDate(asOf);
