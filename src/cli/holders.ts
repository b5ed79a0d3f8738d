/** `holders`: who held which office, where and when. */
import {
  asOf,
  holdingCertaintyOn,
  holdingLastConfirmed,
  holdingUnconfirmedSince,
  confirmationWords,
  dateNotes,
  getOrganisation,
  getPerson,
  holdingTitle,
  officeHoldersOf,
  officeHoldersOn,
  ROLES,
  unconfirmedSince,
  type OfficeHolder,
  type OfficeHolderFilter,
  type Role,
} from "../for-cli.js";
import { UsageError, type ParsedArguments } from "./args.js";
import { dateOption, flag, legendFor, listing, organisationOf, personOf, POSSIBLE, q, row, SOURCES, textOption, widerNote, type Command } from "./common.js";
import type { Answer, Column, Row } from "./output.js";

/** The kinds of office someone in the data held (of the package's ROLES), alphabetical. */
const roles = (): Role[] => ROLES.filter((r) => officeHoldersOf({ role: r }).length > 0).sort();

/** A role as typed ("Chief Executive", "chief-executive"), or a usage error listing the valid ones. */
function roleOf(value: string): Role {
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const role = roles().find((r) => r === wanted);
  if (!role) throw new UsageError(`unknown role ${q(value)}: expected one of ${roles().join(", ")}`);
  return role;
}

const HOLDER_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "person", table: "none" },
  { key: "personName", label: "person" },
  { key: "title" },
  { key: "role", table: "none" },
  { key: "organisation", table: "none" },
  { key: "organisationName", label: "organisation" },
  { key: "start" },
  { key: "end" },
  { key: "endedBy", label: "ended by" },
  { key: "seen" },
  // Under the row, to keep the table within 100 columns.
  {
    key: "lastConfirmed",
    label: "last confirmed",
    table: "below",
    show: (v) => confirmationWords(v.lastConfirmed as string, (v.unconfirmedSince as string | null) ?? undefined) ?? "",
  },
  { key: "unconfirmedSince", table: "none" },
];

function holderRow(h: OfficeHolder, on: string | undefined): Row {
  const values = {
    id: h.id,
    person: h.person,
    personName: getPerson(h.person).name,
    title: holdingTitle(h),
    role: h.role,
    organisation: h.organisation,
    organisationName: getOrganisation(h.organisation).name,
    start: h.start ?? null,
    end: h.end ?? null,
    endedBy: h.endedBy ?? null,
    seen: h.seen ?? [],
    lastConfirmed: holdingLastConfirmed(h) ?? null,
    unconfirmedSince: holdingUnconfirmedSince(h) ?? null,
    ...(on !== undefined && { certainty: holdingCertaintyOn(h, on) }),
  };
  return row(values, h);
}

function holdersAnswer(input: ParsedArguments): Answer {
  const on = dateOption(input, "on");
  const [role, organisation, person] = [textOption(input, "role"), textOption(input, "organisation"), textOption(input, "person")];
  const filter: OfficeHolderFilter = {
    ...(role !== undefined && { role: roleOf(role) }),
    ...(organisation !== undefined && { organisation: organisationOf(organisation).id }),
    ...(person !== undefined && { person: personOf(person).id }),
    possible: flag(input, "possible"),
  };
  if (filter.possible && on === undefined) throw new UsageError("--possible needs --on <date>: without a date every holding is listed");
  const holdings = on === undefined ? officeHoldersOf(filter) : officeHoldersOn(on, filter);
  const rows = holdings.map((h) => holderRow(h, on));
  const columns = on === undefined ? HOLDER_COLUMNS : [...HOLDER_COLUMNS, { key: "certainty" }];
  const notes =
    on === undefined
      ? []
      : [
          ...dateNotes(on, asOf),
          ...(filter.possible ? [] : widerNote(rows.length, officeHoldersOn(on, { ...filter, possible: true }).length, on, ["holding", "holdings"])),
        ];
  return { listings: [listing("holders", ["holding", "holdings"], columns, rows)], notes, legend: legendFor(rows) };
}

/** The `holders` command. */
export const HOLDERS: Command = {
  name: "holders",
  options: [
    { name: "on", value: "<date>", description: "only those in office on the date" },
    { name: "organisation", value: "<name | id>", description: "only offices of this organisation" },
    { name: "person", value: "<name | id>", description: "only this person's offices (a surname will do)" },
    { name: "role", value: "<role>", description: "only this kind of office: chair, chief-executive, commissioner, ..." },
    { ...POSSIBLE, description: "with --on, also those only possibly in office then" },
    SOURCES,
  ],
  summary: "who held which office, where and when",
  help: `Who held which office: person, title as the source words it ("(interim)" where interim), organisation, first and last day where a source gives them, the dates a source shows them in post, and when a source last confirmed an open holding ("unconfirmed since" a date more than 12 months before the data was last checked).

With --on, only holdings certain on that date and a certainty column; --possible adds those only possibly in office (a month-only date, or an office known only from a sighting). A chair or chief executive's holding ends when a successor's begins; the current holder at a running operator is answered for today.`,
  example: `holders --on 2020-10 --person "Clare Chamberlain"`,
  answer: holdersAnswer,
};
