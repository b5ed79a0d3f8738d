/** The explorer page at a desktop width (the tests: test/site-suite.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { explorerPageTests, VIEWPORTS } from "./site-suite.js";

it("the page's build puts the timeline picture next to it", () => {
  expect(readFileSync(join(ROOT, "site", "timeline.svg"), "utf8")).toBe(readFileSync(join(ROOT, "docs", "timeline.svg"), "utf8"));
});

explorerPageTests(VIEWPORTS.desktop);
