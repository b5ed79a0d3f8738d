/**
 * docs/timeline.svg: one row per area that has ever been run independently. Each arrangement is a
 * bar labelled with its operator (the name it had then) and its first and last day, so operators
 * are told apart without colour; each published Ofsted inspection is a marker under the bar,
 * coloured and lettered by its overall judgement; a thin hatched stripe over the bar marks the
 * council's statutory directions (dashed open where no end is recorded). Plans that never launched
 * are shown apart; the year axis is at the bottom. Written by `npm run generate`; a test keeps it in step with data/.
 */
import { periodOf } from "../src/dates.js";
import * as pkg from "./package.js";
import { inspectionsFor } from "../src/inspections.js";
import { firstDateOf, interventionsFor } from "../src/interventions.js";
import { asOf } from "../src/meta.js";

const WIDTH = 1000;
const LABEL = 190;
const RIGHT = 20;
const ROW = 56;
const BAR = 18;
const TOP = 56;
const FIRST_YEAR = 2012; // two years before the list begins, so the judgements before the first trusts show
// Colour-blind-safe palette (Okabe–Ito, then Tol's muted), one colour per operator in start order.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#117733", "#999933", "#6699CC", "#AA4499"];
// Ofsted grades: colour and the package's one-letter mark (GRADE_LABELS), so the marker reads without colour too.
const GRADES = (
  [
    ["outstanding", "#1a7837", "#ffffff"],
    ["good", "#7fbf7b", "#000000"],
    ["requires improvement", "#f1a340", "#000000"],
    ["inadequate", "#b2182b", "#ffffff"],
  ] as const
).map(([g, fill, text]) => [g, pkg.GRADE_LABELS[g].letter, fill, text] as const);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fmt = (n: number) => String(Math.round(n * 10) / 10);
// Width of text at 11px in a sans-serif face, near enough to decide where a label fits.
const textWidth = (s: string, size = 11) => s.length * size * 0.56;
/** Black or white text, whichever reads better on a fill colour. */
const ink = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.45 ? "#000000" : "#ffffff";
};

export function timelineSvg(): string {
  const lastDay = periodOf(asOf).last;
  const lastYear = Number(asOf.slice(0, 4)) + 1;
  const t0 = periodOf(String(FIRST_YEAR)).first;
  const t1 = periodOf(String(lastYear)).first;
  const x = (day: number) => LABEL + ((day - t0) / (t1 - t0)) * (WIDTH - LABEL - RIGHT);

  const services = [...pkg.services].sort((a, b) => pkg.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area));
  const areaIds = [...new Set(services.map((s) => s.area))];
  const operators = [...new Set(services.map((s) => s.operator))];
  const colour = new Map(operators.map((o, i) => [o, PALETTE[i % PALETTE.length]!]));
  // Plans that never launched: a cancelled key date about an area with no arrangement at all.
  const plans = pkg.keyDates.filter(
    (k) => k.status === "cancelled" && k.subjects.some((s) => pkg.areas.some((a) => a.id === s) && !areaIds.includes(s as never)),
  );
  const rows: { area: pkg.AreaId; plan?: (typeof plans)[number] }[] = [
    ...areaIds.map((area) => ({ area })),
    ...plans.map((plan) => ({ area: pkg.areas.find((a) => plan.subjects.includes(a.id))!.id, plan })),
  ];

  const rowsBottom = TOP + rows.length * ROW + (plans.length ? 24 : 0);
  const axisY = rowsBottom + 4;
  const legendTop = axisY + 40;
  const height = legendTop + 80;
  const rowY = (i: number) => TOP + i * ROW + (i >= areaIds.length ? 24 : 0);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="12" role="img" aria-labelledby="title desc">`,
  );
  out.push(`<title id="title">England's independently run children's services, 2014 to ${asOf.slice(0, 4)}, with Ofsted's judgements</title>`);
  out.push(
    `<desc id="desc">One row per council area. Each bar is the period an independent trust or company ran its children's services, labelled with the operator and its first and last day. A hatched stripe above the bar is a statutory direction to the council; where no end is recorded it is dashed and drawn to the next direction or to the data's date. Markers under the bar are Ofsted inspections, lettered by overall judgement: O outstanding, G good, R requires improvement, I inadequate, a hollow marker no overall judgement. Data as of ${asOf}.</desc>`,
  );
  out.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  // The directions' hatching: grey diagonal lines, so the stripe reads without colour.
  out.push(
    `<defs><pattern id="directed" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#555" stroke-width="2"/></pattern></defs>`,
  );
  out.push(
    `<text x="${LABEL}" y="22" font-size="15" font-weight="600" fill="#222">Independently run children's services in England, 2014–${asOf.slice(0, 4)}, and Ofsted's judgements</text>`,
  );

  // Year grid, with the axis labels at the bottom.
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    const gx = fmt(x(periodOf(String(y)).first));
    out.push(`<line x1="${gx}" y1="${TOP - 8}" x2="${gx}" y2="${axisY}" stroke="#e6e6e6"/>`);
    if (y < lastYear) out.push(`<text x="${fmt(x(periodOf(String(y)).first) + 3)}" y="${axisY + 16}" fill="#444" font-size="12">${y}</text>`);
  }
  out.push(`<line x1="${LABEL}" y1="${axisY}" x2="${WIDTH - RIGHT}" y2="${axisY}" stroke="#444"/>`);
  const scopeX = fmt(x(periodOf("2014-04-01").first));
  out.push(
    `<line x1="${scopeX}" y1="${TOP - 8}" x2="${scopeX}" y2="${axisY}" stroke="#888" stroke-dasharray="4 3"/><text x="${scopeX}" y="${TOP - 12}" fill="#555" font-size="10" text-anchor="middle">list begins 1 April 2014</text>`,
  );
  const nowX = fmt(x(lastDay));
  out.push(
    `<line x1="${nowX}" y1="${TOP - 8}" x2="${nowX}" y2="${axisY}" stroke="#888" stroke-dasharray="2 3"/><text x="${nowX}" y="${TOP - 12}" fill="#555" font-size="10" text-anchor="end">data as of ${asOf}</text>`,
  );

  rows.forEach(({ area: areaId, plan }, i) => {
    const y = rowY(i);
    const area = pkg.getArea(areaId);
    out.push(`<text x="${LABEL - 8}" y="${y + BAR - 4}" text-anchor="end" fill="#222" font-weight="600">${esc(area.name)}</text>`);
    if (plan) {
      const px = x(periodOf(plan.date).first);
      const h = BAR / 2;
      out.push(
        `<g><title>${esc(`${plan.title} (${plan.date}): ${plan.status}`)}</title><path d="M${fmt(px)} ${y} l${h} ${h} l${-h} ${h} l${-h} ${-h} z" fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="3 2"/></g>`,
      );
      const label = `children's trust planned to start ${plan.date}: ${plan.status}`;
      const fits = px + h + 6 + textWidth(label) <= WIDTH - RIGHT;
      out.push(
        `<text x="${fmt(fits ? px + h + 6 : px - h - 6)}" y="${y + BAR - 4}" fill="#333" font-size="11" text-anchor="${fits ? "start" : "end"}">${esc(label)}</text>`,
      );
    }
    // The council's statutory directions, in a stripe above the bar (clipped to the picture's span).
    // One with no recorded end is drawn dashed, to the next direction's issue or to the data's date.
    // A direction always has a date (the schema requires one).
    const directions = plan ? [] : interventionsFor(areaId).filter((v) => v.kind === "direction");
    const dateOf = (d: (typeof directions)[number]) => firstDateOf(d)!;
    directions.forEach((d, k) => {
      const next = directions[k + 1];
      const from = x(Math.max(t0, periodOf(dateOf(d)).first));
      // A former council's row stops where the council did.
      const open = next ? periodOf(dateOf(next)).first : area.end ? periodOf(area.end).last : lastDay;
      const to = x(d.end ? periodOf(d.end).last : open);
      if (to <= x(t0)) return;
      const tip = `${area.name}: statutory direction ${d.start ? "issued" : "in force on"} ${pkg.dateInWords(dateOf(d))}, ${d.end ? `${d.ending ?? "ended"} ${pkg.dateInWords(d.end)}` : "no end recorded"}`;
      out.push(
        `<g data-direction="${esc(d.id)}"><title>${esc(tip)}</title><rect x="${fmt(from)}" y="${y - 7}" width="${fmt(Math.max(2, to - from))}" height="5" fill="url(#directed)" stroke="#555" stroke-width="0.6"${d.end ? "" : ' stroke-dasharray="3 2" fill-opacity="0.5"'}/></g>`,
      );
    });
    for (const s of services.filter((v) => v.area === areaId)) {
      const from = x(periodOf(s.start).first);
      const to = s.end ? x(periodOf(s.end).last) : x(lastDay);
      const c = colour.get(s.operator)!;
      const name = pkg.nameOn(s.operator, s.start);
      const dates = `${s.start} – ${s.end ?? "running"}`;
      out.push(`<g><title>${esc(`${area.name}: ${name}, ${s.start} to ${s.end ?? "today"}`)}</title>`);
      out.push(`<rect x="${fmt(from)}" y="${y}" width="${fmt(Math.max(2, to - from))}" height="${BAR}" fill="${c}"/>`);
      if (!s.end) out.push(`<path d="M${fmt(to)} ${y} l7 ${BAR / 2} l-7 ${BAR / 2} z" fill="${c}"/>`);
      // The operator's name inside the bar where it fits, else beside it.
      const inside = textWidth(name) + 10 <= to - from;
      const after = to + (s.end ? 6 : 12);
      const [nameX, anchor] = inside ? [from + 5, "start"] : after + textWidth(name) <= WIDTH - RIGHT ? [after, "start"] : [from - 6, "end"];
      out.push(`<text x="${fmt(nameX)}" y="${y + BAR - 5}" fill="${inside ? ink(c) : "#222"}" font-size="11" text-anchor="${anchor}">${esc(name)}</text>`);
      // The first and last day under the bar, at its start.
      out.push(`<text x="${fmt(from)}" y="${y + BAR + 27}" fill="#333" font-size="10">${esc(dates)}</text>`);
      out.push("</g>");
    }
    // Ofsted's reports on the area, published within the picture's span.
    for (const ins of inspectionsFor(areaId)) {
      const day = periodOf(ins.published).first;
      // The package's one rule for "is this date inside the data?" (nothing after asOf), and the picture's left edge.
      if (day < t0 || pkg.dataReach(ins.published, asOf).afterAsOf === "is") continue;
      const cx = fmt(x(day));
      const cy = y + BAR + 9;
      const grade = GRADES.find(([g]) => g === ins.overall);
      const tip = `<title>${esc(`${area.name}: Ofsted report published ${pkg.dateInWords(ins.published)}, ${pkg.inspectionGrade(ins)} (${ins.framework})`)}</title>`;
      out.push(
        grade
          ? `<g>${tip}<circle cx="${cx}" cy="${cy}" r="6" fill="${grade[2]}" stroke="#333" stroke-width="0.5"/><text x="${cx}" y="${cy + 3}" text-anchor="middle" font-size="8" font-weight="700" fill="${grade[3]}">${grade[1]}</text></g>`
          : `<g>${tip}<circle cx="${cx}" cy="${cy}" r="5.5" fill="#ffffff" stroke="#555" stroke-width="1.2"/></g>`,
      );
    }
  });
  if (plans.length) out.push(`<text x="${LABEL}" y="${rowY(areaIds.length) - 8}" fill="#444" font-size="12" font-weight="600">Planned, never launched</text>`);

  // Legend: the judgement markers (the bars carry their own labels).
  let lx = LABEL;
  out.push(`<text x="${lx}" y="${legendTop}" fill="#222" font-size="11" font-weight="600">Ofsted's overall judgement, at the report's publication:</text>`);
  const ly = legendTop + 20;
  for (const [g, letter, fill, text] of GRADES) {
    out.push(
      `<circle cx="${lx + 6}" cy="${ly}" r="6" fill="${fill}" stroke="#333" stroke-width="0.5"/><text x="${lx + 6}" y="${ly + 3}" text-anchor="middle" font-size="8" font-weight="700" fill="${text}">${letter}</text><text x="${lx + 16}" y="${ly + 4}" fill="#222" font-size="11">${g}</text>`,
    );
    lx += 26 + textWidth(g);
  }
  out.push(
    `<circle cx="${lx + 6}" cy="${ly}" r="5.5" fill="#ffffff" stroke="#555" stroke-width="1.2"/><text x="${lx + 16}" y="${ly + 4}" fill="#222" font-size="11">no overall judgement (not read before 2018, or the 2026 framework)</text>`,
  );
  out.push(
    `<text x="${LABEL}" y="${ly + 26}" fill="#555" font-size="11">▶ still running, as far as the sources say. Bars are labelled with the operator's name at the time; each bar's first and last day are under it.</text>`,
  );
  out.push(
    `<rect x="${LABEL}" y="${ly + 36}" width="26" height="5" fill="url(#directed)" stroke="#555" stroke-width="0.6"/><text x="${LABEL + 32}" y="${ly + 42}" fill="#555" font-size="11">a statutory direction to the council in force; dashed where no end is recorded, drawn to the next direction or to the data's date</text>`,
  );
  out.push("</svg>");
  return out.join("\n") + "\n";
}
