/** `indicators <area> [--measure M]` and `compare <area> --measure M`: the DfE's figures, the library's indicatorsFor and compare. */
import { compare, indicatorsFor, measures, type Measure } from "../for-cli.js";
import { UsageError, type OptionSpec, type ParsedArguments } from "./args.js";
import { areaOf, found, listing, q, row, textOption, type Command } from "./common.js";
import type { Answer, Column } from "./output.js";

const MEASURE: OptionSpec = { name: "measure", value: "<measure>", description: "a measure's id, e.g. workforce-agency-rate" };

/** The measure an option names, or "not found" naming the ids. */
function measureOf(id: string): Measure {
  return found(
    measures.find((m) => m.id === id),
    `unknown measure ${q(id)}: one of ${measures.map((m) => m.id).join(", ")}`,
  );
}

const INDICATOR_COLUMNS: readonly Column[] = [
  { key: "measure" },
  { key: "period" },
  { key: "value" },
  { key: "unit" },
  { key: "reason", label: "why none" },
  { key: "joint", label: "joint return with" },
  { key: "source", table: "none" },
];

function indicatorsAnswer(input: ParsedArguments): Answer {
  const area = areaOf(input.argument);
  const id = textOption(input, "measure");
  const measure = id === undefined ? undefined : measureOf(id);
  const unit = new Map(measures.map((m) => [m.id, m.unit]));
  const rows = indicatorsFor(area.id, measure?.id).map((r) =>
    row({
      measure: r.measure,
      period: r.period,
      value: r.value,
      unit: unit.get(r.measure)!,
      reason: r.reason ?? null,
      joint: r.joint?.filter((a) => a !== area.id).join("; ") ?? null,
      source: r.source,
    }),
  );
  return {
    listings: [listing("indicators", ["figure", "figures"], INDICATOR_COLUMNS, rows, `${area.name}: the DfE's figures`)],
    notes: ["Money is nominal pounds."],
  };
}

/** The `indicators` command. */
export const INDICATORS: Command = {
  name: "indicators",
  argument: { label: "<area>", words: true },
  options: [MEASURE],
  summary: "an area's yearly figures from the DfE: spending, workforce, demand, practice",
  help: "The DfE's figures for an area, every measure or one (as the library's indicatorsFor): spending (nominal pounds, and per child), social work workforce, demand and practice, care leavers, adoption. A missing figure says why, never zero; a joint return names the other area.",
  example: "indicators Doncaster --measure workforce-agency-rate",
  answer: indicatorsAnswer,
};

const COMPARE_COLUMNS: readonly Column[] = [
  { key: "period" },
  { key: "value" },
  { key: "neighboursMedian", label: "neighbours' median" },
  { key: "neighboursWithValue", label: "neighbours with a figure" },
  { key: "england" },
  { key: "phase", label: "arrangement" },
];

function compareAnswer(input: ParsedArguments): Answer {
  const area = areaOf(input.argument);
  const id = textOption(input, "measure");
  if (id === undefined) throw new UsageError("compare needs --measure <measure>, e.g. --measure workforce-agency-rate");
  const measure = measureOf(id);
  const c = compare(area.id, measure.id);
  const rows = c.rows.map((r) =>
    row({
      period: r.period,
      value: r.value,
      neighboursMedian: r.neighboursMedian,
      neighboursWithValue: r.neighboursWithValue,
      england: r.england,
      phase: r.phase ?? "no arrangement",
    }),
  );
  return {
    listings: [listing("comparison", ["period", "periods"], COMPARE_COLUMNS, rows, `${area.name}: ${measure.name} (${measure.unit})`)],
    notes: [
      `Beside the median of its ${c.neighbours.length} statistical neighbours (the DfE's list of today) and England. A comparison, not a cause.`,
      ...(measure.unit.startsWith("GBP") ? ["Money is nominal pounds."] : []),
    ],
  };
}

/** The `compare` command. */
export const COMPARE: Command = {
  name: "compare",
  argument: { label: "<area>", words: true },
  options: [MEASURE],
  summary: "an area's figures beside its neighbours' median and England's, before, during and after",
  help: "For each period of a measure: the area's figure, its ten statistical neighbours' median (and how many had a figure), England's, and whether the period was before, during or after the area's arrangements (as the library's compare).",
  example: "compare Doncaster --measure workforce-agency-rate",
  answer: compareAnswer,
};
