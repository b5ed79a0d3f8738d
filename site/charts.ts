/**
 * Small line charts of an area's DfE figures (SVG, readable without colour): the area's figure as a
 * solid line with dots, its statistical neighbours' median dashed, England's dotted, and the
 * periods wholly during an arrangement hatched. Each chart is the library's `compare` answer drawn.
 */
import { compare, getMeasure, type Comparison, type MeasureId } from "../scripts/package.js";
import { el } from "./dom.js";

/** The measures charted for an area: the families the README's table compares. */
export const CHART_MEASURES: readonly MeasureId[] = [
  "spending-cyp-gross-per-child",
  "workforce-agency-rate",
  "workforce-turnover-rate",
  "demand-children-in-need-rate",
];

const SVG = "http://www.w3.org/2000/svg";
const W = 300;
const H = 120;
const PAD = { left: 40, right: 8, top: 8, bottom: 22 };

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

/** A short label of a period: "2019/20" as it is, a date as its year. */
const periodLabel = (p: string) => (p.includes("/") ? p : p.slice(0, 4));

/** One chart, or nothing when the area has no figure for the measure. */
export function chart(c: Comparison): HTMLElement | undefined {
  const rows = c.rows;
  const values = rows.flatMap((r) => [r.value, r.neighboursMedian, r.england]).filter((v): v is number => v !== null);
  if (!rows.some((r) => r.value !== null) || !values.length) return undefined;
  const m = getMeasure(c.measure);
  const [lo, hi] = [Math.min(0, ...values), Math.max(...values)];
  const x = (i: number) => PAD.left + (rows.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (rows.length - 1));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - lo) / (hi - lo || 1));
  const step = rows.length > 1 ? x(1) - x(0) : W - PAD.left - PAD.right;
  const line = (pick: (r: (typeof rows)[number]) => number | null, cls: string) => {
    // A gap where a figure is missing: the line breaks there, it never drops to zero.
    const parts: string[] = [];
    let pen = "M";
    rows.forEach((r, i) => {
      const v = pick(r);
      if (v === null) pen = "M";
      else {
        parts.push(`${pen}${x(i).toFixed(1)},${y(v).toFixed(1)}`);
        pen = "L";
      }
    });
    return svg("path", { class: cls, d: parts.join(" "), fill: "none" });
  };
  const during = rows.map((r, i) => [r, i] as const).filter(([r]) => r.phase === "during");
  const title = `${m.name}, ${m.unit}`;
  const figure = svg(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title, class: "chart", "data-measure": c.measure },
    svg("title", {}, title),
    svg(
      "defs",
      {},
      svg(
        "pattern",
        { id: `hatch-${c.measure}`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, class: "hatch-line" }),
      ),
    ),
    ...during.map(([r, i]) =>
      svg("rect", {
        class: "during",
        "data-period": r.period,
        x: (x(i) - step / 2).toFixed(1),
        y: PAD.top,
        width: step.toFixed(1),
        height: H - PAD.top - PAD.bottom,
        fill: `url(#hatch-${c.measure})`,
      }),
    ),
    svg("text", { x: PAD.left - 4, y: PAD.top + 4, class: "axis", "text-anchor": "end" }, hi.toLocaleString("en-GB", { maximumFractionDigits: 0 })),
    svg("text", { x: PAD.left - 4, y: H - PAD.bottom, class: "axis", "text-anchor": "end" }, lo.toLocaleString("en-GB", { maximumFractionDigits: 0 })),
    svg("text", { x: PAD.left, y: H - 6, class: "axis" }, periodLabel(rows[0]!.period)),
    svg("text", { x: W - PAD.right, y: H - 6, class: "axis", "text-anchor": "end" }, periodLabel(rows.at(-1)!.period)),
    line((r) => r.england, "england"),
    line((r) => r.neighboursMedian, "neighbours"),
    line((r) => r.value, "area"),
    ...rows.flatMap((r, i) =>
      r.value === null ? [] : [svg("circle", { class: "point", cx: x(i).toFixed(1), cy: y(r.value).toFixed(1), r: 2.5, "data-period": r.period })],
    ),
  );
  return el("figure", { class: "chart-box" }, figure, el("figcaption", {}, title));
}

/** The charts of an area's figures, with their key, or nothing when the data has none for it. */
export function charts(area: Parameters<typeof compare>[0]): HTMLElement | undefined {
  const drawn = CHART_MEASURES.map((id) => chart(compare(area, id))).filter((c) => c !== undefined);
  if (!drawn.length) return undefined;
  return el(
    "div",
    { class: "charts" },
    el(
      "p",
      { class: "hint" },
      "Solid line and dots: the area. Dashed: its ten statistical neighbours' median. Dotted: England. Hatched: years run by a trust or company. Money in nominal pounds. A comparison, not a cause.",
    ),
    drawn,
  );
}
