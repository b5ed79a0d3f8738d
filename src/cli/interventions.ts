/** `interventions [area | date]`: notices, directions and commissioners, the library's interventionsFor and underInterventionOn. */
import { findArea, getArea, interventionsFor, interventions, isPartialDate, underInterventionOn, type Intervention } from "../for-cli.js";
import type { ParsedArguments } from "./args.js";
import { areaOf, flag, listing, POSSIBLE, row, SOURCES, type Command } from "./common.js";
import type { Answer, Column } from "./output.js";

const COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "areaName", label: "council" },
  { key: "kind" },
  { key: "start" },
  { key: "seen" },
  { key: "end" },
  { key: "endedBy", label: "ended by" },
  { key: "ending" },
  { key: "commissioner" },
  { key: "outcome" },
  { key: "certainty" },
];

const rowOf = (i: Intervention, certainty?: string) =>
  row(
    {
      id: i.id,
      areaName: getArea(i.area).name,
      kind: i.kind,
      start: i.start ?? null,
      seen: i.seen?.join(" ") ?? null,
      end: i.end ?? null,
      endedBy: i.endedBy ?? null,
      ending: i.ending ?? null,
      commissioner: i.commissioner ?? null,
      outcome: i.outcome ?? i.recommendation ?? null,
      certainty: certainty ?? null,
    },
    i,
  );

/** The answer: one listing of rows, with notes when there are any. */
const answer = (rows: readonly ReturnType<typeof rowOf>[], notes?: string[]): Answer => ({
  listings: [listing("interventions", ["intervention", "interventions"], COLUMNS, rows)],
  ...(notes && { notes }),
});

function interventionsAnswer(input: ParsedArguments): Answer {
  const arg = input.argument;
  if (arg === "") return answer(interventions.map((i) => rowOf(i)));
  // A date (YYYY, YYYY-MM or YYYY-MM-DD) asks who was under one then; anything else names a council.
  if (isPartialDate(arg) && !findArea(arg)) {
    const on = underInterventionOn(arg, { possible: flag(input, "possible") });
    return answer(
      on.map((u) => rowOf(u.intervention, u.certainty)),
      ["An intervention with no recorded end is only possibly in force after its start: add --possible to list those."],
    );
  }
  return answer(interventionsFor(areaOf(arg).id).map((i) => rowOf(i)));
}

/** The `interventions` command. */
export const INTERVENTIONS: Command = {
  name: "interventions",
  argument: { label: "[<area> | <date>]", words: true, optional: true },
  options: [POSSIBLE, SOURCES],
  summary: "improvement notices, statutory directions and commissioners: a council's, or those in force on a date",
  help: "Every improvement notice, statutory direction and commissioner since 2010 that a source records: all of them, a council's (as the library's interventionsFor), or those in force on a date (as underInterventionOn; with --possible, also those whose dates leave it open).",
  example: "interventions 2016-06-01",
  answer: interventionsAnswer,
};
