/**
 * The page's state: the chosen date and the search, mirrored in the address
 * (?date=2020-11-08&q=northampton), and what the page can answer for a date (the package's own
 * rule: `dataReach`).
 */
import { asOf, dataReach, dateInWords, isPartialDate, SCOPE_START, type Area } from "../scripts/package.js";
import { $, el } from "./dom.js";

/** The date input. */
export const dateInput = $<HTMLInputElement>("date");
/** The search input. */
export const searchInput = $<HTMLInputElement>("search");

/** The range the page answers for, in words. */
export const RANGE = `Choose a date from ${dateInWords(SCOPE_START)} to ${dateInWords(asOf)}`;

/** A real calendar day in the form the date input uses. */
export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value);

/** What is wrong with the date, in plain words, or `undefined` when the page can answer for it. */
export function dateProblem(value: string): string | undefined {
  if (!value) return `${RANGE} to see which areas' children's services were run independently on that day.`;
  if (!isDay(value)) return `“${value}” is not a date. ${RANGE}.`;
  const reach = dataReach(value, asOf);
  if (reach.beforeScope) return `${dateInWords(value)} is before ${dateInWords(SCOPE_START)}, where this record begins. ${RANGE}.`;
  if (reach.afterAsOf) return `${dateInWords(value)} is after ${dateInWords(asOf)}, the day the data was last checked. ${RANGE}.`;
  return undefined;
}

/** The chosen day, or `undefined` when the page cannot answer for it. */
export const chosenDay = (): string | undefined => (dateProblem(dateInput.value) ? undefined : dateInput.value);

/** The address of the page with this date and search. */
export function addressFor(date: string | undefined, q: string): string {
  const params = new URLSearchParams();
  if (date) params.set("date", date);
  if (q.trim()) params.set("q", q.trim());
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** Writes the date and the search into the address. */
export function keepInAddress(): void {
  history.replaceState(null, "", addressFor(dateInput.value || undefined, searchInput.value));
}

let searchHandler: (q: string) => void = () => undefined;
/** Says what runs a search (search.ts), so that links anywhere on the page can search. */
export function onSearch(handler: (q: string) => void): void {
  searchHandler = handler;
}

/** A link that searches for `q` (and keeps the date); it also works opened in a new tab. */
export function searchLink(text: string, q: string): HTMLElement {
  const a = el("a", { href: addressFor(dateInput.value || undefined, q), class: "search-link" }, text);
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    searchInput.value = q;
    searchHandler(q);
    keepInAddress();
    $("search-heading").scrollIntoView({ block: "start" });
    searchInput.focus({ preventScroll: true });
  });
  return a;
}

/** An area's name, searching for its ONS code. */
export const areaLink = (area: Area) => searchLink(area.name, area.gss);
