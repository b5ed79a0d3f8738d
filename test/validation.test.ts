import { describe, expect, it } from "vitest";
import { problemsOf, realFiles, recordOf } from "./helpers.js";

describe("validation of data/", () => {
  it("accepts the real data", () => {
    expect(problemsOf(realFiles())).toEqual([]);
  });

  // Each case changes one thing in a copy of the real data and names the exact line the build prints.
  const cases: [string, (f: ReturnType<typeof realFiles>) => void, string][] = [
    [
      "end before start",
      (f) => (recordOf(f, "services", "northamptonshire-2020").end = "2019-01-01"),
      'data/services.json: record "northamptonshire-2020": end: "2019-01-01" is before start "2020-11-01"',
    ],
    [
      "impossible calendar date",
      (f) => (recordOf(f, "services", "birmingham-2018").start = "2020-02-30"),
      'data/services.json: record "birmingham-2018": start: "2020-02-30" is not a real calendar date',
    ],
    [
      "month 13",
      (f) => (recordOf(f, "keyDates", "curryer-resigns").date = "2020-13"),
      'data/key-dates.json: record "curryer-resigns": date: "2020-13" is not a valid month (13)',
    ],
    [
      "date in the wrong form",
      (f) => (recordOf(f, "areas", "northamptonshire").end = "31/03/2021"),
      'data/areas.json: record "northamptonshire": end: "31/03/2021" is not in the form YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      "duplicate id",
      (f) => (recordOf(f, "services", "slough-2021").id = "slough-2015"),
      'data/services.json: record "slough-2015": id: duplicate id "slough-2015"',
    ],
    [
      "unknown area",
      (f) => (recordOf(f, "services", "reading-2018").area = "redaing"),
      'data/services.json: record "reading-2018": area: unknown areas id "redaing"',
    ],
    [
      "unknown operator",
      (f) => (recordOf(f, "services", "reading-2018").operator = "brighter-futures"),
      'data/services.json: record "reading-2018": operator: unknown organisations id "brighter-futures"',
    ],
    [
      "unknown person",
      (f) => (recordOf(f, "officeHolders", "vicky-ford-minister").person = "vicky-forde"),
      'data/office-holders.json: record "vicky-ford-minister": person: unknown people id "vicky-forde"',
    ],
    [
      "unknown key-date subject",
      (f) => ((recordOf(f, "keyDates", "trust-website-live").subjects as string[])[0] = "nct"),
      'data/key-dates.json: record "trust-website-live": subjects.0: unknown areas or organisations or people id "nct"',
    ],
    [
      "unknown replacedBy",
      (f) => ((recordOf(f, "areas", "northamptonshire").replacedBy as string[])[1] = "west-northants"),
      'data/areas.json: record "northamptonshire": replacedBy.1: unknown areas id "west-northants"',
    ],
    [
      "unknown citation source",
      (f) => ((recordOf(f, "budgets", "nct-budget-2023-24").citations as { source: string }[])[0]!.source = "northants-live"),
      'data/budgets.json: record "nct-budget-2023-24": citations.0.source: unknown sources id "northants-live"',
    ],
    [
      "no citations",
      (f) => (recordOf(f, "people", "jane-birch").citations = []),
      'data/people.json: record "jane-birch": citations: needs at least one citation',
    ],
    [
      "empty quote",
      (f) => ((recordOf(f, "people", "jane-birch").citations as { quote: string }[])[0]!.quote = "  "),
      'data/people.json: record "jane-birch": citations.0.quote: must not be empty',
    ],
    [
      "two sources for one page",
      (f) => (recordOf(f, "sources", "cc-2019-07-29").url = "http://communitycare.co.uk/2020/11/08/independent-trust-takes-childrens-services-council/"),
      'data/sources.json: record "cc-2019-07-29": url: same page as source "cc-2020-11-08"',
    ],
    [
      "unknown grade",
      (f) => (recordOf(f, "inspections", "birmingham-2023-04-18").overall = "requires improvement to be good"),
      'data/inspections.json: record "birmingham-2023-04-18": overall: Invalid option: expected one of "outstanding"|"good"|"requires improvement"|"inadequate"',
    ],
    [
      "report published before the visit ended",
      (f) => (recordOf(f, "inspections", "birmingham-2023-04-18").published = "2023-03-01"),
      'data/inspections.json: record "birmingham-2023-04-18": published: "2023-03-01" is before the inspection ended (2023-03-03)',
    ],
    [
      "report of an area before it existed",
      (f) => {
        const r = recordOf(f, "inspections", "north-northamptonshire-2022-11-25");
        delete r.start;
        delete r.end;
        r.published = "2021-03-01";
      },
      'data/inspections.json: record "north-northamptonshire-2022-11-25": published: "2021-03-01" is before area "north-northamptonshire" began (2021-04-01)',
    ],
    [
      "nine neighbours",
      (f) => (recordOf(f, "neighbours", "sandwell").neighbours as string[]).pop(),
      'data/neighbours.json: record "sandwell": neighbours: must list the DfE\'s ten statistical neighbours',
    ],
    [
      "an area its own neighbour",
      (f) => ((recordOf(f, "neighbours", "sandwell").neighbours as string[])[0] = "sandwell"),
      'data/neighbours.json: record "sandwell": neighbours: an area cannot be its own neighbour',
    ],
    ["unknown field", (f) => (recordOf(f, "organisations", "ofsted").colour = "blue"), 'data/organisations.json: record "ofsted": Unrecognized key: "colour"'],
    [
      "missing required field",
      (f) => delete recordOf(f, "services", "sandwell-2018").start,
      'data/services.json: record "sandwell-2018": start: Invalid input: expected string, received undefined',
    ],
    [
      "id not kebab-case",
      (f) => (recordOf(f, "people", "jane-birch").id = "Jane Birch"),
      'data/people.json: record "Jane Birch": id: must be kebab-case (a-z, 0-9 and single hyphens)',
    ],
    [
      "bad ONS code",
      (f) => (recordOf(f, "areas", "slough").gss = "W06000039"),
      'data/areas.json: record "slough": gss: must be an English ONS code like E10000021',
    ],
    [
      "DfE number out of range",
      (f) => (recordOf(f, "areas", "slough").dfe = 8710),
      'data/areas.json: record "slough": dfe: Too big: expected number to be <=999',
    ],
    [
      "fractional pounds",
      (f) => (recordOf(f, "budgets", "nct-budget-2023-24").value = 143000000.5),
      'data/budgets.json: record "nct-budget-2023-24": value: 143000000.5 is not whole pounds',
    ],
    [
      "percent over 100",
      (f) => (recordOf(f, "budgets", "nct-share-of-budget-in-scope").value = 184),
      'data/budgets.json: record "nct-share-of-budget-in-scope": value: 184 is over 100 percent',
    ],
    [
      "bad financial year",
      (f) => (recordOf(f, "budgets", "nct-budget-2023-24").period = "2023/25"),
      'data/budgets.json: record "nct-budget-2023-24": period: "2023/25" is not a financial year like "2020/21"',
    ],
    [
      "unknown status",
      (f) => (recordOf(f, "keyDates", "curryer-resigns").status = "rumoured"),
      'data/key-dates.json: record "curryer-resigns": status: Invalid option: expected one of "happened"|"planned"|"postponed"|"superseded"|"cancelled"',
    ],
    [
      "sighting outside the holding",
      (f) => (recordOf(f, "officeHolders", "ian-curryer-nct-chair").seen = ["2021-01"]),
      'data/office-holders.json: record "ian-curryer-nct-chair": seen.0: "2021-01" is outside start–end',
    ],
    [
      "replaced area without end",
      (f) => delete recordOf(f, "areas", "northamptonshire").end,
      'data/areas.json: record "northamptonshire": replacedBy: an area replaced by others needs an end date',
    ],
    [
      "id shared by an area and an organisation",
      (f) => (recordOf(f, "organisations", "ofsted").id = "slough"),
      'data/organisations.json: record "slough": id: id "slough" is also used in areas',
    ],
    [
      "overlapping arrangements",
      (f) => (recordOf(f, "services", "slough-2015").end = "2021-06-30"),
      'data/services.json: record "slough-2021": start: "2021-04-01" overlaps "slough-2015" (2015-10-01 to 2021-06-30)',
    ],
    [
      "arrangement outliving its area",
      (f) => delete recordOf(f, "services", "northamptonshire-2020").end,
      'data/services.json: record "northamptonshire-2020": end: "open" is after area "northamptonshire" ended (2021-03-31)',
    ],
    [
      "arrangement before its area began",
      (f) => (recordOf(f, "services", "reading-2018").area = "dorset"),
      'data/services.json: record "reading-2018": start: "2018-12-01" is before area "dorset" began (2019-04-01)',
    ],
    [
      "the same money figure twice",
      (f) => f.budgets.records.push({ ...recordOf(f, "budgets", "nct-budget-2023-24"), id: "nct-budget-2023-24-again" }),
      'data/budgets.json: record "nct-budget-2023-24-again": value: the same figure as "nct-budget-2023-24": add this record\'s citations to it instead',
    ],
    [
      "bad source URL",
      (f) => (recordOf(f, "sources", "cc-2020-11-08").url = "communitycare.co.uk/2020"),
      'data/sources.json: record "cc-2020-11-08": url: Invalid URL',
    ],
  ];

  it.each(cases)("rejects %s with a message naming file, record and field", (_kind, mutate, expected) => {
    const files = realFiles();
    mutate(files);
    expect(problemsOf(files)).toContain(expected);
  });

  it("has at least 15 kinds of bad record in its corpus", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it("reports broken JSON and a missing file by file name", () => {
    const files = realFiles();
    const raw = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)]));
    raw.services = '{ "records": [ }';
    delete raw.people;
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith("data/services.json: record <file>: invalid JSON:"))).toBe(true);
    expect(problems).toContain("data/people.json: record <file>: file is missing");
  });

  it("names a record by its position when it has no id", () => {
    const files = realFiles();
    delete files.people.records[2]!.id;
    expect(problemsOf(files)).toContain("data/people.json: record #2: id: Invalid input: expected string, received undefined");
  });
});
