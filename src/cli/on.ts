/** `on <date>`: the areas run independently on a date. */
import { asOf, certaintyOn, dateNotes, getArea, lastConfirmed, nameOn, servicesOn } from "../for-cli.js";
import type { ParsedArguments } from "./args.js";
import { dateOf, flag, legendFor, listing, POSSIBLE, row, SOURCES, widerNote, type Command } from "./common.js";
import type { Answer, Column } from "./output.js";

const ON_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "area", table: "none" },
  { key: "areaName", label: "area" },
  { key: "areaGss", label: "ons" },
  { key: "areaDfe", label: "dfe" },
  { key: "operator", table: "none" },
  { key: "operatorName", label: "operator" },
  { key: "start", label: "since" },
  { key: "certainty" },
  // In JSON and CSV only: the table keeps to 100 columns.
  { key: "lastConfirmed", table: "none" },
];

function onAnswer(input: ParsedArguments): Answer {
  const date = dateOf(input.argument);
  const possible = flag(input, "possible");
  const shown = servicesOn(date, { possible });
  const rows = shown.map((s) => {
    const area = getArea(s.area);
    const values = {
      id: s.id,
      area: area.id,
      areaName: area.name,
      areaGss: area.gss,
      areaDfe: area.dfe,
      operator: s.operator,
      // The name it had on the date asked about (a partial date: on its first day).
      operatorName: nameOn(s.operator, date),
      start: s.start,
      certainty: certaintyOn(s, date),
      lastConfirmed: lastConfirmed(s) ?? null,
    };
    return row(values, s);
  });
  const wider = possible ? [] : widerNote(shown.length, servicesOn(date, { possible: true }).length, date, ["area", "areas"]);
  return { listings: [listing("arrangements", ["area", "areas"], ON_COLUMNS, rows)], notes: [...dateNotes(date, asOf), ...wider], legend: legendFor(rows) };
}

/** The `on` command. */
export const ON: Command = {
  name: "on",
  argument: { label: "<date>" },
  options: [POSSIBLE, SOURCES],
  summary: "the areas run independently on a date, with operator and since when",
  help: `The areas whose children's services an independent trust or company ran on <date>: area, ONS code, DfE number, operator (named as it was on that date), since when, and how certain.

By default only arrangements certain on the whole of <date>, as the library's servicesOn; --possible adds those only possibly in force (a start known only to the month is possible on a day of that month). A date that begins before 2014-04-01, where the data's scope begins, is refused, as the library refuses it.`,
  example: "on 2020-11-08",
  answer: onAnswer,
};
