/**
 * Every arrangement as deep as the sources allow: origin, end reason, office-holders, money, key
 * dates, legal form, freshness. The gaps no source filled are listed here, and may only shrink.
 */
import { describe, expect, it } from "vitest";
import { budgetsFor, keyDates, officeHolders, officeHoldersOn, organisations, services, timeline } from "../scripts/package.js";

const operators = organisations.filter((o) => o.kind === "operator");
// What no source read gives (see the README's operators table); a new source should shrink these.
const KNOWN_GAPS = {
  chairs: [] as string[],
  legalForm: ["northamptonshire-childrens-trust"],
  // Holdings a source names without any date: an announcement of intent, an undated page.
  undated: ["andy-couldrick-bct-chair", "linda-sanders-sct-chair"],
};

describe("every arrangement", () => {
  it("says, with its sources, whether it was imposed by a statutory direction or chosen by the council", () => {
    for (const s of services) {
      expect(["statutory-direction", "council-decision"], s.id).toContain(s.origin.kind);
      expect(s.origin.citations.length, s.id).toBeGreaterThan(0);
    }
    // Real cases: Doncaster was directed; Achieving for Children was the councils' own choice.
    expect(services.find((s) => s.id === "doncaster-2014")!.origin.kind).toBe("statutory-direction");
    expect(services.find((s) => s.id === "kingston-upon-thames-2014")!.origin.kind).toBe("council-decision");
  });

  it("that ended says why, quoted", () => {
    for (const s of services.filter((x) => x.end)) expect(s.endReason?.citations.length, s.id).toBeGreaterThan(0);
    expect(services.filter((x) => !x.end && x.endReason)).toEqual([]);
  });

  it("that still runs has the latest date a source showed it running", () => {
    for (const s of services.filter((x) => !x.end)) expect(s.confirmed?.date, s.id).toBeTruthy();
  });
});

describe("every operator", () => {
  it.each(operators.map((o) => [o.id]))("%s: chief executives, chairs, money, key dates and legal form", (id) => {
    const o = operators.find((x) => x.id === id)!;
    const held = (roles: string[]) => officeHolders.filter((h) => h.organisation === id && roles.includes(h.role));
    expect(held(["chief-executive", "managing-director"]).length).toBeGreaterThan(0);
    if (!KNOWN_GAPS.chairs.includes(id)) expect(held(["chair"]).length).toBeGreaterThan(0);
    for (const h of held(["chief-executive", "managing-director", "chair"]).filter((x) => !KNOWN_GAPS.undated.includes(x.id)))
      expect(h.start ?? h.end ?? h.seen?.[0], h.id).toBeTruthy();
    expect(budgetsFor(id as never).length).toBeGreaterThan(0);
    expect(keyDates.filter((k) => k.subjects.includes(id as never)).length).toBeGreaterThan(0);
    if (!KNOWN_GAPS.legalForm.includes(id)) expect(o.legalForm).toBeTruthy();
  });

  it("the known gaps are still gaps (remove an entry once a source fills it)", () => {
    for (const id of KNOWN_GAPS.chairs) expect(officeHolders.filter((h) => h.organisation === id && h.role === "chair")).toEqual([]);
    for (const id of KNOWN_GAPS.legalForm) expect(organisations.find((o) => o.id === id)?.legalForm).toBeUndefined();
    for (const id of KNOWN_GAPS.undated) {
      const h = officeHolders.find((x) => x.id === id)!;
      expect([h.start, h.end, h.seen], id).toEqual([undefined, undefined, undefined]);
    }
  });
});

describe("the corrections the sources brought", () => {
  it("Birmingham: its first chair announced his retirement in 2023 and the chief executive became chair", () => {
    expect(
      timeline({ subject: "birmingham-childrens-trust", from: "2023-05", to: "2023-05" })
        .map((e) => e.title)
        .join(" "),
    ).toMatch(/Christie will retire/);
    expect(
      officeHolders
        .filter((h) => h.person === "andy-couldrick" && h.organisation === "birmingham-childrens-trust")
        .map((h) => h.role)
        .sort(),
    ).toEqual(["chair", "chief-executive"]);
  });

  it("Sandwell: Jacqui Smith chaired the trust from its launch; Graham Archer after her", () => {
    expect(officeHoldersOn("2019-01-01", { organisation: "sandwell-childrens-trust", role: "chair" }).map((h) => h.person)).toEqual(["jacqui-smith"]);
    expect(officeHolders.some((h) => h.person === "graham-archer" && h.organisation === "sandwell-childrens-trust" && h.role === "chair")).toBe(true);
  });

  it("Doncaster: the decision is cited to the council's cabinet, the end to sources written before the transfer", () => {
    const decision = keyDates.find((k) => k.id === "doncaster-return-announced")!;
    expect(decision.date).toBe("2022-03-30");
    expect(decision.citations.some((c) => /Cabinet/.test(c.quote))).toBe(true);
    const planned = keyDates.find((k) => k.status === "planned" && k.date === "2022-09-01" && k.subjects.includes("doncaster-childrens-services-trust"))!;
    expect(planned.conflicts?.[0]?.citations[0]?.quote).toMatch(/30 September/);
    expect(services.find((s) => s.id === "doncaster-2014")!.note).toMatch(/written before the transfer/);
  });

  it("money for every operator carries its financial year where the source gives one", () => {
    const withPeriod = operators.filter((o) => budgetsFor(o.id as never).some((b) => b.period));
    expect(withPeriod.length).toBeGreaterThanOrEqual(8);
  });
});
