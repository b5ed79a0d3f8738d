/**
 * The checks across records that a schema cannot express: each rule is one named check; the
 * references between collections come from the registry. Build-time only, like the schemas.
 */
import { comparePartialDates, endsBeforeStart } from "../dates.js";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type DatasetInput, keyOf, labelOf, type RecordOf } from "./registry.js";
import { citationsIn } from "./quotes.js";
import type { Problem } from "./validate.js";

type AnyRecord = { id: string } & Record<string, unknown>;

/** A problem with a record of a collection: the file name comes from the collection. */
function problem(collection: CollectionName, record: object | string, field: string, message: string): Problem {
  return {
    file: COLLECTIONS[collection].file,
    record: typeof record === "string" ? JSON.stringify(record) : labelOf(collection, record as Record<string, unknown>),
    field,
    message,
  };
}

const SUBJECTS = ["areas", "organisations", "people"] as const;

/** Every reference from a field to the ids of other records, from the registry. Citations are checked separately. */
export const REFERENCES: readonly { readonly from: CollectionName; readonly path: string; readonly to: readonly CollectionName[]; readonly allow?: RegExp }[] =
  COLLECTION_NAMES.flatMap((from) =>
    (COLLECTIONS[from].references as readonly { path: string; to: readonly string[]; allow?: RegExp }[]).map((r) => ({
      from,
      path: r.path,
      to: r.to as readonly CollectionName[],
      ...(r.allow ? { allow: r.allow } : {}),
    })),
  );

/** The values at a reference path of a record, each with the field path a problem names. */
function valuesAt(record: AnyRecord, path: string): [string, string][] {
  const [head = "", ...rest] = path.split("[].");
  const list = head.endsWith("[]");
  const key = list ? head.slice(0, -2) : head;
  const value = record[key];
  if (value === undefined) return [];
  if (!list && !rest.length) return [[key, value as string]];
  const items = (value as unknown[]).map((v, i) => [`${key}.${i}`, v] as const);
  return rest.length
    ? items.flatMap(([at, v]) => [[`${at}.${rest[0]}`, (v as Record<string, string>)[rest[0]!]!] as [string, string]])
    : (items as [string, string][]);
}

const records = (data: DatasetInput, name: CollectionName) => data[name] as unknown as AnyRecord[];
const idSet = (data: DatasetInput, name: CollectionName) => new Set(records(data, name).map((r) => r.id));
const span = (collection: CollectionName, r: { id: string; start?: string; end?: string; endedBy?: string }): Problem[] =>
  (["end", "endedBy"] as const).flatMap((field) => {
    const end = r[field];
    return r.start && end && endsBeforeStart(r.start, end)
      ? [problem(collection, r, field, `${JSON.stringify(end)} is before start ${JSON.stringify(r.start)}`)]
      : [];
  });

/** One rule across records. */
export interface Check {
  /** What the rule says, for the contributor's guide and the problem list. */
  readonly name: string;
  readonly run: (data: DatasetInput) => Problem[];
}

/** Every check, in the order their problems are listed. */
export const CHECKS: readonly Check[] = [
  {
    name: "ids (or keys) are unique within each collection",
    run: (data) =>
      COLLECTION_NAMES.flatMap((name) => {
        const seen = new Set<string>();
        const key = keyOf(name);
        return records(data, name).flatMap((r) => {
          const k = labelOf(name, r);
          const dup = seen.has(k);
          seen.add(k);
          return dup ? [problem(name, r, key.join(", "), `duplicate ${key.length > 1 ? `key ${k}` : `id ${k}`}`)] : [];
        });
      }),
  },
  {
    // Key dates, budgets and governance may be about an area, an organisation or a person, so those share one namespace of ids.
    name: "areas, organisations and people never share an id",
    run: (data) => {
      const owner = new Map<string, CollectionName>();
      return SUBJECTS.flatMap((name) =>
        records(data, name).flatMap((r) => {
          const other = owner.get(r.id);
          owner.set(r.id, name);
          return other && other !== name ? [problem(name, r, "id", `id ${JSON.stringify(r.id)} is also used in ${other}`)] : [];
        }),
      );
    },
  },
  {
    name: "one source per page",
    run: (data) => {
      const byUrl = new Map<string, string>();
      return data.sources.flatMap((s) => {
        const url = s.url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
        const other = byUrl.get(url);
        byUrl.set(url, s.id);
        return other ? [problem("sources", s, "url", `same page as source ${JSON.stringify(other)}`)] : [];
      });
    },
  },
  {
    name: "every citation names a source in sources.json",
    run: (data) => {
      const sources = idSet(data, "sources");
      return COLLECTION_NAMES.filter((n) => n !== "sources").flatMap((name) =>
        records(data, name).flatMap((r) =>
          citationsIn(r)
            .filter(([, c]) => !sources.has(c.source))
            .map(([at, c]) => problem(name, r, `${at}.source`, `unknown sources id ${JSON.stringify(c.source)}`)),
        ),
      );
    },
  },
  {
    name: "every reference resolves (see REFERENCES)",
    run: (data) => {
      const ids = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, idSet(data, n)])) as Record<CollectionName, Set<string>>;
      return REFERENCES.flatMap(({ from, path, to, allow }) =>
        records(data, from).flatMap((r) =>
          valuesAt(r, path)
            .filter(([, v]) => !to.some((t) => ids[t].has(v)) && !allow?.test(v))
            .map(([at, v]) => problem(from, r, at, `unknown ${to.join(" or ")} id ${JSON.stringify(v)}`)),
        ),
      );
    },
  },
  {
    name: "ends are not before starts",
    run: (data) => [
      ...data.areas.flatMap((a) => span("areas", a)),
      ...data.services.flatMap((s) => span("services", s)),
      ...data.officeHolders.flatMap((h) => span("officeHolders", h)),
      ...data.inspections.flatMap((i) => span("inspections", i)),
      ...data.interventions.flatMap((i) => span("interventions", i)),
    ],
  },
  {
    name: "an area replaced by others has an end",
    run: (data) =>
      data.areas.filter((a) => a.replacedBy && !a.end).map((a) => problem("areas", a, "replacedBy", "an area replaced by others needs an end date")),
  },
  {
    name: "owners' shares add up to 100 percent at most",
    run: (data) =>
      data.organisations.flatMap((o) => {
        const shares = o.owners?.reduce((sum, w) => sum + (w.share ?? 0), 0) ?? 0;
        return shares > 100 ? [problem("organisations", o, "owners", `shares add up to ${shares} percent`)] : [];
      }),
  },
  {
    name: "a reason for an end needs an end; a confirmation that it still runs needs none, and comes after the start",
    run: (data) =>
      data.services.flatMap((s) => [
        ...(s.confirmed && s.end ? [problem("services", s, "confirmed", "an ended arrangement needs no confirmation that it still runs")] : []),
        ...(s.confirmed && endsBeforeStart(s.start, s.confirmed.date)
          ? [problem("services", s, "confirmed.date", `${JSON.stringify(s.confirmed.date)} is before start ${JSON.stringify(s.start)}`)]
          : []),
        ...(s.endReason && !s.end ? [problem("services", s, "endReason", "an arrangement with a reason for its end needs an end date")] : []),
      ]),
  },
  {
    name: "a money figure is recorded once (subject, value, unit and period)",
    run: (data) => {
      const first = new Map<string, string>();
      return data.budgets.flatMap((b) => {
        const key = JSON.stringify([b.subject, b.value, b.unit, b.period ?? null]);
        const other = first.get(key);
        if (!other) first.set(key, b.id);
        return other ? [problem("budgets", b, "value", `the same figure as ${JSON.stringify(other)}: add this record's citations to it instead`)] : [];
      });
    },
  },
  {
    name: "one operator at a time per area, and only while the area exists",
    run: (data) => {
      const areaById = new Map(data.areas.map((a) => [a.id, a]));
      const byArea = new Map<string, RecordOf<"services">[]>();
      for (const s of data.services) byArea.set(s.area, [...(byArea.get(s.area) ?? []), s]);
      return [...byArea].flatMap(([areaId, list]) => {
        const area = areaById.get(areaId);
        list.sort((a, b) => comparePartialDates(a.start, b.start));
        return list.flatMap((s, i) => {
          const next = list[i + 1];
          return [
            ...(next && (!s.end || !endsBeforeStart(next.start, s.end))
              ? [problem("services", next, "start", `${JSON.stringify(next.start)} overlaps ${JSON.stringify(s.id)} (${s.start} to ${s.end ?? "open"})`)]
              : []),
            ...(area?.start && endsBeforeStart(area.start, s.start)
              ? [problem("services", s, "start", `${JSON.stringify(s.start)} is before area ${JSON.stringify(areaId)} began (${area.start})`)]
              : []),
            ...(area?.end && (!s.end || endsBeforeStart(s.end, area.end))
              ? [problem("services", s, "end", `${JSON.stringify(s.end ?? "open")} is after area ${JSON.stringify(areaId)} ended (${area.end})`)]
              : []),
          ];
        });
      });
    },
  },
  {
    name: "sightings (an office-holding's, an intervention's) fall within its start and its end (or the date it had ended by)",
    run: (data) =>
      (
        [
          ["officeHolders", data.officeHolders],
          ["interventions", data.interventions],
        ] as const
      ).flatMap(([collection, records]) =>
        records.flatMap((r: { id: string; start?: string; end?: string; endedBy?: string; seen?: readonly string[] }) =>
          (r.seen ?? []).flatMap((d, i) =>
            (r.start && endsBeforeStart(r.start, d)) || (r.end && endsBeforeStart(d, r.end)) || (r.endedBy && endsBeforeStart(d, r.endedBy))
              ? [problem(collection, r, `seen.${i}`, `${JSON.stringify(d)} is outside start–end${r.endedBy ? ` (ended by ${r.endedBy})` : ""}`)]
              : [],
          ),
        ),
      ),
  },
  {
    name: "a report is published after its visit, while its area exists",
    run: (data) => {
      const areaById = new Map(data.areas.map((a) => [a.id, a]));
      return data.inspections.flatMap((i) => {
        const area = areaById.get(i.area);
        return [
          ...(endsBeforeStart(i.end ?? i.start ?? i.published, i.published)
            ? [problem("inspections", i, "published", `${JSON.stringify(i.published)} is before the inspection ended (${i.end ?? i.start})`)]
            : []),
          ...(area?.start && endsBeforeStart(area.start, i.published)
            ? [problem("inspections", i, "published", `${JSON.stringify(i.published)} is before area ${JSON.stringify(i.area)} began (${area.start})`)]
            : []),
        ];
      });
    },
  },
  {
    name: "an area is not its own statistical neighbour",
    run: (data) =>
      data.neighbours.filter((n) => n.neighbours.includes(n.area)).map((n) => problem("neighbours", n, "neighbours", "an area cannot be its own neighbour")),
  },
];

/** Runs every check over a dataset whose files each passed their schema. */
export function checkDataset(data: DatasetInput): Problem[] {
  return CHECKS.flatMap((c) => c.run(data));
}
