/** Statutory interventions: every notice, direction and commissioner, on real dates, linked to the trust areas' records. */
import { describe, expect, it } from "vitest";
import { UnknownIdError } from "../src/errors.js";
import { directedCouncils, firstDateOf, interventions, interventionsFor, underInterventionOn } from "../src/interventions.js";
import { keyDates } from "../src/details.js";
import { officeHolders } from "../src/office-holders.js";
import { getOrganisation } from "../src/index.js";
import { comparePartialDates, periodOf } from "../src/dates.js";
import { problemsOf, realFiles, recordOf } from "./helpers.js";

const areasOf = (list: readonly { intervention: { area: string } }[]) => new Set(list.map((u) => u.intervention.area));

describe("interventions", () => {
  it("underInterventionOn: Reading under its direction in 2019 (September 2016 to February 2021), Rotherham only before September 2018", () => {
    const mid2019 = areasOf(underInterventionOn("2019-06-01", { kind: "direction" }));
    expect(mid2019.has("reading")).toBe(true);
    expect(mid2019.has("rotherham")).toBe(false);
    expect(areasOf(underInterventionOn("2016-06-01", { kind: "direction" })).has("rotherham")).toBe(true);
    // A month-precise end is possible, not certain, within its month: Reading's direction ended "2021-02".
    expect(areasOf(underInterventionOn("2021-02-15", { kind: "direction" })).has("reading")).toBe(false);
    expect(areasOf(underInterventionOn("2021-02-15", { kind: "direction", possible: true })).has("reading")).toBe(true);
    expect(areasOf(underInterventionOn("2021-03-15", { kind: "direction", possible: true })).has("reading")).toBe(false);
  });

  it("an intervention with no recorded end is never certain after its first period, only possible", () => {
    const open = interventions.find((i) => !i.end && i.start?.length === 10)!;
    const later = `${Number(open.start!.slice(0, 4)) + 1}-06-01`;
    expect(underInterventionOn(later).some((u) => u.intervention === open)).toBe(false);
    expect(underInterventionOn(later, { possible: true }).find((u) => u.intervention === open)?.certainty).toBe("possible");
    expect(underInterventionOn(open.start!).find((u) => u.intervention === open)?.certainty).toBe("certain");
  });

  it("directedCouncils: every council with a direction once, its outcome from the arrangements or the directions", () => {
    const councils = directedCouncils();
    const directed = new Set(interventions.filter((i) => i.kind === "direction").map((i) => i.area));
    expect(councils.map((c) => c.area).sort()).toEqual([...directed].sort());
    const reading = councils.find((c) => c.area === "reading")!;
    expect(reading.outcome).toBe("trust or company");
    expect(reading.arrangements.map((s) => s.id)).toEqual(["reading-2018"]);
    expect(reading.directionsEnded).toBe("2021-02");
    expect(councils.find((c) => c.area === "rotherham")?.outcome).toBe("council-kept");
    for (const c of councils) if (c.outcome !== "trust or company") expect(c.arrangements).toEqual([]);
  });

  it("interventionsFor: oldest first, an unknown area throws", () => {
    const list = interventionsFor("northamptonshire");
    expect(list.length).toBeGreaterThan(2);
    expect(list.map((i) => i.start)).toEqual([...list.map((i) => i.start)].sort());
    expect(() => interventionsFor("atlantis" as never)).toThrow(UnknownIdError);
    expect(() => underInterventionOn("2019-13-01")).toThrow(RangeError);
  });

  it("the trust areas' directions and commissioners are linked, not copied: every such key date and commissioner holding is named by an intervention", () => {
    const covered = new Set(interventions.map((i) => i.area));
    const linkedKeyDates = new Set(interventions.flatMap((i) => i.keyDates ?? []));
    const linkedHoldings = new Set(interventions.flatMap((i) => i.officeHolders ?? []));
    // A key date about a direction or a commissioner, of an area with interventions (or of its council).
    const ofCovered = (s: string) => [...covered].some((a) => s === a || s.startsWith(`${a}-`));
    const directionKeyDates = keyDates.filter((k) => /direction|commissioner/i.test(k.title) && k.subjects.some(ofCovered));
    expect(directionKeyDates.length).toBeGreaterThan(3);
    expect(directionKeyDates.filter((k) => !linkedKeyDates.has(k.id)).map((k) => k.id)).toEqual([]);
    // A commissioner holds office at the council overseen (organisation ids begin with the area's).
    // A holding with no date cannot be an intervention (which needs a start), so it is not asked for.
    const commissionerHoldings = officeHolders.filter(
      (h) =>
        (h.start !== undefined || h.seen !== undefined) &&
        (h.role === "commissioner" || h.role === "support-commissioner") &&
        getOrganisation(h.organisation).kind === "council" &&
        [...covered].some((a) => h.organisation.startsWith(`${a}-`)),
    );
    expect(commissionerHoldings.length).toBeGreaterThan(3);
    expect(commissionerHoldings.filter((h) => !linkedHoldings.has(h.id)).map((h) => h.id)).toEqual([]);
  });

  it("a bad record is refused with the file, record and field named", () => {
    const files = realFiles();
    const r = recordOf(files, "interventions", "reading-direction-2016-09");
    delete r.end;
    r.keyDates = ["no-such-key-date"];
    expect(problemsOf(files)).toEqual(['data/interventions.json: record "reading-direction-2016-09": ending: needs an end date']);
    r.ending = undefined;
    delete r.ending;
    expect(problemsOf(files)).toEqual(['data/interventions.json: record "reading-direction-2016-09": keyDates.0: unknown keyDates id "no-such-key-date"']);
  });

  it("a record with no quotable issue date is placed by the dates a source shows it in force: certain on them, possible around them", () => {
    const seenOnly = interventions.filter((i) => i.start === undefined && i.seen);
    expect(seenOnly.length).toBeGreaterThan(0);
    for (const i of seenOnly) {
      const first = firstDateOf(i)!;
      expect(first).toBe([...i.seen!].sort()[0]);
      expect(underInterventionOn(first).find((u) => u.intervention === i)?.certainty).toBe("certain");
      // Before its first sighting and after its last it is only possible: its issue and end are unknown.
      const dayBefore = new Date(Date.parse(`${first}T12:00:00Z`) - 864e5).toISOString().slice(0, 10);
      expect(underInterventionOn(dayBefore).some((u) => u.intervention === i)).toBe(false);
      expect(underInterventionOn(dayBefore, { possible: true }).find((u) => u.intervention === i)?.certainty).toBe("possible");
    }
    // Cambridgeshire's notice: a councillor's post of 15 April 2013 says the council "is under a formal Notice to Improve".
    const cambs = interventionsFor("cambridgeshire").find((i) => i.kind === "improvement-notice")!;
    expect([cambs.start, cambs.seen]).toEqual([undefined, ["2013-04-15"]]);
    expect(interventionsFor("cambridgeshire")[0]).toBe(cambs);
  });

  it("a notice no source dates is kept with the inspection that triggered it, listed for its council, never answered for a date", () => {
    const undated = interventions.filter((i) => !i.start && !i.seen && !i.end);
    expect(undated.map((i) => i.area).sort()).toEqual(["devon", "kent", "st-helens", "walsall", "waltham-forest"]);
    for (const i of undated) {
      expect(i.kind).not.toBe("direction");
      expect(i.inspection, i.id).toBeDefined();
      expect(firstDateOf(i)).toBeUndefined();
      expect(interventionsFor(i.area).at(-1)).toBe(i);
    }
    for (const day of ["2012-06-01", "2016-06-01", "2021-06-01"])
      expect(
        underInterventionOn(day, { possible: true }).some((u) => undated.includes(u.intervention)),
        day,
      ).toBe(false);
    // Refused without the inspection, or as a direction.
    const files = realFiles();
    const kent = recordOf(files, "interventions", "kent-improvement-notice");
    delete kent.inspection;
    expect(problemsOf(files)).toEqual([
      'data/interventions.json: record "kent-improvement-notice": start: is required unless `seen` (a date a source shows it in force) or `end` places it in time, or, no source dating it, `inspection` names what triggered it',
    ]);
  });

  it("a record placed only by its end (Coventry's notice, lifted on 13 June 2017) is possible before it, never certain, and over after it", () => {
    const coventry = interventionsFor("coventry").find((i) => i.kind === "improvement-notice")!;
    expect([coventry.start, coventry.seen, coventry.end]).toEqual([undefined, undefined, "2017-06-13"]);
    expect(firstDateOf(coventry)).toBe("2017-06-13");
    expect(underInterventionOn("2016-01-01").some((u) => u.intervention === coventry)).toBe(false);
    expect(underInterventionOn("2016-01-01", { possible: true }).find((u) => u.intervention === coventry)?.certainty).toBe("possible");
    expect(underInterventionOn("2017-06-14", { possible: true }).some((u) => u.intervention === coventry)).toBe(false);
  });

  it("a record with no start, sighting or end, or a sighting outside its start and end, is refused by name", () => {
    const files = realFiles();
    const r = recordOf(files, "interventions", "reading-direction-2016-09");
    delete r.start;
    delete r.end;
    delete r.ending;
    expect(problemsOf(files)).toEqual([
      'data/interventions.json: record "reading-direction-2016-09": start: is required for a direction unless `seen` (a date a source shows it in force) or `end` places it in time',
    ]);
    r.start = "2016-09";
    r.end = "2021-02";
    r.ending = "lifted";
    r.seen = ["2022-01-01"];
    expect(problemsOf(files)).toEqual(['data/interventions.json: record "reading-direction-2016-09": seen.0: "2022-01-01" is outside start–end']);
  });

  it("a linked commissioner's holding ends as its intervention does: the same end, or ended by a lifted direction's end", () => {
    const holdings = new Map(officeHolders.map((h) => [h.id, h]));
    const last = (r: { end?: string; endedBy?: string }) => r.end ?? r.endedBy;
    let checked = 0;
    for (const i of interventions)
      for (const id of i.officeHolders ?? []) {
        const h = holdings.get(id)!;
        if (i.kind === "commissioner") {
          expect([h.end, h.endedBy], `${i.id} and ${id}`).toEqual([i.end, i.endedBy]);
          checked++;
        } else if (last(i)) {
          // A direction's commissioners served under it: each had ended by the direction's end.
          expect(last(h), `${id} under ${i.id}`).toBeDefined();
          expect(periodOf(last(h)!).last, `${id} under ${i.id}`).toBeLessThanOrEqual(periodOf(last(i)!).last);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(8);
  });

  it("a commissioner with no recorded end, in a council whose directions have all ended, had ended by then (endedBy)", () => {
    let checked = 0;
    for (const c of interventions.filter((i) => i.kind === "commissioner" && !i.end)) {
      const directions = interventions.filter((d) => d.area === c.area && d.kind === "direction");
      if (!directions.length || directions.some((d) => !d.end)) continue;
      const last = directions
        .map((d) => d.end!)
        .sort(comparePartialDates)
        .at(-1)!;
      expect(c.endedBy, c.id).toBeDefined();
      expect(periodOf(c.endedBy!).last, c.id).toBeLessThanOrEqual(periodOf(last).last);
      // ... and so it is never in force after that.
      expect(
        underInterventionOn(`${Number(last.slice(0, 4)) + 1}-12-31`, { possible: true }).some((u) => u.intervention === c),
        c.id,
      ).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("directedCouncils says a council's directions ended only when every one has an end, or ended by a date when one is only bounded", () => {
    for (const c of directedCouncils()) {
      const all = c.directions.every((d) => d.end || d.endedBy);
      const exact = c.directions.every((d) => d.end);
      expect(c.directionsEnded !== undefined, c.area).toBe(exact);
      expect(c.directionsEndedBy !== undefined, c.area).toBe(all && !exact);
    }
  });
});
