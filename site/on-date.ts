/** "On a date": the areas run independently on the chosen day, counted as `summaryOn` counts them. */
import {
  dateInWords,
  getArea,
  getOrganisation,
  judgementOn,
  judgementsOn,
  nameOn,
  servicesOn,
  summaryOn,
  type JudgedShare,
  type Service,
} from "../scripts/package.js";
import { $, el, plural, time, type Child } from "./dom.js";
import { latestJudgement } from "./judgements.js";
import { sources } from "./sources.js";
import { areaLink, dateInput, dateProblem, RANGE, searchLink } from "./state.js";

const cell = (label: string, attrs: Record<string, string>, ...children: Child[]) => el("td", { role: "cell", "data-label": label, ...attrs }, ...children);

function row(s: Service, day: string): HTMLElement {
  const area = getArea(s.area);
  return el(
    "tr",
    { role: "row", "data-area": area.id, "data-service": s.id },
    el("th", { scope: "row", role: "rowheader" }, areaLink(area)),
    cell("ONS code", { class: "code" }, area.gss),
    cell("DfE", { class: "code" }, String(area.dfe)),
    cell("Operator", { class: "operator" }, searchLink(nameOn(s.operator, day), getOrganisation(s.operator).name), " ", sources(s)),
    cell("Since", { class: "date-cell" }, time(s.start)),
    cell("Ofsted", { class: "judgement" }, latestJudgement(judgementOn(area.id, day))),
  );
}

/** A group's share of good or outstanding judgements, with how many areas it rests on; no share when most have no grade. */
function shareWords(j: JudgedShare, group: string): string {
  const pct = `${Math.round(j.share)}%`;
  if (!j.judged) return `none of the ${plural(j.areas, `${group} area`)} had an overall grade in the data`;
  const counts = `${j.goodOrBetter} of the ${j.judged} ${group} areas with an overall grade were good or outstanding`;
  return j.comparable
    ? `${counts} (${pct}; ${j.judged} of ${j.areas} areas graded)`
    : `${counts}, but only ${j.judged} of ${j.areas} areas have a grade in the data, too few to compare`;
}

/** Shows the chosen date's answer: the count, the table, the judgements, and what is only possible. */
export function showDate(): void {
  const value = dateInput.value;
  const tbody = $("list").querySelector("tbody")!;
  tbody.replaceChildren();
  $("judged").replaceChildren();
  $("possible-list").replaceChildren();
  const table = $("list");
  const problem = dateProblem(value);
  if (problem) {
    $("summary").textContent = problem;
    table.hidden = true;
    return;
  }
  const day = value;
  const summary = summaryOn(day);
  const rows = [...servicesOn(day)].sort((a, b) => getArea(a.area).name.localeCompare(getArea(b.area).name));
  const n = summary.independent;
  $("summary").textContent = n
    ? `${n} of ${summary.authorities} areas had independently run children's services on ${dateInWords(day)} (${summary.share.toFixed(1)}%), run by ${plural(summary.operators, "operator")}.`
    : `None of the ${summary.authorities} areas had independently run children's services on ${dateInWords(day)}, as far as the sources say.`;
  table.hidden = rows.length === 0;
  tbody.append(...rows.map((s) => row(s, day)));

  const { independent, others } = judgementsOn(day);
  $("judged").textContent =
    `Latest overall Ofsted judgement published by then: ${shareWords(independent, "independently run")}; ${shareWords(others, "other")}. ` +
    "Areas with no graded report in the data are left out. A comparison, not a cause.";

  const possible = servicesOn(day, { possible: true }).filter((s) => !rows.includes(s));
  if (possible.length) {
    $("possible-list").append(
      el("h3", {}, "Possibly also on this day (not counted)"),
      el(
        "ul",
        {},
        possible.map((s) =>
          el(
            "li",
            { "data-service": s.id, class: "possible" },
            areaLink(getArea(s.area)),
            `: ${nameOn(s.operator, day)}, from `,
            time(s.start),
            s.end && [" to ", time(s.end)],
            " ",
            sources(s),
          ),
        ),
      ),
    );
  }
}

export { RANGE };
