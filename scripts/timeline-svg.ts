/**
 * docs/timeline.svg: one row per area that has ever been run independently, a bar per arrangement
 * coloured by operator, partial dates drawn as a faded edge, and plans that never launched shown
 * apart. Written by `npm run generate`; a test keeps it in step with data/.
 */
import { periodOf } from "../src/dates.js";
import * as pkg from "../src/index.js";
import { asOf } from "../src/meta.js";

const WIDTH = 880;
const LABEL = 180;
const RIGHT = 16;
const ROW = 24;
const BAR = 14;
const TOP = 44;
// Colour-blind-safe palette (Okabe–Ito, then Tol's muted), one colour per operator in start order.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#117733", "#999933", "#6699CC", "#AA4499"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function timelineSvg(): string {
  const firstYear = 2014;
  const lastDay = periodOf(asOf).last;
  const lastYear = Number(asOf.slice(0, 4)) + 1;
  const t0 = periodOf(String(firstYear)).first;
  const t1 = periodOf(String(lastYear)).first;
  const x = (day: number) => LABEL + ((day - t0) / (t1 - t0)) * (WIDTH - LABEL - RIGHT);

  const services = [...pkg.services].sort((a, b) => pkg.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area));
  const areaIds = [...new Set(services.map((s) => s.area))];
  const operators = [...new Set(services.map((s) => s.operator))];
  const colour = new Map(operators.map((o, i) => [o, PALETTE[i % PALETTE.length]!]));
  // Plans that never launched: a cancelled key date about an area with no arrangement at all.
  const plans = pkg.keyDates.filter((k) => k.status === "cancelled" && k.subjects.some((s) => pkg.areas.some((a) => a.id === s) && !areaIds.includes(s as never)));

  const plannedTop = TOP + areaIds.length * ROW + 30;
  const legendTop = plannedTop + plans.length * ROW + 26;
  const legendRows = Math.ceil(operators.length / 3);
  const height = legendTop + legendRows * 20 + 34;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="12" role="img" aria-labelledby="title desc">`);
  out.push(`<title id="title">England's independently run children's services, ${firstYear} to ${asOf.slice(0, 4)}</title>`);
  out.push(`<desc id="desc">One row per council area; each bar is the period an independent trust or company ran its children's services, coloured by operator. Faded edges mark dates known only to the month. Data as of ${asOf}.</desc>`);
  out.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${LABEL}" y="18" font-size="14" font-weight="600" fill="#222">Independently run children's services in England, ${firstYear}–${asOf.slice(0, 4)}</text>`);

  // Gradients for faded edges: one per operator and direction.
  out.push("<defs>");
  for (const [o, c] of colour) {
    out.push(`<linearGradient id="in-${o}"><stop offset="0" stop-color="${c}" stop-opacity="0"/><stop offset="1" stop-color="${c}"/></linearGradient>`);
    out.push(`<linearGradient id="out-${o}"><stop offset="0" stop-color="${c}"/><stop offset="1" stop-color="${c}" stop-opacity="0"/></linearGradient>`);
  }
  out.push("</defs>");

  // Year grid.
  for (let y = firstYear; y <= lastYear; y++) {
    const gx = fmt(x(periodOf(String(y)).first));
    out.push(`<line x1="${gx}" y1="${TOP - 8}" x2="${gx}" y2="${plannedTop + plans.length * ROW - 6}" stroke="#e3e3e3"/>`);
    if (y < lastYear) out.push(`<text x="${fmt(x(periodOf(String(y)).first) + 3)}" y="${TOP - 12}" fill="#666" font-size="11">${y}</text>`);
  }
  const nowX = fmt(x(lastDay));
  out.push(`<line x1="${nowX}" y1="${TOP - 8}" x2="${nowX}" y2="${TOP + areaIds.length * ROW - 6}" stroke="#888" stroke-dasharray="2 3"/>`);
  out.push(`<text x="${nowX}" y="${TOP + areaIds.length * ROW + 8}" fill="#666" font-size="10" text-anchor="end">data as of ${asOf}</text>`);

  areaIds.forEach((areaId, row) => {
    const y = TOP + row * ROW;
    out.push(`<text x="${LABEL - 8}" y="${y + BAR - 3}" text-anchor="end" fill="#222">${esc(pkg.getArea(areaId).name)}</text>`);
    for (const s of services.filter((v) => v.area === areaId)) {
      const start = periodOf(s.start);
      const end = s.end ? periodOf(s.end) : { first: lastDay, last: lastDay };
      const c = colour.get(s.operator)!;
      const solidFrom = x(start.last);
      const solidTo = x(end.first);
      const name = pkg.nameOn(s.operator, s.start);
      out.push(`<g><title>${esc(`${pkg.getArea(areaId).name}: ${name}, ${s.start} to ${s.end ?? "today"}`)}</title>`);
      if (start.first !== start.last) out.push(`<rect x="${fmt(x(start.first))}" y="${y}" width="${fmt(solidFrom - x(start.first))}" height="${BAR}" fill="url(#in-${s.operator})"/>`);
      out.push(`<rect x="${fmt(solidFrom)}" y="${y}" width="${fmt(Math.max(1, solidTo - solidFrom))}" height="${BAR}" fill="${c}"/>`);
      if (end.first !== end.last) out.push(`<rect x="${fmt(solidTo)}" y="${y}" width="${fmt(x(end.last) - solidTo)}" height="${BAR}" fill="url(#out-${s.operator})"/>`);
      if (!s.end) out.push(`<path d="M${fmt(solidTo)} ${y} l6 ${BAR / 2} l-6 ${BAR / 2} z" fill="${c}"/>`);
      out.push("</g>");
    }
  });

  out.push(`<text x="${LABEL}" y="${plannedTop - 10}" fill="#444" font-size="12" font-weight="600">Planned, never launched</text>`);
  plans.forEach((k, row) => {
    const y = plannedTop + row * ROW;
    const area = pkg.areas.find((a) => k.subjects.includes(a.id))!;
    const px = x(periodOf(k.date).first);
    out.push(`<text x="${LABEL - 8}" y="${y + BAR - 3}" text-anchor="end" fill="#222">${esc(area.name)}</text>`);
    // A hollow dashed diamond at the planned start: a date, not a period that happened.
    const h = BAR / 2;
    out.push(`<g><title>${esc(`${k.title} (${k.date}): ${k.status}`)}</title><path d="M${fmt(px)} ${y} l${h} ${h} l${-h} ${h} l${-h} ${-h} z" fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="3 2"/></g>`);
    out.push(`<text x="${fmt(px - h - 6)}" y="${y + BAR - 3}" text-anchor="end" fill="#555" font-size="11">${esc(`children's trust: planned start ${k.date}, ${k.status}`)}</text>`);
  });

  operators.forEach((o, i) => {
    const lx = LABEL + (i % 3) * 230;
    const ly = legendTop + Math.floor(i / 3) * 20;
    out.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${colour.get(o)}"/><text x="${lx + 17}" y="${ly + 10}" fill="#222" font-size="11">${esc(pkg.getOrganisation(o).name)}</text>`);
  });
  const noteY = legendTop + legendRows * 20 + 14;
  out.push(`<rect x="${LABEL}" y="${noteY - 9}" width="24" height="10" fill="url(#in-${operators[0]})"/><text x="${LABEL + 30}" y="${noteY}" fill="#555" font-size="11">faded edge: date known only to the month   ▶ still running, as far as the sources say</text>`);
  out.push("</svg>");
  return out.join("\n") + "\n";
}
