/** Sources: every fact keeps its quotes and links, folded under it, with a button copying the citation as one line. */
import { citationLine, citationsOf, dateInWords, sourceLine, type Citation, type Conflict, type ResolvedCitation } from "../scripts/package.js";
import { $, el } from "./dom.js";

/** Says something to screen readers (and keeps it in #announce). */
export function announce(text: string): void {
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
export function citationItem(c: ResolvedCitation): HTMLElement {
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
      `${c.source.publisher}${c.source.published ? `, ${dateInWords(c.source.published)}` : ""}: `,
      el("a", { href: c.source.url, rel: "noreferrer" }, c.source.title),
      c.source.kind === "mirror" && " (a third-party copy)",
      " ",
      copy,
    ),
    c.note && el("p", { class: "cite" }, c.note),
  );
}

/** What a fact carries: its citations, any conflicting claims, and the maintainers' note. */
export interface Evidence {
  readonly citations: readonly Citation[];
  readonly conflicts?: readonly Conflict[];
  readonly note?: string;
}

/** A fact's sources, folded: quotes with links, disagreeing sources, and the maintainers' note. */
export function sources(record: Evidence, what = "Sources"): HTMLElement {
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
