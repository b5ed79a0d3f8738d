/**
 * `npm run typecheck` over the whole project (src, scripts, tests, the page), as a test so it runs
 * beside the others. It also runs the compile-time check that each public type matches its zod
 * schema (src/types.ts), and the type tests (test/*.test-d.ts). It uses tsgo, TypeScript's native
 * compiler (pinned), which checks the project in about 3 s where tsc takes 12; the build's
 * declaration files and TypeDoc still use tsc.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";

it("the project type-checks", async () => {
  const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsgo"), ["-p", "."], { cwd: ROOT });
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    child.on("close", (code) => resolve({ code, text }));
  });
  expect(output.text).toBe("");
  expect(output.code).toBe(0);
});

it("type-checks on a fresh clone: no source, script, test or page file imports the build's output (dist/)", () => {
  const files = ["src", "src/cli", "scripts", "test", "site"].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(dir, f)),
  );
  const importsDist = files.filter((f) => /^\s*(?:import|export|\})[^;\n`]*\bfrom\s+["'][./]*dist\//m.test(readFileSync(join(ROOT, f), "utf8")));
  expect(importsDist).toEqual([]);
});
