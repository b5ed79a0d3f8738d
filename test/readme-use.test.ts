/**
 * The README's code examples run against the built package, and every commented answer in them
 * is what the package gives: each statement ending in `; // <value>` is evaluated and compared, and
 * no line may carry an answer the test does not check.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
/** The first code block of a kind after a heading or marker. */
const blockAfter = (marker: string, lang: string) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(readme.indexOf(marker)))![1]!;
const BLOCKS = {
  "first screen": blockAfter("<!-- cli:end -->", "js"),
  Use: blockAfter("## Use", "ts"),
};
// A statement ending in `; // <JSON-like value>`, the value followed by prose or nothing.
const ANSWER = /^([^\s/][^\n]*?);\s*\/\/\s*(\[[^\n\]]*\]|\{[^\n}]*\}|"(?:[^"\n\\]|\\.)*"|\d+|true|false)(?=[\s,:(]|$)/gm;

it.each(Object.entries(BLOCKS))("the %s example runs as written, and each commented answer is what the package gives", (_, code) => {
  const checks = [...code.matchAll(ANSWER)].map((m) => ({ expr: m[1]!, want: m[2]! }));
  // Every line with a commented answer is checked: none is left to the reader's trust.
  const answered = code.split("\n").filter((l) => /;\s*\/\/\s*\S/.test(l) && !/^\s*\/\//.test(l));
  expect(checks.length).toBe(answered.length);
  expect(checks.length).toBeGreaterThanOrEqual(2);
  const strip = (ts: string) => ts.replace(/\)!\./g, ").").replace(/(\w)!\./g, "$1."); // TypeScript's non-null assertions
  // Each entry point's import, the main one and the subpaths, from the built package.
  const local = code.replace(/"childrens-services-trusts(?:\/([a-z-]+))?"/g, (_, entry?: string) =>
    JSON.stringify(join(ROOT, "dist", `${entry ?? "index"}.js`)),
  );
  const js = strip(local).concat(
    `\nconst __checks = [${checks.map((c) => `[${JSON.stringify(c.expr)}, ${strip(c.expr)}]`).join(",\n")}];\nconsole.log(JSON.stringify(__checks));\n`,
  );
  const dir = mkdtempSync(join(tmpdir(), "cst-readme-"));
  writeFileSync(join(dir, "use.mjs"), js);
  const results: [string, unknown][] = JSON.parse(execFileSync(process.execPath, [join(dir, "use.mjs")], { encoding: "utf8" }));
  for (const [i, [expr, got]] of results.entries()) {
    // The comment is a JavaScript literal; "…" marks what it leaves out, or a number cut short.
    const literal = checks[i]!.want.replace(/(\d+\.(\d+))…/g, (_, n: string, d: string) => `expect.closeTo(${n}, ${d.length})`).replace(/,?\s*…/g, "");
    const want: unknown = new Function("expect", `return (${literal});`)(expect);
    if (typeof want === "object" && !Array.isArray(want) && want !== null) expect(got, expr).toMatchObject(want);
    else if (Array.isArray(want) && Array.isArray(got) && want.length && typeof want[0] === "object") expect(got, expr).toMatchObject(want);
    else expect(got, expr).toEqual(want);
  }
});
