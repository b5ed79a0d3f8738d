/**
 * The explorer page in a real browser: Debian's chromium driven by playwright-core, the page served
 * from a local static server. Needs `npm run build` (the page is built from dist/) and chromium;
 * without chromium the test is skipped, unless REQUIRE_BROWSER=1 (as in CI).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but no chromium at ${CHROMIUM} (apt-get install chromium)`);

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
let server: Server;
let browser: Browser;
let page: Page;
let base: string;

describe.skipIf(!hasChromium)("explorer page", () => {
  beforeAll(async () => {
    execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/site.ts"], { cwd: ROOT, stdio: "ignore" });
    const root = join(ROOT, "site");
    server = createServer((req, res) => {
      const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/\/$/, "/index.html")));
      if (!path.startsWith(root) || !existsSync(path)) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage();
    // The page must work offline: fail on any request that leaves the local server.
    await page.route("**/*", (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await page.goto(base);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("on 8 November 2020 it lists the 11 areas and says so", async () => {
    await page.fill("#date", "2020-11-08");
    await expect.poll(() => page.textContent("#summary")).toContain("11 of 151 areas had independently run children's services on 2020-11-08");
    expect(await page.locator("#list tbody tr").count()).toBe(11);
    const row = page.locator('#list tr[data-area="northamptonshire"]');
    expect(await row.locator("th").textContent()).toBe("Northamptonshire");
    expect(await row.locator("td").nth(2).textContent()).toContain("Northamptonshire Children's Trust");
  });

  it("each fact shows its quote and links to its source", async () => {
    const row = page.locator('#list tr[data-area="northamptonshire"]');
    await row.locator("summary").click();
    await expect.poll(() => row.locator("blockquote").first().isVisible()).toBe(true);
    expect(await row.locator("blockquote").first().textContent()).toBe("“we can begin to work as Northamptonshire Children’s Trust on 1 November.”");
    expect(await row.locator("a").first().getAttribute("href")).toMatch(/^https:\/\/www\.northamptonshire\.gov\.uk\//);
  });

  it("marks how certain each row is: on a day after Reading's 1 December 2018 start, every row is certain", async () => {
    await page.fill("#date", "2018-12-10");
    await expect.poll(() => page.locator('#list tr[data-area="reading"] td.certain').textContent()).toBe("certain");
    expect(await page.locator("#list td.possible").count()).toBe(0);
  });

  it("finds an area by ONS code and a person by name", async () => {
    await page.fill("#search", "E06000039");
    await expect.poll(() => page.textContent("#results")).toContain("Slough Children First: 2021-04-01 to today");
    await page.fill("#search", "Chamberlain");
    await expect.poll(() => page.textContent('#results [data-person="clare-chamberlain"]')).toContain("interim chair, Northamptonshire Children's Trust (from 2020-09");
    await page.fill("#search", "zzz");
    await expect.poll(() => page.textContent("#results")).toContain("Nothing matches");
  });
});
