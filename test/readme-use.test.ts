/** The README's "Use" example runs against the built package, and its commented answers are what the package gives. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const use = readme.slice(readme.indexOf("## Use"));
const code = /```ts\n([\s\S]*?)```/.exec(use)![1]!;

it("runs as written, and each statement whose comment is a plain value gives that value", () => {
  // Statements ending in `; // <JSON value>`: evaluate them and compare.
  const checks = [...code.matchAll(/^([^\s/][^\n]*?);\s*\/\/\s*(\[[^\n\]]*\]|\{[^\n}]*\}|"[^"\n]*"|\d+)(?=[\s:(]|$)/gm)].map((m) => ({
    expr: m[1]!,
    want: m[2]!,
  }));
  expect(checks.length).toBeGreaterThanOrEqual(6);
  const js = code
    .replace('"childrens-services-trusts"', JSON.stringify(join(ROOT, "dist", "index.js")))
    .replace(/"childrens-services-trusts\/([a-z-]+)"/g, (_, entry) => JSON.stringify(join(ROOT, "dist", `${entry}.js`)))
    .replace(/\)!\./g, ").") // TypeScript's non-null assertions
    .concat(
      `\nconst __checks = [${checks.map((c) => `[${JSON.stringify(c.expr)}, ${c.expr.replace(/\)!\./g, ").")}]`).join(",\n")}];\nconsole.log(JSON.stringify(__checks));\n`,
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
