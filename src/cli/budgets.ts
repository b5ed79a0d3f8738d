/** `budgets <area | organisation>`: money and budget-share figures, the library's budgetsFor. */
import { budgetsFor, findArea, findOrganisation, findPerson, money } from "../for-cli.js";
import type { ParsedArguments } from "./args.js";
import { found, listing, q, row, SOURCES, type Command } from "./common.js";
import type { Answer, Column } from "./output.js";

const BUDGET_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "subject", table: "none" },
  { key: "subjectName", label: "whose" },
  { key: "period" },
  { key: "value", show: (v) => money({ value: v.value as number, unit: v.unit as "GBP" }, false) },
  { key: "unit", table: "none" },
  { key: "qualifier" },
  { key: "description" },
];

function budgetsAnswer(input: ParsedArguments): Answer {
  const subject = found(
    findArea(input.argument) ?? findOrganisation(input.argument),
    `unknown area or organisation ${q(input.argument)}: give a name or an id`,
  );
  // The same question as the library's: an area's figures include its council's and its operators'.
  const rows = budgetsFor(subject.id).map((b) =>
    row(
      {
        id: b.id,
        subject: b.subject,
        subjectName: (findArea(b.subject) ?? findOrganisation(b.subject) ?? findPerson(b.subject))?.name ?? b.subject,
        period: b.period ?? null,
        value: b.value,
        unit: b.unit,
        qualifier: b.qualifier ?? null,
        description: b.description,
      },
      b,
    ),
  );
  return { listings: [listing("budgets", ["figure", "figures"], BUDGET_COLUMNS, rows)] };
}

/** The `budgets` command. */
export const BUDGETS: Command = {
  name: "budgets",
  argument: { label: "<area | organisation>", words: true },
  options: [SOURCES],
  summary: "the money and budget-share figures the sources give",
  help: "The money and budget-share figures about an organisation, or about an area: the area, its council and the operators that ran its services (as the library's budgetsFor). Money in whole pounds, shares in percent, with the source's hedge (about, more than, in the region of).",
  example: `budgets "Northamptonshire Children's Trust"`,
  answer: budgetsAnswer,
};
