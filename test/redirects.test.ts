/** A renamed id keeps resolving, in every helper that takes an id: shown with redirects injected for this test. */
import { describe, expect, it, vi } from "vitest";

vi.mock("../src/redirects.js", () => ({
  redirects: {
    areas: { "northants-county": "northamptonshire", "sunderland-city": "sunderland" },
    organisations: { nct: "northamptonshire-childrens-trust" },
    people: { "c-chamberlain": "clare-chamberlain" },
    sources: {},
  },
}));

const pkg = await import("../scripts/package.js");
const old = <T>(id: string) => id as T;

describe("redirects", () => {
  it("get* and find* resolve an old id to the record now holding it", () => {
    expect(pkg.getArea(old("northants-county")).id).toBe("northamptonshire");
    expect(pkg.findArea("northants-county")?.id).toBe("northamptonshire");
    expect(pkg.getOrganisation(old("nct")).id).toBe("northamptonshire-childrens-trust");
    expect(pkg.findOrganisation("nct")?.id).toBe("northamptonshire-childrens-trust");
  });

  it("every helper taking an id answers for the old id exactly as for the new one", () => {
    expect(pkg.servicesFor(old("northants-county"))).toEqual(pkg.servicesFor("northamptonshire"));
    expect(pkg.servicesFor(old("northants-county"))).toHaveLength(1);
    expect(pkg.operatorOn(old("sunderland-city"), "2020-01-01")?.id).toBe("together-for-children");
    expect(pkg.officeHoldersOn("2020-10", { organisation: old("nct") })).toEqual(
      pkg.officeHoldersOn("2020-10", { organisation: "northamptonshire-childrens-trust" }),
    );
    expect(pkg.officeHoldersOn("2020-10", { organisation: old("nct") }).length).toBeGreaterThan(0);
    expect(pkg.officeHoldersOn("2020-10", { person: old("c-chamberlain"), possible: true })).toEqual(
      pkg.officeHoldersOn("2020-10", { person: "clare-chamberlain", possible: true }),
    );
    expect(pkg.timeline({ subject: old("nct") })).toEqual(pkg.timeline({ subject: "northamptonshire-childrens-trust" }));
    expect(pkg.timeline({ subject: old("nct") }).length).toBeGreaterThan(5);
    expect(pkg.budgetsFor(old("nct"))).toEqual(pkg.budgetsFor("northamptonshire-childrens-trust"));
    expect(pkg.budgetsFor(old("nct")).length).toBeGreaterThan(0);
    expect(pkg.inspectionsFor(old("sunderland-city"))).toEqual(pkg.inspectionsFor("sunderland"));
    expect(pkg.judgementOn(old("sunderland-city"), "2026-01-01")?.grade).toBe("outstanding");
  });
});
