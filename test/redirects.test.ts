/** A renamed id keeps resolving: shown with a redirect injected for this test. */
import { describe, expect, it, vi } from "vitest";

vi.mock("../src/redirects.js", () => ({
  redirects: { areas: { "northants-county": "northamptonshire" }, organisations: { nct: "northamptonshire-childrens-trust" }, people: {}, sources: {} },
}));

const { getArea, findArea, findOrganisation, getOrganisation } = await import("../src/index.js");

describe("redirects", () => {
  it("get* and find* resolve an old id to the record now holding it", () => {
    expect(getArea("northants-county" as never).id).toBe("northamptonshire");
    expect(findArea("northants-county")?.id).toBe("northamptonshire");
    expect(getOrganisation("nct" as never).id).toBe("northamptonshire-childrens-trust");
    expect(findOrganisation("nct")?.id).toBe("northamptonshire-childrens-trust");
  });
});
