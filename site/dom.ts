/** The page's DOM helpers: elements from tags and children, and dates in words (the package's own wording). */
import { dateInWords } from "../scripts/package.js";

/** The element with this id. */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What an element can hold: nodes, text, nested lists, and nothing (false, null, undefined). */
export type Child = Node | string | false | null | undefined | readonly Child[];

/** An element with attributes (undefined ones left out) and children. */
export function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  append(e, children);
  return e;
}

/** Appends children, flattening lists and skipping nothing-values. */
export function append(parent: HTMLElement, children: readonly Child[]): void {
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.append(c as Node | string);
  }
}

/** "1 operator", "3 operators". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A date in words that never wraps (see .date in style.css), kept in `datetime` at the source's precision. */
export const time = (date: string) => el("time", { class: "date", datetime: date }, dateInWords(date));

/** A list of facts, or a sentence saying there are none. */
export function list(items: readonly HTMLElement[], empty: string, attrs: Record<string, string> = {}): HTMLElement {
  return items.length ? el("ul", { class: "facts", ...attrs }, items) : el("p", { class: "empty" }, empty);
}

/** "from April 2014 to 31 March 2021", at the precision of the sources. */
export function span(start: string | undefined, end: string | undefined, ongoing: string): Child[] {
  return [start ? ["from ", time(start)] : "start not known", " to ", end ? time(end) : ongoing];
}
