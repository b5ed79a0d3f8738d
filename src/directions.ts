/**
 * Statutory interventions: every improvement notice, direction and commissioner in a council's
 * children's services, which councils were under one on a date, and what came of each direction.
 * Exported by the `childrens-services-trusts/interventions` entry point.
 */
import { type Certainty, certaintyOfSpan, comparePartialDates, type DateInput, type OpenDates, type PartialDate, periodOf } from "./dates.js";
import { services } from "./dataset.js";
import { interventions } from "./dataset-interventions.js";
import { getArea, getOrganisation } from "./lookups.js";
import type { AreaId, Intervention, InterventionKind, Service } from "./types.js";

// An intervention with no known end is certain only to its start or its last sighting: notices are
// often lifted without a public record, so "still in force" is never assumed (the `possible` answers say so).
const OPEN_INTERVENTION: OpenDates = { ongoing: false };

/**
 * The earliest date an intervention's record gives: its start or, where no source gives one, the
 * first date a source shows it in force, else its end; `undefined` for a notice or commissioner no
 * source dates (a direction always has a date).
 * @example firstDateOf(interventionsFor("cambridgeshire")[0]) // "2013-04-15": seen in force; no source gives its issue
 */
export function firstDateOf(intervention: Intervention): PartialDate | undefined {
  return intervention.start ?? [...(intervention.seen ?? [])].sort(comparePartialDates)[0] ?? intervention.end;
}

// Undated records last (a source records them but none dates them).
const byStart = (a: Intervention, b: Intervention) => {
  const [x, y] = [firstDateOf(a), firstDateOf(b)];
  return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || (x && y ? comparePartialDates(x, y) : 0) || a.kind.localeCompare(b.kind);
};
/** A direction's first date: the schema requires one. */
const directedOn = (direction: Intervention): PartialDate => firstDateOf(direction)!;

/**
 * An area's interventions, oldest first. Throws `UnknownIdError` for an unknown area.
 * @example interventionsFor("sunderland").map((i) => i.kind) // ["improvement-notice", "direction", ...]
 */
export function interventionsFor(area: AreaId): readonly Intervention[] {
  const id = getArea(area).id;
  return Object.freeze(interventions.filter((i) => i.area === id).sort(byStart));
}

/** One council under an intervention on a date: the intervention, and how certain it is. */
export interface UnderIntervention {
  /** The intervention. */
  readonly intervention: Intervention;
  /** `"certain"` when its dates cover the whole date; `"possible"` when a partial or missing date leaves it open. */
  readonly certainty: Exclude<Certainty, "no">;
}

/**
 * The interventions in force on a date, with their kind: certainly in force, or with
 * `{ possible: true }` also those whose dates leave it open (an intervention with no recorded end
 * is possible after its start, never after its `endedBy` date; one no source dates is never
 * listed). Throws a `RangeError` for an invalid date.
 * @example underInterventionOn("2016-06-01").filter((u) => u.intervention.kind === "direction").length
 */
export function underInterventionOn(
  date: DateInput,
  options?: { readonly possible?: boolean; readonly kind?: InterventionKind },
): readonly UnderIntervention[] {
  periodOf(date);
  const out: UnderIntervention[] = [];
  for (const i of [...interventions].sort(byStart)) {
    if (options?.kind !== undefined && i.kind !== options.kind) continue;
    // A record no source dates is never answered for a date (as an undated office-holding).
    if (firstDateOf(i) === undefined) continue;
    const certainty = certaintyOfSpan(i, date, OPEN_INTERVENTION);
    if (certainty === "certain" || (certainty === "possible" && options?.possible === true)) out.push(Object.freeze({ intervention: i, certainty }));
  }
  return Object.freeze(out);
}

/** What came of the interventions in one council: its directions, and whether its services moved. */
export interface DirectedCouncil {
  /** The council area. */
  readonly area: AreaId;
  /** Its area's name. */
  readonly name: string;
  /** Its statutory directions, oldest first. */
  readonly directions: readonly Intervention[];
  /** Its commissioners, oldest first. */
  readonly commissioners: readonly Intervention[];
  /** The date of its first direction (its issue or, where no source gives that, the first date a source shows it in force). */
  readonly firstDirected: string;
  /** The last day of its last direction, when every one has a recorded end; undefined while one is open or known only to have ended by a date. */
  readonly directionsEnded?: string;
  /** When every direction has ended but one is known only to have ended by a date (`endedBy`): the latest such bound. */
  readonly directionsEndedBy?: string;
  /** The arrangements that moved its children's services to a trust or company after its first direction. */
  readonly arrangements: readonly Service[];
  /**
   * What came of it: `"trust or company"` when its services moved to an independent operator,
   * otherwise the outcome its directions record (`"partnership"`, `"council-kept"`), else `"not recorded"`.
   */
  readonly outcome: "trust or company" | "partnership" | "council-kept" | "not recorded";
}

/**
 * Every council given a statutory direction about its children's services since 2010, and what
 * came of it: a trust or company (from the arrangements in `services`), a partnership, or the
 * council kept its services. The comparison every claim about trusts needs.
 * @example directedCouncils().filter((c) => c.outcome === "trust or company").map((c) => c.area)
 */
export function directedCouncils(): readonly DirectedCouncil[] {
  const areas = [...new Set(interventions.filter((i) => i.kind === "direction").map((i) => i.area))];
  return Object.freeze(
    areas
      .map((area): DirectedCouncil => {
        const own = interventions.filter((i) => i.area === area).sort(byStart);
        const directions = own.filter((i) => i.kind === "direction");
        const firstDirected = periodOf(directedOn(directions[0]!)).first;
        const arrangements = services.filter((s) => s.area === area && periodOf(s.start).last >= firstDirected);
        const recorded = directions.map((d) => d.outcome).find((o) => o !== undefined);
        const outcome = arrangements.length ? "trust or company" : recorded === "partnership" || recorded === "council-kept" ? recorded : "not recorded";
        // Ended: every direction has an end, or a date it had ended by (then only that bound is known).
        const last = (dates: readonly (string | undefined)[]) => [...dates].sort((a, b) => periodOf(a!).last - periodOf(b!).last).at(-1)!;
        const allEnded = directions.every((d) => d.end !== undefined || d.endedBy !== undefined);
        const bounded = directions.some((d) => d.end === undefined);
        const ended = allEnded ? last(directions.map((d) => d.end ?? d.endedBy)) : undefined;
        return Object.freeze({
          area,
          name: getArea(area).name,
          directions: Object.freeze(directions),
          commissioners: Object.freeze(own.filter((i) => i.kind === "commissioner")),
          firstDirected: directedOn(directions[0]!),
          ...(ended === undefined ? {} : bounded ? { directionsEndedBy: ended } : { directionsEnded: ended }),
          arrangements: Object.freeze(arrangements),
          outcome,
        });
      })
      .sort((a, b) => comparePartialDates(a.firstDirected, b.firstDirected) || a.area.localeCompare(b.area)),
  );
}
