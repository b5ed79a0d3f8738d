/** The explorer page at a desktop width (the tests: test/site-suite.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as pkg from "../scripts/package.js";
import { ROOT } from "./helpers.js";
import { explorerPageTests, VIEWPORTS } from "./site-suite.js";

it("the page's build puts the timeline picture next to it", () => {
  expect(readFileSync(join(ROOT, "site", "timeline.svg"), "utf8")).toBe(readFileSync(join(ROOT, "docs", "timeline.svg"), "utf8"));
});

it("the page reserves the picture's own proportions, and its alt text names what it draws", () => {
  const svg = readFileSync(join(ROOT, "docs", "timeline.svg"), "utf8");
  const html = readFileSync(join(ROOT, "site", "index.html"), "utf8");
  const size = (tag: string) => [Number(/ width="(\d+)"/.exec(tag)![1]), Number(/ height="(\d+)"/.exec(tag)![1])] as const;
  const [sw, sh] = size(/<svg[^>]*>/.exec(svg)![0]);
  const img = /<img id="timeline-picture"[^>]*>/.exec(html)![0];
  const [iw, ih] = size(img);
  expect(Math.abs(iw / ih - sw / sh), "update the img's width and height in site/index.html to the svg's").toBeLessThan(0.01);
  expect(img).toMatch(/statutory direction/);
});

it("the picture marks every statutory direction to a council whose services a trust has run, and no other", () => {
  const svg = readFileSync(join(ROOT, "docs", "timeline.svg"), "utf8");
  const drawn = [...svg.matchAll(/data-direction="([^"]+)"/g)].map((m) => m[1]).sort();
  const trustAreas = new Set(pkg.services.map((s) => s.area));
  const expected = pkg.interventions
    .filter((i) => i.kind === "direction" && trustAreas.has(i.area))
    .map((i) => i.id)
    .sort();
  expect(drawn.length).toBeGreaterThan(5);
  expect(drawn).toEqual(expected);
});

explorerPageTests(VIEWPORTS.desktop);
