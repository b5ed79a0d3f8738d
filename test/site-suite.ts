/**
 * The explorer page's tests, run in a real browser: Debian's chromium driven by playwright-core, the
 * page served from a local static server. test/site-desktop.test.ts and test/site-phone.test.ts run
 * every test at one width each, side by side. Needs `npm run build` (the page is built from dist/,
 * once, by test/global-setup.ts) and chromium; without chromium the tests are skipped, unless
 * REQUIRE_BROWSER=1 (as in CI). What the page shows is checked against the package's own answers.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as pkg from "../scripts/package.js";
import { ROOT } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but no chromium at ${CHROMIUM} (apt-get install chromium)`);
if (!hasChromium)
  console.warn(`SKIPPED: the explorer page's browser tests, because there is no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
/** The two widths every test runs at. */
export const VIEWPORTS = {
  desktop: { name: "desktop", width: 1280, height: 900 },
  phone: { name: "phone", width: 390, height: 844 },
} as const;
type Viewport = (typeof VIEWPORTS)[keyof typeof VIEWPORTS];
const FILES = ["services", "areas", "organisations", "people", "office-holders", "key-dates", "budgets", "governance", "inspections", "neighbours", "sources"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date as the page writes it: "8 November 2020", "December 2018", "2014". */
function words(date: string): string {
  const [y, m, d] = date.split("-");
  return d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : m ? `${MONTHS[Number(m) - 1]} ${y}` : y!;
}
const RANGE = `Choose a date from 1 April 2014 to ${words(pkg.asOf)}`;
const GRADE: Record<string, string> = {
  outstanding: "Outstanding",
  good: "Good",
  "requires improvement": "Requires improvement to be good",
  inadequate: "Inadequate",
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every test of the page, at one width. */
export function explorerPageTests(viewport: Viewport): void {
  let server: Server;
  let browser: Browser;
  let base: string;

  describe.skipIf(!hasChromium)("explorer page", () => {
    beforeAll(async () => {
      const root = join(ROOT, "site");
      server = createServer((req, res) => {
        const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/\/$/, "/index.html")));
        if (!path.startsWith(root) || !existsSync(path)) return void res.writeHead(404).end();
        // Cacheable, so each page load reuses the compiled script instead of parsing 800 kB again.
        res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "max-age=3600" }).end(readFileSync(path));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    describe(`at ${viewport.name} width (${viewport.width} px)`, () => {
      const { width, height } = viewport;
      let context: BrowserContext;
      let page: Page;
      const problems: string[] = [];

      beforeAll(async () => {
        context = await browser.newContext({ viewport: { width, height }, permissions: ["clipboard-read", "clipboard-write"] });
        page = await context.newPage();
        page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
        page.on("console", (m) => void (m.type() === "error" && problems.push(`console: ${m.text()}`)));
        // The page must work offline: fail on any request that leaves the local server. (Watched, not
        // intercepted: interception would turn off the cache that spares a re-parse of the script.)
        page.on("request", (r) => void (!r.url().startsWith(base) && !r.url().startsWith("data:") && problems.push(`request outside the page: ${r.url()}`)));
      });
      afterAll(async () => {
        await context?.close();
      });
      afterEach(() => {
        const seen = problems.splice(0);
        expect(seen).toEqual([]);
      });

      /** Opens the page at an address (e.g. "?date=2020-11-08") and waits for its first answer. */
      async function open(query = ""): Promise<void> {
        await page.goto(base + query);
        await page.waitForFunction(() => (document.getElementById("summary")?.textContent ?? "") !== "");
      }
      const rowIds = () => page.locator("#list tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-service")));
      const cardIds = () =>
        page.locator("#results .card").evaluateAll((cards) => cards.map((c) => `${c.getAttribute("data-kind")}:${c.getAttribute("data-id")}`));

      it("the sentence above the table counts exactly the rows shown, as summaryOn does", async () => {
        await open();
        const days = [
          "2014-04-01",
          "2014-10-01",
          "2015-10-01",
          "2017-04-01",
          "2017-08-01",
          "2018-12-10",
          "2019-04-01",
          "2020-11-08",
          "2021-03-31",
          "2021-04-01",
          "2022-08-31",
          "2022-09-01",
          "2024-09-24",
          "2025-10-01",
          pkg.asOf,
        ];
        for (const day of days) {
          await page.fill("#date", day);
          const s = pkg.summaryOn(day);
          await expect
            .poll(() => page.textContent("#summary"))
            .toMatch(new RegExp(`^${s.independent} of ${s.authorities} areas had independently run children's services on ${words(day)} `));
          const ids = await rowIds();
          expect(ids, day).toEqual(expect.arrayContaining(pkg.servicesOn(day).map((x) => x.id)));
          expect(ids.length, day).toBe(s.independent);
        }
        await page.fill("#date", "2020-11-08");
        await expect
          .poll(() => page.textContent("#summary"))
          .toBe("11 of 151 areas had independently run children's services on 8 November 2020 (7.3%), run by 9 operators.");
        const row = page.locator('#list tr[data-area="northamptonshire"]');
        expect(await row.locator("th").textContent()).toBe("Northamptonshire");
        expect(await row.locator("td.operator").textContent()).toContain("Northamptonshire Children's Trust");
        expect(await row.locator("td.date-cell").textContent()).toBe("1 November 2020");
        // the sentence is above the table
        const [summary, table] = await Promise.all([page.locator("#summary").boundingBox(), page.locator("#list").boundingBox()]);
        expect(summary!.y).toBeLessThan(table!.y);
      });

      it("outside the record, or with no date, it says what to do in plain words: no table, never 0 of 0", async () => {
        await open();
        const plain = async (expected: string) => {
          await expect.poll(() => page.textContent("#summary")).toContain(expected);
          const text = (await page.textContent("#summary"))!;
          expect(text).toContain(RANGE);
          expect(text).not.toMatch(/\b0 of 0\b|Error|scope begins|undefined|NaN|Invalid/);
          expect(await page.locator("#list tbody tr").count()).toBe(0);
          expect(await page.locator("#list").isVisible()).toBe(false);
          expect(await page.textContent("#judged")).toBe("");
        };
        await page.fill("#date", "2013-05-01");
        await plain("1 May 2013 is before 1 April 2014, where this record begins.");
        await page.fill("#date", "2014-03-31");
        await plain("31 March 2014 is before 1 April 2014");
        await page.fill("#date", "");
        await plain(`${RANGE} to see which areas' children's services were run independently on that day.`);
        await page.fill("#date", "2030-01-01");
        await plain(`1 January 2030 is after ${words(pkg.asOf)}, the day the data was last checked.`);
        await open("?date=banana");
        await plain("“banana” is not a date.");
        await open("?date=2012-06-30");
        await plain("30 June 2012 is before 1 April 2014");
        // and back to an answer
        await page.fill("#date", "2014-04-01");
        await expect.poll(() => page.textContent("#summary")).toMatch(/^2 of \d+ areas had independently run children's services on 1 April 2014 /);
        expect(await page.locator("#list").isVisible()).toBe(true);
      });

      it("explains “possible” beside the table, and marks an office known only from sightings as possibly held", async () => {
        await open("?date=2020-11-08");
        const note = page.locator("#possible-note");
        expect(await note.isVisible()).toBe(true);
        const text = (await note.textContent())!;
        expect(text).toMatch(/\bpossible\b/);
        expect(text).toMatch(/known only to the month or year/);
        expect(text).toMatch(/office whose end no source gives is certain only up to its last dated sighting/);
        expect(text).toMatch(/successor/);
        expect(text).toMatch(/not counted/);
        // It sits between the count and the table, in the same section.
        const [summary, box, table] = await Promise.all([page.locator("#summary").boundingBox(), note.boundingBox(), page.locator("#list").boundingBox()]);
        expect(box!.y).toBeGreaterThan(summary!.y);
        expect(table!.y).toBeGreaterThan(box!.y + box!.height);
        expect(table!.y - (box!.y + box!.height)).toBeLessThan(60);
        // Elaine Simpson is known as Slough's chair only from sightings to 2016, before her successor's of February 2018.
        const holding = pkg.officeHolders.find((h) => h.id === "elaine-simpson-scf-chair")!;
        expect(pkg.holdingCertaintyOn(holding, "2017-01-01")).toBe("possible");
        expect(pkg.holdingCertaintyOn(holding, "2015-10-01")).toBe("certain");
        expect(pkg.holdingCertaintyOn(holding, "2019-01-01")).toBe("no");
        await open("?date=2017-01-01&q=Elaine+Simpson");
        const item = page.locator(`#results [data-holding="${holding.id}"]`);
        await expect.poll(() => item.locator(".in-post").textContent()).toBe("possibly in post on 1 January 2017");
        expect(await item.locator(".in-post").getAttribute("class")).toContain("possible");
        expect(await item.textContent()).toContain("seen in post: 24 September 2015, 1 October 2015, 2016");
        await page.fill("#date", "2015-10-01");
        await expect.poll(() => item.locator(".in-post").textContent()).toBe("in post on 1 October 2015");
        await page.fill("#date", "2019-01-01");
        await expect.poll(() => item.locator(".in-post").count()).toBe(0);
      });

      it("fits the screen: no sideways scroll of the page, rows readable, every date on one line", async () => {
        await open("?date=2020-11-08&q=northampton");
        await page.locator("#results details.card").evaluateAll((cards) => cards.forEach((c) => ((c as HTMLDetailsElement).open = true)));
        await expect.poll(() => page.locator("#results details.card h4").count()).toBeGreaterThan(20);
        await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await expect.poll(() => page.locator("#results blockquote").count()).toBeGreaterThan(50);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Every row of the table within the screen, as a table row on a desktop and a card on a phone.
        const rows = await page
          .locator("#list tbody tr")
          .evaluateAll((trs) => trs.map((tr) => ({ display: getComputedStyle(tr).display, right: tr.getBoundingClientRect().right })));
        expect(rows).toHaveLength(11);
        for (const r of rows) {
          expect(r.display).toBe(width < 640 ? "block" : "table-row");
          expect(r.right).toBeLessThanOrEqual(width);
        }
        if (width < 640) {
          // The column names come back as labels in each card.
          const label = await page.locator('#list tr[data-area="slough"] td.date-cell').evaluate((td) => getComputedStyle(td, "::before").content);
          expect(label).toBe('"Since: "');
        }
        // Dates never wrap: each is one line high, in the table and in the results.
        const dates = await page.locator("#list time.date, #results time.date").evaluateAll((times) =>
          times.map((t) => ({
            text: t.textContent,
            lines: t.getClientRects().length,
            height: (t as HTMLElement).offsetHeight,
            line: parseFloat(getComputedStyle(t).lineHeight),
            wrap: getComputedStyle(t).whiteSpace,
          })),
        );
        expect(dates.length).toBeGreaterThan(100);
        for (const d of dates) {
          expect(d.wrap, d.text!).toBe("nowrap");
          expect(d.lines, d.text!).toBe(1);
          expect(Math.abs(d.height - d.line), `${d.text}: ${d.height}px high, line ${d.line}px`).toBeLessThanOrEqual(1);
        }
        expect(
          await page
            .locator("#list td.date-cell")
            .first()
            .evaluate((td) => getComputedStyle(td).whiteSpace),
        ).toBe("nowrap");
      });

      it("keeps the date and the search in the address and restores them from it", async () => {
        await open("?date=2020-11-08&q=northampton");
        expect(await page.inputValue("#date")).toBe("2020-11-08");
        expect(await page.inputValue("#search")).toBe("northampton");
        expect(await page.textContent("#summary")).toContain("on 8 November 2020");
        expect(await page.locator("#list tbody tr").count()).toBe(11);
        await expect.poll(() => page.textContent("#search-status")).toBe("7 matches for “northampton”: 3 areas, 4 organisations. Open one to see its history.");
        expect(await cardIds()).toEqual(pkg.searchNames("northampton").map((m) => `${m.kind}:${m.id}`));

        await page.fill("#date", "2021-04-01");
        await page.fill("#search", "slough");
        // The address is rewritten by the page's input handler: wait for it rather than read it at once
        // (reading it straight after fill() was the phone test's flake).
        await expect.poll(() => new URL(page.url()).search).toBe("?date=2021-04-01&q=slough");
        await page.reload();
        await page.waitForFunction(() => (document.getElementById("summary")?.textContent ?? "") !== "");
        expect(await page.inputValue("#date")).toBe("2021-04-01");
        expect(await page.inputValue("#search")).toBe("slough");
        expect(await page.textContent("#summary")).toContain("on 1 April 2021");
        await expect.poll(() => page.locator('#results [data-area="slough"]').count()).toBe(1);

        // An area's name in the table searches for it, and the address keeps both.
        await page.click('#list tr[data-area="sunderland"] th a');
        await expect.poll(() => new URL(page.url()).search).toBe("?date=2021-04-01&q=E08000024");
        await expect.poll(() => cardIds()).toEqual(["area:sunderland"]);
        // Clearing the search leaves only the date.
        await page.fill("#search", "");
        await expect.poll(() => new URL(page.url()).search).toBe("?date=2021-04-01");
      });

      it("shows the timeline picture with alt text, and the same facts as text", async () => {
        await open();
        const img = page.locator("#timeline-picture");
        expect(await img.getAttribute("src")).toBe("timeline.svg");
        expect(await img.getAttribute("alt")).toMatch(/^A timeline from 2014 to 2026: one row per council area .* bar for each arrangement/);
        await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
        expect((await img.boundingBox())!.width).toBeGreaterThan(Math.min(width, 880) * 0.8);
        const listed = await page.locator("#timeline-text li[data-service]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-service")));
        expect([...listed].sort()).toEqual(pkg.services.map((s) => s.id).sort());
        expect(await page.textContent('#timeline-text li[data-service="doncaster-2014"]')).toBe(
          "Doncaster: Doncaster Children's Services Trust, from 1 October 2014 to 31 August 2022",
        );
      });

      it("an area's history: arrangements with judgements before, during and after, inspections beside them, key dates, budgets", async () => {
        await open("?date=2020-11-08&q=E06000039");
        const card = page.locator('#results [data-area="slough"]');
        await expect.poll(() => card.count()).toBe(1);
        expect(await card.locator("h3").textContent()).toBe("Area: Slough");
        for (const s of pkg.servicesFor("slough")) {
          const o = pkg.outcomesOf(s.id);
          const dl = card.locator(`dl.outcomes[data-service="${s.id}"]`);
          const before = (await dl.locator('dd[data-when="before"]').textContent())!;
          if (o.before) expect(before).toContain(`${words(o.before.published)} ${GRADE[o.before.overall!]}`);
          else expect(before).toContain("No graded inspection");
          expect(await dl.locator('dd[data-when="during"] > ul > li').evaluateAll((lis) => lis.map((li) => li.getAttribute("data-inspection")))).toEqual(
            o.during.map((i) => i.id),
          );
          const after = (await dl.locator('dd[data-when="after"]').textContent())!;
          if (o.after) expect(after).toContain(`${words(o.after.published)} ${GRADE[o.after.overall!]}`);
          else expect(after).toBe(s.end ? "No graded inspection in the data since it ended" : "Still running");
        }
        // slough-2015: before its start the 2014 inadequate; after its end the 2023 report
        const before = pkg.outcomesOf("slough-2015").before!;
        expect(before.overall).toBe("inadequate");
        expect(await card.locator('dl.outcomes[data-service="slough-2015"] dd[data-when="before"]').textContent()).toContain(
          `${words(before.published)} Inadequate (SIF)`,
        );
        // Every inspection, with its report and who ran the services when it was published.
        const list = card.locator("ul.inspections > li");
        const inspections = pkg.inspectionsFor("slough");
        expect(await list.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-inspection")))).toEqual(inspections.map((i) => i.id));
        for (const i of inspections) {
          const li = card.locator(`ul.inspections > li[data-inspection="${i.id}"]`);
          expect(await li.textContent()).toContain(`${words(i.published)} ${pkg.inspectionGrade(i)} (${i.framework}`);
          if (i.report) expect(await li.locator(":scope > a.report").getAttribute("href")).toBe(i.report);
          else expect(await li.locator(":scope > a.report").count()).toBe(0);
        }
        expect(await card.locator('ul.inspections > li[data-inspection="slough-2014-02-14"]').textContent()).toContain("(SIF; no independent operator)");
        expect(await card.locator('ul.inspections > li[data-inspection="slough-2016-02-17"]').textContent()).toContain(
          "(SIF; run by Slough Children's Services Trust)",
        );
        expect(await card.locator('ul.inspections > li[data-inspection="slough-2023-03-17"]').textContent()).toContain("run by Slough Children First");
        // Key dates: the area's timeline.
        const keyDates = pkg.timeline({ subject: "slough" });
        expect(await card.locator("ul.key-dates > li").count()).toBe(keyDates.length);
        expect(await card.locator("ul.key-dates > li").first().textContent()).toContain(`${words(keyDates[0]!.date)}: ${keyDates[0]!.title}`);
        // Budgets: the area's own and its operators'.
        // The library's answer for the area: its own figures, its council's and its operators'.
        const budgets = pkg.budgetsFor("slough").map((b) => b.id);
        expect(new Set(pkg.budgetsFor("slough").map((b) => b.subject))).toContain("slough-children-first");
        expect(budgets.length).toBeGreaterThan(0);
        expect(await card.locator("ul.budgets > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-budget")))).toEqual(budgets);
        // A DfE number finds the county, with its successors linked.
        await page.fill("#search", "928");
        await expect.poll(() => cardIds()).toEqual(["area:northamptonshire"]);
        const county = page.locator('#results [data-area="northamptonshire"]');
        expect(await county.locator(".meta").textContent()).toContain("ONS code E10000021 · DfE number 928");
        expect(await county.locator(".meta a.search-link").allTextContents()).toEqual(["North Northamptonshire", "West Northamptonshire"]);
        expect(await county.locator(".arrangement").count()).toBe(1);
      });

      it("an area's interventions and its figures: a chart per measure, the library's compare drawn, readable without colour, within the screen", async () => {
        await open("?date=2020-11-08&q=Doncaster");
        const card = page.locator('#results [data-area="doncaster"]');
        await expect.poll(() => card.count()).toBe(1);
        expect(await card.locator("ul.interventions > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-intervention")))).toEqual(
          pkg.interventionsFor("doncaster").map((i) => i.id),
        );
        // The commissioner's role had ended by the day every direction was lifted; its end is not known.
        expect(await card.locator('li[data-intervention="doncaster-commissioner-2013"]').textContent()).toContain(`ended by ${pkg.dateInWords("2021-01")}`);
        // A notice whose issue no source dates is shown by the day a source shows it in force.
        await open("?date=2020-11-08&q=Cambridgeshire");
        const cambs = page.locator('#results [data-area="cambridgeshire"] li[data-intervention="cambridgeshire-improvement-notice-2013"]');
        await expect.poll(() => cambs.count()).toBe(1);
        expect(await cambs.textContent()).toContain(`in force on ${pkg.dateInWords("2013-04-15")}`);
        expect(await cambs.textContent()).not.toContain("start not known");
        await open("?date=2020-11-08&q=Doncaster");
        await expect.poll(() => card.count()).toBe(1);
        const charts = card.locator("svg.chart");
        const measures = await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute("data-measure")));
        expect(measures.length).toBeGreaterThanOrEqual(3);
        for (const id of measures) {
          const c = pkg.compare("doncaster", id as never);
          const svg = card.locator(`svg.chart[data-measure="${id}"]`);
          // One dot per period with a figure; one hatched band per period wholly during the trust.
          expect(await svg.locator("circle.point").count()).toBe(c.rows.filter((r) => r.value !== null).length);
          expect(await svg.locator("rect.during").evaluateAll((rs) => rs.map((r) => r.getAttribute("data-period")))).toEqual(
            c.rows.filter((r) => r.phase === "during").map((r) => r.period),
          );
          // The three lines differ by dash, not only by colour; the chart names its measure.
          const dashes = await svg.locator("path").evaluateAll((ps) => ps.map((p) => `${p.getAttribute("class")}:${getComputedStyle(p).strokeDasharray}`));
          expect(dashes).toEqual(["england:1px, 3px", "neighbours:5px, 3px", "area:none"]);
          expect(await svg.getAttribute("aria-label")).toContain(pkg.getMeasure(id as never).name);
          const box = (await svg.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });

      it("names, judgements and shares as the package gives them: the name then, the latest report beside the latest grade, what a share rests on", async () => {
        // The operator as it was named on the day.
        await open("?date=2020-11-08");
        expect(await page.textContent('#list tr[data-area="slough"] td.operator a')).toBe("Slough Children's Services Trust");
        // A newer report without an overall grade stands beside the latest grade.
        await open(`?date=${pkg.asOf}`);
        const cell = page.locator('#list tr[data-area="north-northamptonshire"] td.judgement');
        const j = pkg.judgementOn("north-northamptonshire", pkg.asOf)!;
        expect(j.latestReport).toBeDefined();
        expect(await cell.textContent()).toContain(`${words(j.published)} ${GRADE[j.grade]}`);
        expect(await cell.locator(".latest-report").textContent()).toContain(`Latest report: ${words(j.latestReport!.published)} No overall judgement`);
        // Each share says how many graded areas it rests on; one resting on few is not compared.
        const s = pkg.judgementsOn(pkg.asOf).independent;
        expect(await page.textContent("#judged")).toContain(`${s.judged} of ${s.areas} areas graded`);
        await open("?date=2015-04-01");
        const early = pkg.judgementsOn("2015-04-01").others;
        expect(early.comparable).toBe(false);
        expect(await page.textContent("#judged")).toContain(`only ${early.judged} of ${early.areas} areas have a grade in the data, too few to compare`);
      });

      it("a running arrangement says when a source last confirmed it; an ended one does not", async () => {
        await open("?date=2020-11-08&q=E08000028");
        const card = page.locator('#results [data-area="sandwell"]');
        await expect.poll(() => card.locator("p.confirmed").count()).toBe(1);
        expect(await card.locator("p.confirmed .date").textContent()).toBe(pkg.lastConfirmed(pkg.getService("sandwell-2018")));
        await open("?date=2020-11-08&q=E06000038");
        await expect.poll(() => page.locator('#results [data-area="reading"]').count()).toBe(1);
        expect(await page.locator('#results [data-area="reading"] p.confirmed').count()).toBe(0);
      });

      it("links the data as CSV and JSON for every collection", async () => {
        await open();
        for (const f of FILES) {
          expect(existsSync(join(ROOT, "dist", "csv", `${f}.csv`)), f).toBe(true);
          expect(existsSync(join(ROOT, "dist", "data", `${f}.json`)), f).toBe(true);
          // Pinned to the page's version once published; before the first release, the repository's own build.
          const base = pkg.version === "0.0.0" ? "../dist" : `https://unpkg.com/childrens-services-trusts@${pkg.version}/dist`;
          expect(await page.locator(`#downloads li[data-file="${f}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
            `${base}/csv/${f}.csv`,
            `${base}/data/${f}.json`,
          ]);
        }
        expect(await page.locator("#downloads li").count()).toBe(FILES.length);
        expect(await page.textContent("#downloads-where")).toContain(pkg.version === "0.0.0" ? "not yet published" : `version ${pkg.version}`);
      });

      it("finds organisations, people and areas by any part of a name, and areas by code", async () => {
        await open("?date=2020-11-08");
        // The package's one search (searchNames): exact matches first, then whole words, then word starts.
        const expected = (q: string) => pkg.searchNames(q).map((m) => `${m.kind}:${m.id}`);
        for (const q of ["Achieving for Children", "northampton", "chamberlain", "Curryer"]) {
          expect(pkg.findArea(q), q).toBeUndefined();
          expect(pkg.searchNames(q).length, q).toBeGreaterThan(0);
          await page.fill("#search", q);
          await expect.poll(() => cardIds(), { message: q }).toEqual(pkg.searchNames(q).map((m) => `${m.kind}:${m.id}`));
        }
        for (const [q, id] of [
          ["E06000039", "slough"],
          ["928", "northamptonshire"],
          ["e10000021", "northamptonshire"],
          ["Hull", "kingston-upon-hull-city-of"],
          ["kingston", "kingston-upon-thames"],
        ] as const) {
          await page.fill("#search", q);
          expect(expected(q)[0], q).toBe(`area:${id}`);
          await expect.poll(() => cardIds(), { message: q }).toEqual(expected(q));
        }
        expect(expected("kingston")).toEqual([
          "area:kingston-upon-thames",
          "area:kingston-upon-hull-city-of",
          "organisation:royal-borough-of-kingston-upon-thames",
        ]);

        // An organisation: the arrangements it ran, its office-holders (holdingTitle) and budgets.
        await page.fill("#search", "Achieving for Children");
        const afc = page.locator('#results [data-organisation="achieving-for-children"]');
        await expect.poll(() => afc.count()).toBe(1);
        expect(await afc.locator("ul.arrangements > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-service")))).toEqual(
          pkg.services.filter((s) => s.operator === "achieving-for-children").map((s) => s.id),
        );
        expect(await afc.locator("ul.arrangements").textContent()).toContain("Windsor and Maidenhead: from 1 August 2017");
        const holders = pkg.officeHolders.filter((h) => h.organisation === "achieving-for-children");
        for (const h of holders)
          expect(await afc.locator(`[data-holding="${h.id}"]`).textContent()).toContain(`${pkg.getPerson(h.person).name}, ${pkg.holdingTitle(h)}`);
        expect(await afc.locator("ul.budgets > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-budget")))).toEqual(
          pkg.budgetsFor("achieving-for-children").map((b) => b.id),
        );
        expect(await afc.locator("ul.budgets").textContent()).toContain("£1,500,000: Transitional (set-up) cost of creating Achieving for Children");

        // A person: their offices.
        await page.fill("#search", "chamberlain");
        const person = page.locator('#results [data-person="clare-chamberlain"]');
        await expect.poll(() => person.count()).toBe(1);
        const held = pkg.officeHolders.filter((h) => h.person === "clare-chamberlain");
        expect(await person.locator("ul.holders > li").count()).toBe(held.length);
        for (const h of held)
          expect(await person.locator(`[data-holding="${h.id}"]`).textContent()).toContain(
            `${pkg.holdingTitle(h)}, ${pkg.getOrganisation(h.organisation).name}`,
          );
        expect(await person.locator('[data-holding="clare-chamberlain-nct-interim-chair"]').textContent()).toMatch(
          /^interim chair, Northamptonshire Children's Trust \(from September 2020/,
        );

        // Many matches are folded; opening one shows its history.
        // "trust" finds every operator, whatever its name, and says so.
        await page.fill("#search", "trust");
        const operators = pkg.organisations.filter((o) => o.kind === "operator");
        await expect.poll(() => page.locator("#results details.card[data-kind=organisation]").count()).toBe(operators.length);
        for (const o of operators) expect(await page.locator(`#results [data-organisation="${o.id}"]`).count(), o.id).toBe(1);
        expect(await page.textContent("#search-status")).toContain("Every trust or company that ran an area's services is listed");
        // "Hull" is not Solihull.
        await page.fill("#search", "Hull");
        await expect.poll(() => cardIds()).toEqual(["area:kingston-upon-hull-city-of"]);
        await page.fill("#search", "trust");
        const nct = page.locator('#results details[data-organisation="northamptonshire-childrens-trust"]');
        await nct.locator("summary").click();
        await expect.poll(() => nct.locator("h4").allTextContents()).toEqual(["Arrangements", "Office-holders", "Budgets", "Key dates"]);
        expect(await nct.locator("ul.arrangements > li").count()).toBe(3);

        await page.fill("#search", "zzz");
        await expect.poll(() => page.textContent("#search-status")).toContain("Nothing matches “zzz”");
        expect(await page.locator("#results .card").count()).toBe(0);
      });

      it("every fact keeps its sources: the quote, a link, and a one-line citation to copy", async () => {
        await open("?date=2020-11-08");
        const row = page.locator('#list tr[data-area="northamptonshire"]');
        await row.locator("td.operator summary").click();
        await expect.poll(() => row.locator("blockquote").first().isVisible()).toBe(true);
        const cited = pkg.citationsOf(pkg.getService("northamptonshire-2020"));
        expect(await row.locator("td.operator blockquote").first().textContent()).toBe(
          "“we can begin to work as Northamptonshire Children’s Trust on 1 November.”",
        );
        expect(await row.locator("td.operator blockquote").first().textContent()).toBe(`“${cited[0]!.quote}”`);
        expect(await row.locator("td.operator .cite a").first().getAttribute("href")).toMatch(/^https:\/\/www\.northamptonshire\.gov\.uk\//);
        expect(await row.locator("td.operator .cite").first().getAttribute("title")).toBe(pkg.sourceLine(cited[0]!.source));
        await row.locator("td.operator button.copy").first().click();
        await expect.poll(() => page.textContent("#announce")).toBe(`Citation copied: ${pkg.citationLine(cited[0]!)}`);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pkg.citationLine(cited[0]!));
        // The judgement beside it has its report and its sources too.
        const j = pkg.judgementOn("sunderland", "2020-11-08")!;
        const judgement = page.locator('#list tr[data-area="sunderland"] td.judgement');
        expect(await judgement.textContent()).toContain(`${words(j.published)} ${GRADE[j.grade]}`);
        expect(await judgement.locator(":scope > a.report").getAttribute("href")).toBe(j.inspection.report);
        expect(await judgement.locator("details.sources summary").textContent()).toBe(`Sources (${j.inspection.citations.length})`);

        // In an area's history every listed fact carries its own sources.
        await page.fill("#search", "Slough");
        const card = page.locator('#results [data-area="slough"]');
        await expect.poll(() => card.count()).toBe(1);
        const facts = await card
          .locator("ul.facts > li, .arrangement > p, .meta")
          .evaluateAll((els) => els.map((e) => !!e.querySelector(":scope > details.sources")));
        expect(facts.length).toBeGreaterThan(20);
        expect(facts.every(Boolean)).toBe(true);
        // Conflicting sources and the maintainers' notes stay visible under "Sources".
        await page.fill("#search", "Doncaster");
        const doncaster = page.locator('#results [data-area="doncaster"] .arrangement[data-service="doncaster-2014"] > p').first();
        await expect.poll(() => doncaster.count()).toBe(1);
        expect(await doncaster.locator(".conflict").count()).toBe(pkg.getService("doncaster-2014").conflicts!.length);
        expect(await doncaster.locator(".note").textContent()).toContain(pkg.getService("doncaster-2014").note!);
      });

      it("is accessible: labelled inputs, one h1 and ordered headings, live regions, unique ids, row headers", async () => {
        await open("?date=2020-11-08&q=Achieving+for+Children");
        await expect.poll(() => page.locator("#results .card").count()).toBe(1);
        const report = await page.evaluate(() => {
          const inputs = Array.from(document.querySelectorAll("input")).map((i) => !!i.id && !!document.querySelector(`label[for="${i.id}"]`));
          const ids = Array.from(document.querySelectorAll("[id]")).map((e) => e.id);
          const levels = Array.from(document.querySelectorAll("h1, h2, h3, h4, h5")).map((h) => Number(h.tagName[1]));
          const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1).length;
          return {
            inputs,
            duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
            h1: document.querySelectorAll("h1").length,
            skips,
            summaryLive: document.getElementById("summary")!.getAttribute("aria-live"),
            resultsLive: document.getElementById("search-status")!.getAttribute("aria-live"),
            rowHeaders: document.querySelectorAll('#list tbody tr > th[scope="row"]').length,
            rows: document.querySelectorAll("#list tbody tr").length,
            imagesWithoutAlt: Array.from(document.querySelectorAll("img")).filter((i) => !i.getAttribute("alt")).length,
            lang: document.documentElement.lang,
          };
        });
        expect(report).toEqual({
          inputs: [true, true],
          duplicates: [],
          h1: 1,
          skips: 0,
          summaryLive: "polite",
          resultsLive: "polite",
          rowHeaders: 11,
          rows: 11,
          imagesWithoutAlt: 0,
          lang: "en-GB",
        });
        // The table keeps its roles when a phone shows its rows as cards.
        expect(await page.getByRole("row", { name: /Northamptonshire/ }).count()).toBeGreaterThan(0);
        expect(await page.getByRole("cell", { name: "E10000021" }).count()).toBe(1);
        expect(await page.getByRole("status").first().textContent()).toContain("11 of 151");
      });

      it("works opened from the files, offline", async () => {
        const offline = await context.newPage();
        const outside: string[] = [];
        await offline.route("**/*", (route) => {
          if (route.request().url().startsWith("file:")) return route.continue();
          outside.push(route.request().url());
          return route.abort();
        });
        const errors: string[] = [];
        offline.on("pageerror", (e) => errors.push(e.message));
        await offline.goto(`${pathToFileURL(join(ROOT, "site", "index.html")).href}?date=2020-11-08&q=${encodeURIComponent("Achieving for Children")}`);
        await expect.poll(() => offline.textContent("#summary")).toContain("11 of 151 areas");
        await expect.poll(() => offline.locator('#results [data-organisation="achieving-for-children"]').count()).toBe(1);
        expect(await offline.locator("#timeline-picture").evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
        await offline.fill("#date", "2021-04-01");
        expect(offline.url()).toMatch(new RegExp(`${escape("index.html?date=2021-04-01&q=Achieving+for+Children")}$`));
        expect(outside).toEqual([]);
        expect(errors).toEqual([]);
        await offline.close();
      });
    });
  });
}
