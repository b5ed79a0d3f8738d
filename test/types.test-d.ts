import { describe, expectTypeOf, it } from "vitest";
import {
  getArea,
  getOrganisation,
  officeHoldersOn,
  servicesFor,
  servicesOn,
  timeline,
  type Area,
  type AreaId,
  type OfficeHolder,
  type OrganisationId,
  type Service,
} from "../scripts/package.js";

describe("public types", () => {
  it("ids are literal unions: a typo does not compile", () => {
    expectTypeOf(getArea).parameter(0).toEqualTypeOf<AreaId>();
    expectTypeOf<"northamptonshire">().toExtend<AreaId>();
    expectTypeOf<"northamptonshir">().not.toExtend<AreaId>();
    // @ts-expect-error: not an area id
    getArea("northamptonshir");
    // @ts-expect-error: an organisation id is not an area id
    servicesFor("northamptonshire-childrens-trust");
    // @ts-expect-error: not an organisation id
    getOrganisation("northamptonshire-childrens-trst");
    // @ts-expect-error: not a role
    officeHoldersOn("2020", { role: "chairman" });
  });

  it("results are readonly and precise", () => {
    expectTypeOf(servicesOn("2020-11-08")).toEqualTypeOf<readonly Service[]>();
    expectTypeOf(officeHoldersOn("2020")).toEqualTypeOf<readonly OfficeHolder[]>();
    expectTypeOf<Service["area"]>().toEqualTypeOf<AreaId>();
    expectTypeOf<Service["operator"]>().toEqualTypeOf<OrganisationId>();
    expectTypeOf<Area["replacedBy"]>().toEqualTypeOf<readonly AreaId[] | undefined>();
    const s = servicesOn("2020")[0]!;
    // @ts-expect-error: records are readonly
    s.start = "1999";
    // @ts-expect-error: citations are readonly
    s.citations.push({ source: "cc-2020-11-08", quote: "x" });
    // @ts-expect-error: result arrays are readonly
    servicesOn("2020").pop();
    expectTypeOf(timeline()[0]!.subjects).toEqualTypeOf<readonly (AreaId | OrganisationId | import("../scripts/package.js").PersonId)[]>();
  });
});
