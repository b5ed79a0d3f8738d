/** `timeline`: key dates and each arrangement's start and last day, in order. */
import { asOf, dateNotes, KEY_DATE_STATUSES, timeline } from "../for-cli.js";
import { UsageError, type ParsedArguments } from "./args.js";
import { dateOption, listing, q, row, SOURCES, subjectOf, textOption, type Command } from "./common.js";
import type { Answer, Column } from "./output.js";

/** The statuses the timeline has (of the package's KEY_DATE_STATUSES), alphabetical. */
const statuses = () => KEY_DATE_STATUSES.filter((s) => timeline({ status: s }).length > 0).sort();

function statusOf(value: string) {
  const status = statuses().find((s) => s === value.trim().toLowerCase());
  if (!status) throw new UsageError(`unknown status ${q(value)}: expected one of ${statuses().join(", ")}`);
  return status;
}

const TIMELINE_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "date" },
  { key: "status" },
  { key: "title", label: "event" },
  { key: "subjects", table: "none" },
];

function timelineAnswer(input: ParsedArguments): Answer {
  const [from, to] = [dateOption(input, "from"), dateOption(input, "to")];
  const [subject, status] = [textOption(input, "subject"), textOption(input, "status")];
  const entries = timeline({
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(subject !== undefined && { subject: subjectOf(subject) }),
    ...(status !== undefined && { status: statusOf(status) }),
  });
  const rows = entries.map((e) => row({ id: e.record.id, date: e.date, status: e.status, title: e.title, subjects: e.subjects }, e));
  const notes = [from, to].flatMap((d) => (d === undefined ? [] : dateNotes(d, asOf)));
  return { listings: [listing("timeline", ["event", "events"], TIMELINE_COLUMNS, rows)], notes };
}

/** The `timeline` command. */
export const TIMELINE: Command = {
  name: "timeline",
  options: [
    { name: "from", value: "<date>", description: "only events that may fall on or after the date" },
    { name: "to", value: "<date>", description: "only events that may fall on or before the date" },
    { name: "subject", value: "<name | id>", description: "only events about this area, organisation or person" },
    { name: "status", value: "<status>", description: "only events with this status: happened, planned, postponed, ..." },
    SOURCES,
  ],
  summary: "key dates and each arrangement's start and last day, in order",
  help: "Key dates, and each arrangement's first and last day, in date order. Plans that did not happen as planned keep their status (postponed, superseded, cancelled).",
  example: "timeline --subject northamptonshire-childrens-trust --from 2020",
  answer: timelineAnswer,
};
