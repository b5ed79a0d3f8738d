/** The timeline picture's facts as text, and the download links of every collection. */
import { areas, services, getArea, nameOn, timeline, version } from "../scripts/package.js";
import { $, el, span } from "./dom.js";
import { keyDateItem } from "./search.js";

/** Lists every arrangement, and the plans that never launched. */
export function timelineText(): void {
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

/** The collections offered for download, by file name, as the page labels them. */
const FILES: readonly [string, string][] = [
  ["services", "Arrangements (services)"],
  ["areas", "Areas"],
  ["organisations", "Organisations"],
  ["people", "People"],
  ["office-holders", "Office-holders"],
  ["key-dates", "Key dates"],
  ["budgets", "Budgets"],
  ["governance", "Governance"],
  ["inspections", "Ofsted inspections"],
  ["neighbours", "Statistical neighbours"],
  ["sources", "Sources"],
];

/** Whether this version has been published to npm: "0.0.0" is the version before the first release. */
export const published = () => version !== "0.0.0";

/**
 * Where a data file lives: the npm package of exactly this version on unpkg.com, so a link never
 * changes under its reader; before the first release, the repository's own build (dist/, written by
 * `npm run build`), next to this page.
 */
export const fileAddress = (path: string) => (published() ? `https://unpkg.com/childrens-services-trusts@${version}/dist/${path}` : `../dist/${path}`);

/** The download links, and where they point. */
export function downloads(): void {
  $("downloads-where").textContent = published()
    ? `From version ${version} of the npm package on unpkg.com, the same version as this page, so the files match what it shows.`
    : "This version is not yet published to npm: the files are the repository's own build, in dist/ next to this page's folder (run npm run build first). After the first release these links point at the published version on unpkg.com.";
  $("downloads").replaceChildren(
    ...FILES.map(([file, label]) =>
      el(
        "li",
        { "data-file": file },
        el("span", {}, label),
        " ",
        el("a", { href: fileAddress(`csv/${file}.csv`) }, "CSV"),
        " ",
        el("a", { href: fileAddress(`data/${file}.json`) }, "JSON"),
      ),
    ),
  );
}
