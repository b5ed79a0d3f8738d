import { describe, expect, it } from "vitest";
import { certaintyOfSpan, comparePartialDates, describePartialDateProblem, periodOf } from "../src/dates.js";

/** The ISO day of a day number (days since 1970-01-01). */
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe("partial dates", () => {
  it("stand for their whole period", () => {
    expect(periodOf("2018").first).toBe(periodOf("2018-01-01").first);
    expect(periodOf("2018").last).toBe(periodOf("2018-12-31").first);
    expect(isoDay(periodOf("2020-02").last)).toBe("2020-02-29");
    expect(isoDay(periodOf("2021-02").last)).toBe("2021-02-28");
    expect(isoDay(periodOf("2018-04").last)).toBe("2018-04-30");
  });

  it("take a Date as its UTC day", () => {
    expect(periodOf(new Date("2020-11-08T23:59:59Z"))).toEqual(periodOf("2020-11-08"));
  });

  it.each(["2020-13-01", "2020-02-30", "2021-02-29", "yesterday", "", "2020-1-1", "20201", "2020-00", "2020-04-31", " 2020"])(
    "reject %j with a RangeError quoting the input and the accepted forms",
    (bad) => {
      expect(() => periodOf(bad)).toThrow(RangeError);
      expect(() => periodOf(bad)).toThrow(`Invalid date ${JSON.stringify(bad)}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
    },
  );

  it("assertDateInput returns a valid input and throws the same RangeError for a bad one", async () => {
    const { assertDateInput } = await import("../src/dates.js");
    expect(assertDateInput("2018-04")).toBe("2018-04");
    expect(() => assertDateInput("2018-4")).toThrow('Invalid date "2018-4": expected YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it("reject an invalid Date and non-strings", () => {
    expect(() => periodOf(new Date("nope"))).toThrow("Invalid date Invalid Date");
    expect(() => periodOf(20201108 as unknown as string)).toThrow(RangeError);
  });

  it("explain what is wrong", () => {
    expect(describePartialDateProblem("2020-02-30")).toBe("not a real calendar date");
    expect(describePartialDateProblem("2020-13")).toBe("not a valid month (13)");
    expect(describePartialDateProblem("2024-02-29")).toBeUndefined();
  });

  it("order by first day, the longer period first", () => {
    expect(["2020-11-01", "2020", "2019-12", "2020-11"].sort(comparePartialDates)).toEqual(["2019-12", "2020", "2020-11", "2020-11-01"]);
  });
});

describe("certainty", () => {
  const ongoing = { ongoing: true };
  it("is possible inside a partial start, certain after it", () => {
    expect(certaintyOfSpan({ start: "2018-04" }, "2018-04-10", ongoing)).toBe("possible");
    expect(certaintyOfSpan({ start: "2018-04" }, "2018-05-01", ongoing)).toBe("certain");
    expect(certaintyOfSpan({ start: "2018-04" }, "2018-03-31", ongoing)).toBe("no");
  });

  it("treats the end as the last day true", () => {
    expect(certaintyOfSpan({ start: "2020-11-01", end: "2021-03-31" }, "2021-03-31", ongoing)).toBe("certain");
    expect(certaintyOfSpan({ start: "2020-11-01", end: "2021-03-31" }, "2021-04-01", ongoing)).toBe("no");
    expect(certaintyOfSpan({ start: "2020-05", end: "2020-09" }, "2020-09-15", ongoing)).toBe("possible");
  });

  it("answers a partial query date for the whole of its period", () => {
    expect(certaintyOfSpan({ start: "2020-11-01" }, "2020", ongoing)).toBe("possible");
    expect(certaintyOfSpan({ start: "2020-11-01" }, "2021", ongoing)).toBe("certain");
  });

  it("holds an office with no end only as far as its evidence", () => {
    const holding = { start: "2020-09", seen: ["2020-11-08"] };
    expect(certaintyOfSpan(holding, "2020-10", { ongoing: false })).toBe("certain");
    expect(certaintyOfSpan(holding, "2020-12", { ongoing: false })).toBe("possible");
    expect(certaintyOfSpan({ seen: ["2022-11"] }, "2022-11", { ongoing: false })).toBe("possible");
    expect(certaintyOfSpan({ seen: ["2019-10-17", "2020-11-08"] }, "2020-03", { ongoing: false })).toBe("certain");
  });

  it("without a start is certain only from certainSince", () => {
    expect(certaintyOfSpan({}, "2014-04-01", { ongoing: true, certainSince: "2014-04-01" })).toBe("certain");
    expect(certaintyOfSpan({}, "2013", { ongoing: true, certainSince: "2014-04-01" })).toBe("possible");
  });
});
