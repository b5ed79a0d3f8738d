/**
 * scripts/check-sources.ts against a local HTTP server started here (never the internet), with a
 * small made-up dataset: quotes found and lost, a 404, a redirect, a timeout, the cache, the rate
 * limit per host.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkSources,
  citationsOf,
  exitCodeOf,
  formatReport,
  htmlText,
  main,
  parseCli,
  requestUrlFor,
  runPolitely,
  summaryLine,
  type CheckOptions,
  type SourceRef,
} from "../scripts/check-sources.js";
import { corpusFor, DATASET_FILES, missingPieces, normaliseQuoteText } from "../src/build/quotes.js";
import type { DatasetInput } from "../src/build/registry.js";
import { loadDataOrThrow } from "../scripts/load-data.js";

const ARTICLE = `<!doctype html><html><head><title>Trust launched</title>
<meta name="description" content="The trust&rsquo;s first day.">
<style>p { color: red }</style><script>var quote = "not page text";</script>
<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>Staff moved across on 1 November.</p>"}</script>
</head><body><nav><a href="/">Home</a></nav>
<article><h1>Northamptonshire Children&#8217;s Trust launched</h1>
<p>The trust took over the <em>council&rsquo;s</em> children&rsquo;s services
   on 1 November 2020, and its chair said &ldquo;this is a new start&rdquo;.</p>
<p>It is owned by the two new unitary councils.</p></article></body></html>`;
const LOST = ARTICLE.replace("two new unitary councils", "two unitary councils");

interface Hit {
  path: string;
  port: number;
  at: number;
  userAgent: string | undefined;
}
const hits: Hit[] = [];
const timers = new Set<NodeJS.Timeout>();
let serverA: Server;
let serverB: Server;
let A = "";
let B = "";
let closedPortUrl = "";
let tmp = "";

function handler(port: () => number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    hits.push({ path: req.url ?? "", port: port(), at: Date.now(), userAgent: req.headers["user-agent"] });
    const html = (body: string, status = 200) => res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
    switch (req.url) {
      case "/good":
      case "/good2":
        return html(ARTICLE);
      case "/lost":
        return html(LOST);
      case "/gone":
        return html("<p>Not found</p>", 404);
      case "/broken":
        return html("<p>Server error</p>", 503);
      case "/moved":
        return res.writeHead(301, { location: "/good" }).end();
      case "/slow": {
        const t = setTimeout(() => html(ARTICLE), 1500);
        timers.add(t);
        return;
      }
      case "/file.pdf":
        return res.writeHead(200, { "content-type": "application/pdf" }).end(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
      case "/rows.csv":
        return res
          .writeHead(200, { "content-type": "text/csv; charset=utf-8" })
          .end('code,name\r\nE10000021,Northamptonshire\r\nE06000061,"North Northamptonshire"\r\n');
      default:
        if (req.url?.startsWith("/page")) return html(`<p>Page ${req.url}</p>`);
        return html("<p>Not found</p>", 404);
    }
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  serverA = createServer(handler(() => (serverA.address() as AddressInfo).port));
  serverB = createServer(handler(() => (serverB.address() as AddressInfo).port));
  A = await listen(serverA);
  B = await listen(serverB);
  // A port that nothing listens on: a connection refused.
  const closed = createServer();
  closedPortUrl = await listen(closed);
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  tmp = mkdtempSync(join(tmpdir(), "cst-check-sources-"));
});

afterAll(async () => {
  timers.forEach(clearTimeout);
  for (const s of [serverA, serverB]) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
  rmSync(tmp, { recursive: true, force: true });
});

const hitsOf = (path: string, port?: string) => hits.filter((h) => h.path === path && (!port || h.port === Number(new URL(port).port)));

/** A made-up dataset: the quotes sit at every depth a citation can. */
function fixture(): { sources: SourceRef[]; data: Partial<Record<keyof DatasetInput, object[]>> } {
  const cite = (source: string, quote: string) => ({ source, quote });
  const sources: SourceRef[] = [
    { id: "good", url: `${A}/good`, kind: "news" },
    { id: "lost", url: `${A}/lost`, kind: "news" },
    { id: "gone", url: `${A}/gone`, kind: "news" },
    { id: "moved", url: `${A}/moved`, kind: "news" },
    { id: "broken", url: `${A}/broken`, kind: "council" },
    { id: "refused", url: `${closedPortUrl}/anything`, kind: "news" },
    { id: "rows", url: `${A}/rows.csv`, kind: "dataset" },
    { id: "pdf", url: `${A}/file.pdf`, kind: "council" },
    { id: "uncited", url: `${A}/page-uncited`, kind: "news" },
  ];
  const data = {
    services: [
      {
        id: "northamptonshire-2020",
        citations: [cite("good", "The trust took over the council’s children’s services on 1 November 2020")],
        origin: { kind: "statutory-direction", citations: [cite("good", "its chair said “this is a new start”")] },
        conflicts: [{ note: "x", citations: [cite("lost", "It is owned by the two new unitary councils.")] }],
        confirmed: { date: "2026", citations: [cite("moved", "Northamptonshire Children’s Trust launched")] },
      },
    ],
    organisations: [
      { id: "nct", citations: [cite("lost", "The trust took over the council’s … on 1 November 2020")], owners: [{ owner: "x" }] },
      { id: "other", citations: [cite("gone", "anything"), cite("broken", "anything"), cite("refused", "anything")] },
    ],
    areas: [{ id: "northamptonshire", citations: [cite("rows", "E10000021,Northamptonshire"), cite("pdf", "a PDF's words")] }],
    governance: [{ id: "g", citations: [cite("good", "Staff moved across on 1 November."), cite("good", "The trust’s first day.")] }],
  };
  return { sources, data };
}

const base = (over: Partial<CheckOptions> = {}): CheckOptions => {
  const { sources, data } = fixture();
  return { sources, citations: citationsOf(data), cacheDir: null, timeoutMs: 2000, hostIntervalMs: 0, concurrency: 4, ...over };
};

describe("citationsOf", () => {
  it("walks every citations array: the record's, and nested ones (origin, conflicts, confirmed)", () => {
    const found = citationsOf(fixture().data);
    expect(found.map((c) => c.where)).toEqual([
      "areas.json northamptonshire citations.0",
      "areas.json northamptonshire citations.1",
      "organisations.json nct citations.0",
      "organisations.json other citations.0",
      "organisations.json other citations.1",
      "organisations.json other citations.2",
      "services.json northamptonshire-2020 citations.0",
      "services.json northamptonshire-2020 origin.citations.0",
      "services.json northamptonshire-2020 conflicts.0.citations.0",
      "services.json northamptonshire-2020 confirmed.citations.0",
      "governance.json g citations.0",
      "governance.json g citations.1",
    ]);
    expect(found[8]).toEqual({
      source: "lost",
      quote: "It is owned by the two new unitary councils.",
      where: "services.json northamptonshire-2020 conflicts.0.citations.0",
    });
  });
});

describe("page text and loose comparison", () => {
  it("strips tags, scripts and styles, decodes entities, keeps JSON-LD and meta descriptions, separates blocks", () => {
    const text = normaliseQuoteText(htmlText(ARTICLE));
    expect(text).toContain("Northamptonshire Children’s Trust launched The trust took over the council’s children’s services on 1 November 2020");
    expect(text).toContain("its chair said “this is a new start”.");
    expect(text).toContain("Staff moved across on 1 November."); // JSON-LD articleBody, its own tags stripped
    expect(text).toContain("The trust’s first day."); // meta description
    expect(text).not.toContain("not page text"); // script
    expect(text).not.toContain("color: red"); // style
    expect(text).not.toContain("2020.It"); // paragraphs do not run together
  });

  it("compares by the build's one rule: white space and invisible characters only", () => {
    const page = normaliseQuoteText("the council\u2019s \u201cnew\u00a0start\u201d, and\u00ad \u2018x\u2019 \u2013 done");
    const pieces = (quote: string) => missingPieces(quote, page).map((m) => m.piece);
    expect(pieces("the council\u2019s \u201cnew   start\u201d")).toEqual([]);
    expect(pieces(`the council's "new start"`)).toEqual([`the council's "new start"`]); // a straight apostrophe is not a curly one
    expect(pieces("\u2018x\u2019 - done")).toEqual(["\u2018x\u2019 - done"]); // an en dash is not a hyphen
    expect(pieces("The council\u2019s")).toEqual(["The council\u2019s"]); // case counts
    expect(pieces("the council\u2019s … \u2018x\u2019")).toEqual([]);
    expect(pieces("the council\u2019s … lost words … \u2018x\u2019")).toEqual(["lost words"]);
    expect(missingPieces("the council\u2019s \u201cnew start\u201d, and \u2018y\u2019", page)[0]!.differsAt).toBe("\u2018y\u2019");
  });

  it("asks GitHub blob pages for the raw file", () => {
    expect(requestUrlFor("https://github.com/o/r/blob/67ef8b1/data/x.csv")).toBe("https://raw.githubusercontent.com/o/r/67ef8b1/data/x.csv");
    expect(requestUrlFor("https://github.com/o/r/blob/main/data/las.csv")).toBe("https://raw.githubusercontent.com/o/r/main/data/las.csv");
    expect(requestUrlFor("https://www.gov.uk/x")).toBe("https://www.gov.uk/x");
  });
});

describe("checkSources against a local server", () => {
  it("finds quotes, reports a lost word, a 404, a 503, a refused connection, follows a redirect, leaves a PDF unchecked", async () => {
    const report = await checkSources(base());
    const by = Object.fromEntries(report.sources.map((r) => [r.id, r]));
    expect(by.good).toMatchObject({ state: "ok", status: 200, quotes: 4, missing: [] });
    expect(by.lost!.state).toBe("missing");
    expect(by.lost!.missing).toEqual([
      {
        where: "services.json northamptonshire-2020 conflicts.0.citations.0",
        quote: "It is owned by the two new unitary councils.",
        pieces: ["It is owned by the two new unitary councils."],
      },
    ]);
    expect(by.gone).toMatchObject({ state: "dead", status: 404, reason: "HTTP 404" });
    expect(by.broken).toMatchObject({ state: "dead", status: 503 });
    expect(by.refused!.state).toBe("dead");
    expect(by.refused!.reason).toMatch(/ECONNREFUSED/);
    expect(by.moved).toMatchObject({ state: "ok", status: 200, finalUrl: `${A}/good` });
    expect(by.rows).toMatchObject({ state: "ok" }); // a CSV, taken as text
    expect(by.pdf).toMatchObject({ state: "unchecked", quotes: 1 });
    expect(by.pdf!.reason).toMatch(/application\/pdf/);
    expect(by.uncited).toMatchObject({ state: "ok", quotes: 0 });
    expect(report.counts).toMatchObject({
      sources: 9,
      ok: 4,
      dead: 3,
      withMissingQuotes: 1,
      unchecked: 1,
      missingQuotes: 1,
      quotes: 12,
      fetched: 9,
      fromCache: 0,
    });
    expect(exitCodeOf(report)).toBe(1);
    expect(summaryLine(report)).toBe(
      "check-sources: 9 sources (9 fetched, 0 from cache): 4 ok, 3 dead, 1 with missing quotes (1 of 12 quotes not found), 1 unchecked",
    );
    const text = formatReport(report);
    expect(text).toContain(`DEAD      gone: HTTP 404 — ${A}/gone`);
    expect(text).toContain(`MISSING   lost: 1 of 2 quote(s) not found — ${A}/lost`);
    expect(text).toContain(`"It is owned by the two new unitary councils."`);
    expect(text).not.toContain("good:");
    // JSON, for machines: the whole report survives a round trip.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("names the package in its User-Agent", async () => {
    const before = hits.length;
    await checkSources(base({ only: ["good"] }));
    expect(hits.slice(before).map((h) => h.userAgent)).toEqual([expect.stringMatching(/^childrens-services-trusts\/\S+ \(check-sources; \+https:\/\//)]);
  });

  it("gives up on a page slower than the timeout", async () => {
    const started = Date.now();
    const report = await checkSources(
      base({ sources: [{ id: "slow", url: `${A}/slow` }], citations: [{ source: "slow", quote: "x", where: "w" }], timeoutMs: 300 }),
    );
    expect(Date.now() - started).toBeLessThan(1400);
    expect(report.sources[0]).toMatchObject({ state: "dead", reason: "timed out after 0.3 s" });
    expect(exitCodeOf(report)).toBe(1);
  });

  it("exits 0 when every link is alive and every quote found", async () => {
    const report = await checkSources(base({ only: ["good", "moved", "uncited"] }));
    expect(report.counts).toMatchObject({ sources: 3, ok: 3, dead: 0, missingQuotes: 0 });
    expect(exitCodeOf(report)).toBe(0);
  });
});

describe("the cache", () => {
  it("answers a second run without a second request, until the entry is older than --max-age", async () => {
    const cacheDir = join(tmp, "cache");
    const t0 = Date.now();
    const opts = base({ only: ["good", "gone", "refused"], cacheDir, maxAgeHours: 1 });
    const first = await checkSources({ ...opts, now: () => t0 });
    expect(first.counts).toMatchObject({ fetched: 3, fromCache: 0 });
    const goodHits = hitsOf("/good").length;
    const goneHits = hitsOf("/gone").length;
    // Responses are cached (a 404 too); a refused connection is not.
    expect(readdirSync(cacheDir)).toHaveLength(2);

    const second = await checkSources({ ...opts, now: () => t0 + 30 * 60_000 });
    expect(hitsOf("/good")).toHaveLength(goodHits);
    expect(hitsOf("/gone")).toHaveLength(goneHits);
    expect(second.sources.map((r) => [r.id, r.fromCache, r.state])).toEqual([
      ["good", true, "ok"],
      ["gone", true, "dead"],
      ["refused", false, "dead"],
    ]);

    const third = await checkSources({ ...opts, now: () => t0 + 2 * 3_600_000 });
    expect(hitsOf("/good")).toHaveLength(goodHits + 1);
    expect(third.counts.fromCache).toBe(0);
  });
});

describe("politeness", () => {
  it("spaces requests to one host, one at a time, while another host goes on", async () => {
    const sources: SourceRef[] = [
      { id: "a1", url: `${A}/page-a1` },
      { id: "a2", url: `${A}/page-a2` },
      { id: "a3", url: `${A}/page-a3` },
      { id: "b1", url: `${B}/page-b1` },
    ];
    // A long interval, so the timing holds on a busy machine: requests are spaced 800 ms apart when
    // sent; their arrival may shift by the machine's load, hence the margin.
    const report = await checkSources({ sources, citations: [], cacheDir: null, hostIntervalMs: 800, concurrency: 3 });
    expect(report.counts).toMatchObject({ ok: 4, dead: 0 });
    const onA = ["/page-a1", "/page-a2", "/page-a3"].map((p) => hitsOf(p, A).at(-1)!.at).sort((x, y) => x - y);
    expect(onA[1]! - onA[0]!).toBeGreaterThanOrEqual(500);
    expect(onA[2]! - onA[1]!).toBeGreaterThanOrEqual(500);
    // The other host was not made to wait behind the first.
    expect(hitsOf("/page-b1", B).at(-1)!.at).toBeLessThan(onA[1]!);
  });

  it("keeps to the global concurrency", async () => {
    let running = 0;
    let most = 0;
    const tasks = Array.from({ length: 8 }, (_, i) => ({
      host: `h${i}`,
      run: async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return i;
      },
    }));
    expect(await runPolitely(tasks, { concurrency: 3, intervalMs: 0 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });
});

describe("the real data, offline", () => {
  it("finds every quote when each source's page holds its evidence (as HTML), or its committed dataset (as CSV from the raw URL)", async () => {
    const { data } = loadDataOrThrow();
    const byRequest = new Map(data.sources.map((s) => [requestUrlFor(s.url), s.id]));
    const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/’/g, "&rsquo;");
    const asked: string[] = [];
    const pages = (async (url: string) => {
      asked.push(url);
      const id = byRequest.get(url);
      const text = id === undefined ? undefined : corpusFor(id);
      if (text === undefined) return new Response("not here", { status: 404 });
      if (DATASET_FILES[id!]) return new Response(text, { headers: { "content-type": "text/csv; charset=utf-8" } });
      const html = `<html><head><script>var x = 1;</script></head><body>${text
        .split("\n…\n")
        .map((p) => `<p>${escape(p)}</p>`)
        .join("\n")}</body></html>`;
      return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
    }) as typeof fetch;
    const citations = citationsOf(data);
    const report = await checkSources({ sources: data.sources, citations, fetch: pages, cacheDir: null, hostIntervalMs: 0, concurrency: 16 });
    expect(formatReport(report)).toBe(summaryLine(report)); // nothing but the summary: no source dead or missing
    expect(report.counts).toMatchObject({ sources: data.sources.length, ok: data.sources.length, quotes: citations.length, missingQuotes: 0 });
    // The datasets on GitHub were asked for as raw files.
    for (const id of Object.keys(DATASET_FILES)) expect(asked).toContain(requestUrlFor(data.sources.find((s) => s.id === id)!.url));
    expect(asked.filter((u) => u.includes("github.com/") && u.includes("/blob/"))).toEqual([]);
  });
});

describe("the command line", () => {
  it("parses --only (several ids), --max-age, --json, and rejects bad values", () => {
    expect(parseCli(["--only", "a", "b", "--only", "c,d", "--max-age", "0", "--json"])).toMatchObject({
      only: ["a", "c", "d", "b"],
      maxAgeHours: 0,
      json: true,
    });
    expect(parseCli([])).toMatchObject({ only: [], maxAgeHours: 24, json: false, timeoutMs: 20_000, hostIntervalMs: 1000, concurrency: 4 });
    expect(() => parseCli(["--max-age", "soon"])).toThrow(/--max-age/);
    expect(() => parseCli(["stray"])).toThrow(/after --only/);
  });

  it("exits 2 on an unknown source id, before fetching anything", async () => {
    const before = hits.length;
    const errors: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a.join(" "));
    try {
      const code = await main(["--only", "no-such-source"], () => ({ sources: [{ id: "good", url: `${A}/good` }] }) as unknown as DatasetInput);
      expect(code).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors.join("\n")).toMatch(/no source with id "no-such-source"/);
    expect(hits.length).toBe(before);
  });

  it("--json prints the machine report and exits 1 when something is dead", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const [log, error] = [console.log, console.error];
    console.log = (...a: unknown[]) => void out.push(a.join(" "));
    console.error = (...a: unknown[]) => void err.push(a.join(" "));
    try {
      const { sources, data } = fixture();
      const code = await main(
        ["--json", "--only", "good", "gone", "--cache-dir", join(tmp, "cli-cache"), "--host-interval", "0"],
        () => ({ ...data, sources }) as unknown as DatasetInput,
      );
      expect(code).toBe(1);
    } finally {
      [console.log, console.error] = [log, error];
    }
    const report = JSON.parse(out.join("\n"));
    expect(report.counts).toMatchObject({ sources: 2, ok: 1, dead: 1 });
    expect(err.at(-1)).toMatch(/^check-sources: 2 sources .*1 ok, 1 dead/);
  });
});
