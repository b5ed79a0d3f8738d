/** Ofsted's judgements on the page: an inspection in one line, an arrangement's before, during and after, the latest report by a date. */
import { getArea, inspectionGrade, outcomesOf, type Inspection, type Judgement, type Service } from "../scripts/package.js";
import { el, type Child } from "./dom.js";
import { time } from "./dom.js";
import { sources } from "./sources.js";

/** An inspection in one line: published, grade (the package's wording), framework, report link, sources. */
export function inspectionLine(i: Inspection, whose?: string): Child[] {
  return [
    time(i.published),
    " ",
    el("span", { class: `grade grade-${(i.overall ?? "none").replace(/ /g, "-")}` }, inspectionGrade(i)),
    ` (${i.framework}${whose ? `; ${whose}` : ""})`,
    i.report && [" · ", el("a", { href: i.report, rel: "noreferrer", class: "report" }, "Ofsted report")],
    " ",
    sources(i),
  ];
}

/** The latest overall judgement by a date, and beside it a newer report that gives no overall grade. */
export function latestJudgement(judgement: Judgement | undefined): Child[] | string {
  if (!judgement) return "None in the data by then";
  return [
    inspectionLine(judgement.inspection),
    judgement.latestReport && el("div", { class: "latest-report" }, "Latest report: ", inspectionLine(judgement.latestReport)),
  ];
}

/** An arrangement's judgements before, during and after it. */
export function outcomes(s: Service): HTMLElement {
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
