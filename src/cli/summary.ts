/** `summary <date>`: how many areas were run independently, and how Ofsted judged them. */
import { asOf, dateNotes, judgementsOn, SCOPE_START, summaryOn, type JudgedShare } from "../for-cli.js";
import type { ParsedArguments } from "./args.js";
import { dateOf, flag, POSSIBLE, row, type Command } from "./common.js";
import type { Answer, Column, Value } from "./output.js";

const percent = (key: string) => (v: Readonly<Record<string, Value>>) => `${(v[key] as number).toFixed(1)}%`;

/** One group's columns: the library's field names, as paths (JSON nests them; CSV joins them with "_"). */
const groupColumns = (group: "independent" | "others", words: string): Column[] => [
  { key: `judgements.${group}.areas`, label: `${words}: areas` },
  { key: `judgements.${group}.judged`, label: `${words}: judged by Ofsted` },
  { key: `judgements.${group}.goodOrBetter`, label: `${words}: good or outstanding` },
  {
    key: `judgements.${group}.share`,
    label: `${words}: share good or outstanding`,
    show: (v) =>
      `${percent(`judgements.${group}.share`)(v)} of ${v[`judgements.${group}.judged`]} judged${v[`judgements.${group}.comparable`] ? "" : " (not comparable: most have no grade)"}`,
  },
  { key: `judgements.${group}.comparable`, table: "none" },
];

const SUMMARY_COLUMNS: readonly Column[] = [
  { key: "date" },
  { key: "authorities", label: "local authorities" },
  { key: "independent", label: "run independently" },
  { key: "operators", label: "operators running them" },
  { key: "share", label: "share run independently", show: percent("share") },
  ...groupColumns("independent", "run independently"),
  ...groupColumns("others", "run by their council"),
];

const group = (name: string, j: JudgedShare) => ({
  [`judgements.${name}.areas`]: j.areas,
  [`judgements.${name}.judged`]: j.judged,
  [`judgements.${name}.goodOrBetter`]: j.goodOrBetter,
  [`judgements.${name}.share`]: j.share,
  [`judgements.${name}.comparable`]: j.comparable,
});

function summaryAnswer(input: ParsedArguments): Answer {
  const date = dateOf(input.argument);
  // The library refuses a date that begins before the scope (a RangeError: exit 2, its message).
  const s = summaryOn(date, { possible: flag(input, "possible") });
  const j = judgementsOn(date, { possible: flag(input, "possible") });
  const values = {
    date,
    authorities: s.authorities,
    independent: s.independent,
    operators: s.operators,
    share: s.share,
    ...group("independent", j.independent),
    ...group("others", j.others),
  };
  const notComparable = (["independent", "others"] as const).filter((g) => !j[g].comparable);
  return {
    listings: [{ key: "summary", noun: ["summary", "summaries"], columns: SUMMARY_COLUMNS, rows: [row(values)], record: true }],
    notes: [
      ...dateNotes(date, asOf),
      ...notComparable.map(
        (g) =>
          `${g === "independent" ? "of the areas run independently" : "of the areas run by their council"}, only ${j[g].judged} of ${j[g].areas} had an overall grade in the data: that share is not comparable`,
      ),
    ],
  };
}

/** The `summary` command. */
export const SUMMARY: Command = {
  name: "summary",
  argument: { label: "<date>" },
  options: [POSSIBLE],
  summary: "how many areas were run independently on a date, and how Ofsted judged them",
  help: `On <date>: the local authorities, how many had their children's services run independently, by how many operators, and that share; then, for those areas and for the rest, how many had an Ofsted judgement by then and how many of those were good or outstanding, with how many areas each share rests on. A share resting on half of its areas or fewer is marked not comparable.

A comparison, not a cause. The data's scope begins on ${SCOPE_START}: a date that begins earlier is an error.`,
  example: "summary 2024-09-24",
  answer: summaryAnswer,
};
