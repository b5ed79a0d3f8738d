/**
 * The contributor's guide, followed to the letter: in a temporary copy of the repository, a
 * throwaway collection is added by the steps CONTRIBUTING.md gives (its data file, its module, one
 * registry entry, its export) and nothing else. Then the generator and the formats must carry it
 * everywhere: the dataset module, schema.json, the CSV, datapackage.json and the README's lists.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const guide = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
const section = guide.slice(guide.indexOf("## Adding a collection"), guide.indexOf("\n## ", guide.indexOf("## Adding a collection") + 5));

// The throwaway collection: widgets, each naming an area, citing a real quote of a real source.
const RECORD = {
  id: "northamptonshire-widget",
  area: "northamptonshire",
  colour: "blue",
  citations: [{ source: "dfe-las", quote: "E10000021,Northamptonshire" }],
};
const MODULE = `/** The \`widgets\` collection: a throwaway collection added by the guide's steps. */
import { z } from "zod";
import type { AreaId, WidgetId } from "../ids.js";
import { type Cited, cited, id, type SameShape, text } from "./common.js";

export const widgetSchema = z.object({ ...cited, area: id, colour: text }).strict();

/** A widget. */
export interface Widget extends Cited {
  /** The widget's id. */
  readonly id: WidgetId;
  /** The area it belongs to. */
  readonly area: AreaId;
  /** Its colour. */
  readonly colour: string;
}

const matches: SameShape<Widget, z.infer<typeof widgetSchema>> = true;
void matches;
`;
const REGISTRY_LINE = `  widgets: { file: "widgets.json", schema: widgetSchema, type: "Widget", idType: "WidgetId", entry: "main", description: "Throwaway widgets.", references: [{ path: "area", to: ["areas"] }] },\n`;

let dir = "";
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
const tsx = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), script, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CI: "" },
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cst-add-collection-"));
  // The repository as committed or edited now, without what a clone lacks.
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|\.git|coverage|\.cache|docs[\\/]api)$/.test(src) });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  execFileSync("git", ["init", "-q"], { cwd: dir });
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "before");

  // The guide's steps, and only those.
  writeFileSync(join(dir, "data", "widgets.json"), `${JSON.stringify({ $schema: "../schema.json", records: [RECORD] }, null, 2)}\n`);
  writeFileSync(join(dir, "src", "collections", "widgets.ts"), MODULE);
  const registry = join(dir, "src", "build", "registry.ts");
  let text = readFileSync(registry, "utf8");
  text = text.replace('import { sourceSchema } from "../collections/sources.js";', (m) => `${m}\nimport { widgetSchema } from "../collections/widgets.js";`);
  text = text.replace("} as const satisfies Record<string, CollectionEntry>;", (m) => `${REGISTRY_LINE}${m}`);
  writeFileSync(registry, text);
  // Its export: nothing to write for the main entry point; the generator writes it from the registry.
  tsx("scripts/generate.ts");
  tsx("scripts/formats.ts");
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("adding a collection by the guide's steps alone", () => {
  it("the guide names exactly those steps", () => {
    for (const place of ["data/<file>.json", "src/collections/<file>.ts", "src/build/registry.ts", "npm run generate"]) expect(section).toContain(place);
  });

  it("the generated module exports it, typed", () => {
    expect(readFileSync(join(dir, "src", "dataset.ts"), "utf8")).toContain("export const widgets: readonly Widget[]");
    expect(readFileSync(join(dir, "src", "types.ts"), "utf8")).toMatch(/export type \{ Widget \} from "\.\/collections\/widgets\.js";/);
    expect(readFileSync(join(dir, "src", "ids.ts"), "utf8")).toContain('export type WidgetId =\n  | "northamptonshire-widget";');
  });

  it("schema.json, datapackage.json (with its foreign key) and the CSV include it", () => {
    const schema = JSON.parse(readFileSync(join(dir, "schema.json"), "utf8"));
    expect(schema.$defs.widgets.properties.records.items.properties.colour.description).toBe("Its colour.");
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    const resource = pkg.resources.find((r: { name: string }) => r.name === "widgets");
    expect(resource.schema.foreignKeys).toEqual([{ fields: "area", reference: { resource: "areas", fields: "id" } }]);
    expect(readFileSync(join(dir, "dist", "csv", "widgets.csv"), "utf8")).toMatch(
      /^id,area,colour,citation_sources,citation_urls,citation_quotes,conflicts,note\r\nnorthamptonshire-widget,northamptonshire,blue,dfe-las,/,
    );
  });

  it("the README's lists and coverage table include it, and the API report", () => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme).toContain("| `widgets` | 1 | `childrens-services-trusts` | Throwaway widgets. |");
    expect(readme).toMatch(/- `childrens-services-trusts`: [^\n]*`widgets`/);
    expect(readme).toContain("- `widgets`: `data/widgets.json`, `csv/widgets.csv`");
    expect(JSON.parse(readFileSync(join(dir, "api-report.json"), "utf8"))["."]).toContain("widgets");
  });

  it("no file was touched by hand but the guide's three; the rest were generated", () => {
    const changed = git("status", "--porcelain")
      .split("\n")
      .filter(Boolean)
      .map((l) => l.slice(3))
      .sort();
    const generated = ["README.md", "api-report.json", "datapackage.json", "schema.json", "src/dataset.ts", "src/ids.ts", "src/types.ts"];
    expect(changed).toEqual([...generated, "data/widgets.json", "src/build/registry.ts", "src/collections/widgets.ts"].sort());
  });

  it("a data file with no registry entry fails validation, naming it", () => {
    writeFileSync(join(dir, "data", "gadgets.json"), '{ "records": [] }\n');
    let out = "";
    try {
      tsx("scripts/validate-data.ts");
    } catch (e) {
      out = String((e as { stderr: string }).stderr);
    }
    expect(out).toContain("data/gadgets.json: record <file>: no collection in the registry (src/build/registry.ts) reads this file");
    expect(existsSync(join(dir, "data", "gadgets.json"))).toBe(true);
  });
});
