/** The byte budgets, on the built dist/ (the same checks as `npm run bench`); the figures are printed. */
import { expect, it } from "vitest";
import { bundleChecks } from "../scripts/sizes.js";
import { ROOT } from "./helpers.js";

it("every bundle within its budget: everything, each collection alone, a helper with no data", async () => {
  const checks = await bundleChecks(ROOT);
  for (const [ok, line] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${line}`);
  expect(checks.length).toBeGreaterThan(10);
  expect(checks.filter(([ok]) => !ok).map(([, line]) => line)).toEqual([]);
});
