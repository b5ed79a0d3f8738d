/** Property-based tests: any string or date in, either an answer or the documented error out. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as pkg from "../scripts/package.js";
import { UnknownIdError } from "../scripts/package.js";
import * as ins from "../src/inspections.js";

const snapshot = () =>
  JSON.stringify([
    pkg.sources,
    pkg.areas,
    pkg.organisations,
    pkg.services,
    pkg.people,
    pkg.officeHolders,
    pkg.keyDates,
    pkg.budgets,
    pkg.governance,
    ins.inspections,
    ins.neighbours,
  ]);
const before = snapshot();

/** Calls `fn`; passes when it returns or throws one of the allowed error types. */
function answersOrThrows(fn: () => unknown, ...allowed: (new (...a: never[]) => Error)[]): void {
  try {
    fn();
  } catch (e) {
    if (!allowed.some((t) => e instanceof t)) throw e;
    expect((e as Error).message.length).toBeGreaterThan(10);
  }
}

// Strings that look like dates and ids, as well as anything at all.
const dateLike = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc.integer({ min: 1990, max: 2030 }).map(String),
);
const dateInput = fc.oneof(dateLike, fc.date({ noInvalidDate: false }));
const idLike = fc.oneof(fc.string(), fc.constantFrom(...pkg.areas.map((a) => a.id), ...pkg.organisations.map((o) => o.id), ...pkg.people.map((p) => p.id)));

describe("fuzzed helpers", () => {
  it("date helpers answer or throw a RangeError", () => {
    fc.assert(
      fc.property(dateInput, fc.boolean(), (date, possible) => {
        answersOrThrows(() => pkg.servicesOn(date, { possible }), RangeError);
        answersOrThrows(() => pkg.areasOn(date, { possible }), RangeError);
        answersOrThrows(() => pkg.officeHoldersOn(date, { possible }), RangeError);
        answersOrThrows(() => pkg.summaryOn(date, { possible }), RangeError);
        answersOrThrows(() => pkg.timeline({ from: date }), RangeError);
        answersOrThrows(() => pkg.certaintyOn(pkg.services[0]!, date), RangeError);
      }),
      { numRuns: 300 },
    );
  });

  it("valid dates always answer, and certain ⊆ possible", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2010-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }), (date) => {
        // One scope rule: a date before 1 April 2014 (its day in England) is refused by every on-a-date helper.
        if (pkg.dayInEngland(date) < "2014-04-01") {
          for (const ask of [pkg.servicesOn, pkg.areasOn, pkg.summaryOn, pkg.officeHoldersOn])
            expect(() => ask(date)).toThrow("where this package's scope begins");
          return;
        }
        const certain = pkg.servicesOn(date);
        const possible = pkg.servicesOn(date, { possible: true });
        expect(certain.every((s) => possible.includes(s))).toBe(true);
        expect(new Set(certain.map((s) => s.area)).size).toBe(certain.length);
        const summary = pkg.summaryOn(date);
        expect(summary.independent).toBeLessThanOrEqual(summary.authorities);
        const { independent, others } = ins.judgementsOn(date);
        expect(independent.areas + others.areas).toBe(summary.authorities);
        for (const g of [independent, others]) expect(g.goodOrBetter <= g.judged && g.judged <= g.areas).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("id helpers answer or throw UnknownIdError; find* never throw", () => {
    fc.assert(
      fc.property(idLike, dateLike, (id, date) => {
        answersOrThrows(() => pkg.getArea(id as never), UnknownIdError);
        answersOrThrows(() => pkg.getOrganisation(id as never), UnknownIdError);
        answersOrThrows(() => pkg.getPerson(id as never), UnknownIdError);
        answersOrThrows(() => pkg.getSource(id as never), UnknownIdError);
        answersOrThrows(() => pkg.getService(id as never), UnknownIdError);
        answersOrThrows(() => pkg.servicesFor(id as never), UnknownIdError);
        answersOrThrows(() => pkg.budgetsFor(id as never), UnknownIdError);
        answersOrThrows(() => ins.inspectionsFor(id as never), UnknownIdError);
        answersOrThrows(() => ins.judgementOn(id as never, date), UnknownIdError, RangeError);
        answersOrThrows(() => ins.outcomesOf(id as never), UnknownIdError);
        answersOrThrows(() => pkg.timeline({ subject: id as never }), UnknownIdError);
        answersOrThrows(() => pkg.operatorOn(id as never, date), UnknownIdError, RangeError);
        answersOrThrows(() => pkg.officeHoldersOn(date, { organisation: id as never }), UnknownIdError, RangeError);
        expect(() => pkg.findArea(id)).not.toThrow();
        expect(() => pkg.findOrganisation(id)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("citationsOf resolves every citation of any record to its source", () => {
    const cited = [
      ...pkg.services,
      ...pkg.areas,
      ...pkg.officeHolders,
      ...pkg.keyDates,
      ...pkg.budgets,
      ...pkg.governance,
      ...pkg.organisations,
      ...pkg.people,
      ...ins.inspections,
      ...ins.neighbours,
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cited), (record) => {
        const resolved = pkg.citationsOf(record);
        expect(resolved.map((c) => c.source.id)).toEqual(record.citations.map((c) => c.source));
        expect(Object.isFrozen(resolved) && resolved.every((c) => Object.isFrozen(c))).toBe(true);
      }),
    );
  });

  it("find* find every record by its own name and id", () => {
    fc.assert(
      fc.property(fc.constantFrom(...pkg.areas), fc.constantFrom("upper", "lower", "curly"), (area, style) => {
        const name = style === "upper" ? area.name.toUpperCase() : style === "lower" ? area.name.toLowerCase() : area.name.replace(/'/g, "’");
        const found = pkg.findArea(name);
        expect(found?.name).toBe(area.name); // Buckinghamshire and Dorset share a name with their old county
        expect(pkg.findArea(area.id)).toBe(area);
        expect(pkg.findArea(area.gss)).toBe(area);
      }),
    );
  });

  it("nothing above changed the dataset", () => {
    expect(snapshot()).toBe(before);
  });
});
