/**
 * `npm run check-sources`: fetches the page of every source in `data/sources.json` and reports
 *
 * - dead links: a network error, a timeout, or an HTTP status of 400 or more once redirects are
 *   followed (the final URL is shown when it differs);
 * - quotes no longer on the page: every citation in `data/*.json` (a record's `citations`, and the
 *   nested ones: a service's `origin.citations`, `conflicts[].citations`, `confirmed.citations`…) is
 *   split into its pieces on " … ", and each piece must appear in the page's text.
 *
 * The page's text is the HTML with its tags stripped (the contents of `<script>`, `<style>`,
 * `<noscript>`, `<template>` and `<svg>` dropped, a space at each block-level tag), entities
 * decoded, plus the strings of any JSON-LD block and of the description and title `<meta>` tags
 * (news sites often carry the whole article there). Non-HTML text (CSV, plain text) is taken as
 * it is. Page and quote are then compared by the one rule the build uses against the evidence files
 * (`normaliseQuoteText` in src/build/quotes.ts): white space runs are one space and invisible
 * characters go; nothing else is loosened.
 *
 * Sources whose URL is a GitHub "blob" page (the datasets quoted row by row) are fetched from the
 * raw file instead (raw.githubusercontent.com, same commit or branch and path): the blob page of a
 * large CSV does not carry the file's text, so it would report every row as missing, while the raw
 * file both shows that the link still resolves and holds the rows quoted. A source whose page is
 * not text (a PDF, an image) is reported as "unchecked" for its quotes, not as missing.
 *
 * Politeness and speed: responses are cached in `.cache/check-sources/` (one JSON file per URL,
 * reused while younger than `--max-age` hours; network errors and timeouts are not cached), at
 * most one request to a host at a time and their starts at least `--host-interval` seconds apart,
 * a few requests at once overall, a timeout per request, and a User-Agent naming this package.
 *
 * Exit code: 0 when every link is alive and every quote found, 1 otherwise, 2 on bad usage.
 * The core (`checkSources`) takes its sources, citations, fetch and cache folder as arguments, so
 * the tests run it against a local server and a small made-up dataset.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Parser } from "htmlparser2";
import { citationsIn, missingPieces, normaliseQuoteText } from "../src/build/quotes.js";
import { COLLECTION_NAMES, COLLECTIONS, type DatasetInput } from "../src/build/registry.js";

const ROOT = join(import.meta.dirname, "..");
export const DEFAULT_CACHE_DIR = join(ROOT, ".cache", "check-sources");

/** What the checker needs of a source. */
export interface SourceRef {
  readonly id: string;
  readonly url: string;
  readonly kind?: string;
}

/** One citation to check, and where it sits in the data. */
export interface CitationRef {
  readonly source: string;
  readonly quote: string;
  /** E.g. `services.json northamptonshire-2020 origin.citations.0`. */
  readonly where: string;
}

/** Every citation in the dataset, nested ones included (a service's origin, conflicts, confirmations). */
export function citationsOf(data: Partial<Record<keyof DatasetInput, readonly object[]>>): CitationRef[] {
  const found: CitationRef[] = [];
  for (const name of COLLECTION_NAMES) {
    if (name === "sources") continue;
    for (const record of data[name] ?? []) {
      const id = (record as { id?: unknown }).id;
      for (const [path, c] of citationsIn(record)) found.push({ source: c.source, quote: c.quote, where: `${COLLECTIONS[name].file} ${String(id)} ${path}` });
    }
  }
  return found;
}

/** The URL to request for a source: the raw file for a GitHub blob page, else the URL itself. */
export function requestUrlFor(url: string): string {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url);
  return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}` : url;
}

// ---- Text ----

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object"]);
// Inline elements join their text to the words around them; every other tag separates words.
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "font",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "wbr",
  "ins",
  "del",
]);
const META_TEXT = /^(description|og:description|og:title|twitter:description|twitter:title)$/i;

/** Every string inside a JSON value. */
function jsonStrings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) jsonStrings(v, out);
}

/** The text of an HTML (or XML) page, tags stripped and entities decoded; not yet normalised. */
export function htmlText(html: string): string {
  const parts: string[] = [];
  const extra: string[] = [];
  let skipDepth = 0;
  let jsonLd: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) jsonLd = [];
        if (SKIPPED.has(name)) skipDepth++;
        else if (!INLINE.has(name)) parts.push(" ");
        if (name === "meta" && attrs.content && META_TEXT.test(attrs.name ?? attrs.property ?? "")) extra.push(attrs.content);
      },
      ontext(text) {
        if (jsonLd) jsonLd.push(text);
        else if (skipDepth === 0) parts.push(text);
      },
      onclosetag(name) {
        if (jsonLd && name === "script") {
          try {
            jsonStrings(JSON.parse(jsonLd.join("")), extra);
          } catch {
            // not valid JSON: ignored
          }
          jsonLd = undefined;
        }
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (!INLINE.has(name)) parts.push(" ");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // JSON-LD strings may hold HTML themselves (an articleBody with <p> tags): strip those too, once.
  const extraText = extra.map((s) => (/<[a-z!/]/i.test(s) ? htmlText(s) : s));
  return [parts.join(""), ...extraText].join(" ");
}

// ---- Fetching, with a cache ----

/** One response (or failure) for one URL. */
export interface Fetched {
  readonly url: string;
  /** The URL after redirects. */
  readonly finalUrl?: string;
  readonly status?: number;
  readonly contentType?: string;
  /** The body as text, for text responses only. */
  readonly body?: string;
  /** A network error or timeout (no response). */
  readonly error?: string;
  /** When it was fetched (ms since the epoch). */
  readonly fetchedAt: number;
}

const isTextType = (contentType: string, body: Uint8Array) =>
  /^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|json|ld\+json|csv))/i.test(contentType) ||
  // No or a generic type: text when it has no NUL byte in its first kilobyte.
  (/^(application\/octet-stream)?$/i.test(contentType.split(";")[0]!.trim()) && !body.subarray(0, 1024).includes(0));

function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

function describeError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message ?? "error"} (${cause})` : (err.message ?? String(e));
}

/** Requests one URL, following redirects, within the timeout. Never throws. */
export async function fetchPage(url: string, opts: { fetch: typeof fetch; timeoutMs: number; userAgent: string; now: () => number }): Promise<Fetched> {
  try {
    const res = await opts.fetch(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(opts.timeoutMs),
      headers: { "user-agent": opts.userAgent, accept: "text/html,application/xhtml+xml,text/plain,text/csv;q=0.9,*/*;q=0.8" },
    });
    const bytes = new Uint8Array(await res.arrayBuffer()); // the body counts against the timeout too
    const contentType = res.headers.get("content-type") ?? "";
    const text = isTextType(contentType, bytes) ? decode(bytes, contentType) : undefined;
    return { url, finalUrl: res.url || url, status: res.status, contentType, ...(text === undefined ? {} : { body: text }), fetchedAt: opts.now() };
  } catch (e) {
    return { url, error: describeError(e, opts.timeoutMs), fetchedAt: opts.now() };
  }
}

const cacheFile = (dir: string, url: string) => join(dir, `${createHash("sha256").update(url).digest("hex").slice(0, 40)}.json`);

function readCache(dir: string, url: string, maxAgeMs: number, now: number): Fetched | undefined {
  try {
    const hit = JSON.parse(readFileSync(cacheFile(dir, url), "utf8")) as Fetched;
    return hit.url === url && typeof hit.status === "number" && maxAgeMs > 0 && now - hit.fetchedAt <= maxAgeMs ? hit : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, page: Fetched): void {
  if (page.status === undefined) return; // errors and timeouts may be passing: ask again next time
  mkdirSync(dir, { recursive: true });
  writeFileSync(cacheFile(dir, page.url), JSON.stringify(page));
}

// ---- Scheduling: one request per host at a time, starts spaced, a few at once overall ----

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the tasks with at most `concurrency` at once, at most one per host at a time, and the
 * starts of two tasks on one host at least `intervalMs` apart. Results in the order of `tasks`.
 */
export async function runPolitely<T>(
  tasks: readonly { host: string; run: () => Promise<T> }[],
  opts: { concurrency: number; intervalMs: number; now?: () => number },
): Promise<T[]> {
  const now = opts.now ?? Date.now;
  const results: T[] = new Array(tasks.length);
  const pending = tasks.map((t, index) => ({ ...t, index }));
  const freeAt = new Map<string, number>(); // when a host may next be asked; Infinity while it is
  let wake: (() => void)[] = [];
  const notify = () => {
    const w = wake;
    wake = [];
    w.forEach((f) => f());
  };
  const worker = async () => {
    while (pending.length) {
      let best = -1;
      let bestAt = Infinity;
      pending.forEach((t, i) => {
        const at = freeAt.get(t.host) ?? 0;
        if (at < bestAt) [best, bestAt] = [i, at];
      });
      if (best === -1) {
        await new Promise<void>((resolve) => wake.push(resolve)); // every host left is busy
        continue;
      }
      const task = pending.splice(best, 1)[0]!;
      freeAt.set(task.host, Infinity);
      const wait = bestAt - now();
      if (wait > 0) await sleep(wait);
      const started = now();
      try {
        results[task.index] = await task.run();
      } finally {
        freeAt.set(task.host, started + opts.intervalMs);
        notify();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, tasks.length)) }, worker));
  return results;
}

// ---- The check ----

export interface MissingQuote {
  readonly where: string;
  readonly quote: string;
  /** The pieces of the quote not found. */
  readonly pieces: readonly string[];
}

/** ok: alive and every quote found; dead: no page; missing: some quote not found; unchecked: alive, but its quotes could not be checked (not text). */
export type SourceState = "ok" | "dead" | "missing" | "unchecked";

export interface SourceReport {
  readonly id: string;
  readonly url: string;
  /** The URL requested, where it differs from `url` (a GitHub blob's raw file). */
  readonly requestUrl?: string;
  /** The URL after redirects, where it differs from the one requested. */
  readonly finalUrl?: string;
  readonly status?: number;
  readonly error?: string;
  readonly state: SourceState;
  /** Why it is dead or unchecked. */
  readonly reason?: string;
  readonly fromCache: boolean;
  /** How many citations quote it. */
  readonly quotes: number;
  readonly missing: readonly MissingQuote[];
}

export interface Report {
  readonly checkedAt: string;
  readonly sources: readonly SourceReport[];
  readonly counts: {
    readonly sources: number;
    readonly ok: number;
    readonly dead: number;
    readonly withMissingQuotes: number;
    readonly unchecked: number;
    readonly quotes: number;
    readonly missingQuotes: number;
    readonly fromCache: number;
    readonly fetched: number;
  };
}

export interface CheckOptions {
  readonly sources: readonly SourceRef[];
  readonly citations: readonly CitationRef[];
  /** Check only these source ids. */
  readonly only?: readonly string[];
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Where responses are cached; `null` for no cache. */
  readonly cacheDir: string | null;
  /** Cached responses younger than this are reused (hours; default 24). */
  readonly maxAgeHours?: number;
  /** Per request, body included (default 20 000 ms). */
  readonly timeoutMs?: number;
  /** Between the starts of two requests to one host (default 1000 ms). */
  readonly hostIntervalMs?: number;
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  readonly userAgent?: string;
  readonly now?: () => number;
  /** Called as each source is done (progress). */
  readonly onSource?: (r: SourceReport, done: number, total: number) => void;
}

/** This package's User-Agent: name, version, and where to read about it. */
export function defaultUserAgent(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; homepage?: string };
  return `${pkg.name}/${pkg.version} (check-sources; +${pkg.homepage ?? "https://www.npmjs.com/package/" + pkg.name})`;
}

function judge(source: SourceRef, page: Fetched, requestUrl: string, fromCache: boolean, citations: readonly CitationRef[]): SourceReport {
  const base = {
    id: source.id,
    url: source.url,
    ...(requestUrl !== source.url ? { requestUrl } : {}),
    ...(page.finalUrl && page.finalUrl !== requestUrl ? { finalUrl: page.finalUrl } : {}),
    ...(page.status !== undefined ? { status: page.status } : {}),
    ...(page.error ? { error: page.error } : {}),
    fromCache,
    quotes: citations.length,
  };
  if (page.error) return { ...base, state: "dead", reason: page.error, missing: [] };
  if (page.status! >= 400) return { ...base, state: "dead", reason: `HTTP ${page.status}`, missing: [] };
  if (!citations.length) return { ...base, state: "ok", missing: [] };
  if (page.body === undefined) return { ...base, state: "unchecked", reason: `not text (${page.contentType || "no content type"})`, missing: [] };
  const html = /html|xml/i.test(page.contentType ?? "") || (!page.contentType && /^\s*</.test(page.body));
  const text = normaliseQuoteText(html ? htmlText(page.body) : page.body);
  const missing = citations.flatMap((c) => {
    const pieces = missingPieces(c.quote, text).map((m) => m.piece);
    return pieces.length ? [{ where: c.where, quote: c.quote, pieces }] : [];
  });
  return { ...base, state: missing.length ? "missing" : "ok", missing };
}

/** Fetches each source (or reads it from the cache) and checks its quotes. */
export async function checkSources(opts: CheckOptions): Promise<Report> {
  const now = opts.now ?? Date.now;
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxAgeMs = (opts.maxAgeHours ?? 24) * 3_600_000;
  const userAgent = opts.userAgent ?? defaultUserAgent();
  const only = opts.only?.length ? new Set(opts.only) : undefined;
  const sources = opts.sources.filter((s) => !only || only.has(s.id));
  const bySource = new Map<string, CitationRef[]>();
  for (const c of opts.citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);

  let done = 0;
  const finish = (r: SourceReport) => {
    opts.onSource?.(r, ++done, sources.length);
    return r;
  };
  const reports: (SourceReport | undefined)[] = new Array(sources.length);
  const tasks: { host: string; run: () => Promise<void> }[] = [];
  sources.forEach((source, i) => {
    const requestUrl = requestUrlFor(source.url);
    const cites = bySource.get(source.id) ?? [];
    const cached = opts.cacheDir ? readCache(opts.cacheDir, requestUrl, maxAgeMs, now()) : undefined;
    if (cached) {
      reports[i] = finish(judge(source, cached, requestUrl, true, cites));
      return;
    }
    let host: string;
    try {
      host = new URL(requestUrl).host;
    } catch {
      reports[i] = finish(judge(source, { url: requestUrl, error: "invalid URL", fetchedAt: now() }, requestUrl, false, cites));
      return;
    }
    tasks.push({
      host,
      run: async () => {
        const page = await fetchPage(requestUrl, { fetch: fetchImpl, timeoutMs, userAgent, now });
        if (opts.cacheDir) writeCache(opts.cacheDir, page);
        reports[i] = finish(judge(source, page, requestUrl, false, cites));
      },
    });
  });
  await runPolitely(tasks, { concurrency: opts.concurrency ?? 4, intervalMs: opts.hostIntervalMs ?? 1000, now });

  const list = reports as SourceReport[];
  const count = (state: SourceState) => list.filter((r) => r.state === state).length;
  return {
    checkedAt: new Date(now()).toISOString(),
    sources: list,
    counts: {
      sources: list.length,
      ok: count("ok"),
      dead: count("dead"),
      withMissingQuotes: count("missing"),
      unchecked: count("unchecked"),
      quotes: list.reduce((n, r) => n + r.quotes, 0),
      missingQuotes: list.reduce((n, r) => n + r.missing.length, 0),
      fromCache: list.filter((r) => r.fromCache).length,
      fetched: list.filter((r) => !r.fromCache).length,
    },
  };
}

/** 1 when a link is dead or a quote missing, else 0. */
export const exitCodeOf = (report: Report): number => (report.counts.dead || report.counts.missingQuotes ? 1 : 0);

/** The one-line summary with the counts. */
export function summaryLine(report: Report): string {
  const c = report.counts;
  return (
    `check-sources: ${c.sources} sources (${c.fetched} fetched, ${c.fromCache} from cache): ${c.ok} ok, ${c.dead} dead, ` +
    `${c.withMissingQuotes} with missing quotes (${c.missingQuotes} of ${c.quotes} quotes not found), ${c.unchecked} unchecked`
  );
}

/** The human report: one block per source that is not ok, then the summary. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  for (const r of report.sources) {
    if (r.state === "ok") continue;
    const where = [r.url, r.requestUrl && `(requested ${r.requestUrl})`, r.finalUrl && `→ ${r.finalUrl}`].filter(Boolean).join(" ");
    if (r.state === "dead") lines.push(`DEAD      ${r.id}: ${r.reason} — ${where}`);
    else if (r.state === "unchecked") lines.push(`UNCHECKED ${r.id}: ${r.reason}, ${r.quotes} quote(s) not checked — ${where}`);
    else {
      lines.push(`MISSING   ${r.id}: ${r.missing.length} of ${r.quotes} quote(s) not found — ${where}`);
      for (const m of r.missing) lines.push(`          ${m.where}: ${m.pieces.map((p) => JSON.stringify(p)).join(" … ")}`);
    }
  }
  lines.push(summaryLine(report));
  return lines.join("\n");
}

// ---- Command line ----

export const USAGE = `Usage: npm run check-sources -- [options]

Fetches every source URL in data/sources.json; reports dead links and quotes no longer on the page.

  --only <id>...         check only these source ids (several after one --only, or repeat it)
  --max-age <hours>      reuse cached responses younger than this (default 24; 0: fetch everything)
  --json                 print the full report as JSON on stdout (the summary goes to stderr)
  --timeout <seconds>    per request (default 20)
  --host-interval <s>    between two requests to one host (default 1)
  --concurrency <n>      requests at once (default 4)
  --cache-dir <dir>      default .cache/check-sources
  --help

GitHub blob URLs are fetched from the raw file. Exit code 1 when anything is dead or missing.`;

export interface CliOptions {
  only: string[];
  maxAgeHours: number;
  json: boolean;
  timeoutMs: number;
  hostIntervalMs: number;
  concurrency: number;
  cacheDir: string;
  help: boolean;
}

/** Parses the command line; throws an Error with a message on bad usage. */
export function parseCli(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      only: { type: "string", multiple: true },
      "max-age": { type: "string" },
      json: { type: "boolean" },
      timeout: { type: "string" },
      "host-interval": { type: "string" },
      concurrency: { type: "string" },
      "cache-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (positionals.length && !values.only) throw new Error(`unexpected argument ${JSON.stringify(positionals[0])} (source ids go after --only)`);
  const number = (name: string, value: string | undefined, fallback: number, min: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} needs a number of at least ${min}, not ${JSON.stringify(value)}`);
    return n;
  };
  return {
    only: [...(values.only ?? []), ...positionals].flatMap((v) => v.split(",")).filter(Boolean),
    maxAgeHours: number("max-age", values["max-age"], 24, 0),
    json: values.json ?? false,
    timeoutMs: number("timeout", values.timeout, 20, 0.001) * 1000,
    hostIntervalMs: number("host-interval", values["host-interval"], 1, 0) * 1000,
    concurrency: Math.floor(number("concurrency", values.concurrency, 4, 1)),
    cacheDir: values["cache-dir"] ?? DEFAULT_CACHE_DIR,
    help: values.help ?? false,
  };
}

/** The command: returns the exit code. `load` gives the dataset (the real, validated data by default). */
export async function main(argv: readonly string[], load?: () => DatasetInput | Promise<DatasetInput>): Promise<number> {
  let cli: CliOptions;
  try {
    cli = parseCli(argv);
  } catch (e) {
    console.error(`check-sources: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (cli.help) {
    console.log(USAGE);
    return 0;
  }
  const data = load ? await load() : (await import("./load-data.js")).loadDataOrThrow().data;
  const unknown = cli.only.filter((id) => !data.sources.some((s) => s.id === id));
  if (unknown.length) {
    console.error(`check-sources: no source with id ${unknown.map((u) => JSON.stringify(u)).join(", ")}`);
    return 2;
  }
  const report = await checkSources({
    sources: data.sources,
    citations: citationsOf(data),
    only: cli.only,
    cacheDir: cli.cacheDir,
    maxAgeHours: cli.maxAgeHours,
    timeoutMs: cli.timeoutMs,
    hostIntervalMs: cli.hostIntervalMs,
    concurrency: cli.concurrency,
    onSource: (r, done, total) => {
      if (process.stderr.isTTY)
        process.stderr.write(`\r[${done}/${total}] ${r.state.padEnd(9)} ${r.id}`.padEnd(80).slice(0, 100) + (done === total ? "\n" : ""));
    },
  });
  if (cli.json) {
    console.log(JSON.stringify(report, null, 2));
    console.error(summaryLine(report));
  } else console.log(formatReport(report));
  return exitCodeOf(report);
}

if ((process.argv[1] ?? "").endsWith("check-sources.ts")) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
