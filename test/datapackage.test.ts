/**
 * datapackage.json: in step with scripts/datapackage.ts, and every CSV the build writes to
 * dist/csv/ valid against it (run `npm run build` first).
 *
 * The checks are written here: the Frictionless JavaScript libraries on npm (`tableschema`,
 * `datapackage`) are no longer kept up (their last releases pin axios 0.21 and moment 2.24), so
 * this file checks what the Table Schema spec asks of these files itself: the header, required
 * fields, the types used here (string, integer, number, boolean), enums, patterns, bounds, URIs,
 * unique primary keys and foreign keys that resolve.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { csvColumns } from "../scripts/formats.js";
import { DATAPACKAGE_FILE, renderDataPackage, resourceName, type Field, type Resource } from "../scripts/datapackage.js";
import { COLLECTION_NAMES, COLLECTIONS } from "../src/build/registry.js";
import { ROOT } from "./helpers.js";

interface Descriptor {
  profile: string;
  name: string;
  version: string;
  licenses: { name: string; path: string }[];
  sources: { title: string; path?: string }[];
  resources: Resource[];
}

const committed = readFileSync(DATAPACKAGE_FILE, "utf8");
const descriptor = JSON.parse(committed) as Descriptor;
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; license: string };

type Row = Record<string, string>;

/** Reads a resource's CSV as its dialect says: UTF-8, header, CRLF line ends. */
function readTable(resource: Resource, text: string): { header: string[]; rows: Row[] } {
  const records = parse(text, {
    record_delimiter: [resource.dialect.lineTerminator],
    quote: resource.dialect.quoteChar,
    bom: false,
    relax_quotes: false,
  }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]))) };
}

const TYPES: Record<Field["type"], (v: string, f: Field) => unknown> = {
  string: (v) => v,
  integer: (v) => (/^[+-]?\d+$/.test(v) ? Number(v) : undefined),
  number: (v) => (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v) ? Number(v) : undefined),
  boolean: (v, f) => ((f.trueValues ?? ["true"]).includes(v) ? true : (f.falseValues ?? ["false"]).includes(v) ? false : undefined),
};

/** Every problem of one table against its resource: header, cells, primary key. */
function validateTable(resource: Resource, table: { header: string[]; rows: Row[] }): string[] {
  const problems: string[] = [];
  const names = resource.schema.fields.map((f) => f.name);
  if (JSON.stringify(table.header) !== JSON.stringify(names))
    problems.push(`header ${JSON.stringify(table.header)} is not the fields ${JSON.stringify(names)}`);
  const missing = new Set(resource.schema.missingValues);
  const seenKeys = new Set<string>();
  table.rows.forEach((row, i) => {
    const at = `${resource.name} row ${i + 2}`;
    for (const f of resource.schema.fields) {
      const raw = row[f.name] ?? "";
      const c = f.constraints ?? {};
      if (missing.has(raw)) {
        if (c.required) problems.push(`${at}: ${f.name} is required`);
        continue;
      }
      const value = TYPES[f.type](raw, f);
      if (value === undefined) {
        problems.push(`${at}: ${f.name} ${JSON.stringify(raw)} is not ${f.type === "integer" ? "an" : "a"} ${f.type}`);
        continue;
      }
      if (c.enum && !c.enum.includes(value as string)) problems.push(`${at}: ${f.name} ${JSON.stringify(raw)} is not one of ${JSON.stringify(c.enum)}`);
      // XML Schema patterns match the whole value.
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw)) problems.push(`${at}: ${f.name} ${JSON.stringify(raw)} does not match ${c.pattern}`);
      if (c.minimum !== undefined && (value as number) < c.minimum) problems.push(`${at}: ${f.name} ${raw} is below ${c.minimum}`);
      if (c.maximum !== undefined && (value as number) > c.maximum) problems.push(`${at}: ${f.name} ${raw} is above ${c.maximum}`);
      if (f.format === "uri" && !URL.canParse(raw)) problems.push(`${at}: ${f.name} ${JSON.stringify(raw)} is not a URI`);
    }
    const key = [resource.schema.primaryKey]
      .flat()
      .map((k) => row[k] ?? "")
      .join("|");
    if (seenKeys.has(key)) problems.push(`${at}: primary key ${JSON.stringify(key)} is not unique`);
    seenKeys.add(key);
  });
  return problems;
}

/** Every foreign key value that names no row of its target. */
function validateForeignKeys(resource: Resource, table: { rows: Row[] }, tables: Map<string, { rows: Row[] }>): string[] {
  const problems: string[] = [];
  for (const fk of resource.schema.foreignKeys ?? []) {
    const targetName = fk.reference.resource || resource.name;
    const target = tables.get(targetName);
    if (!target) {
      problems.push(`${resource.name}.${fk.fields}: no resource ${targetName}`);
      continue;
    }
    const keys = new Set(target.rows.map((r) => r[fk.reference.fields]));
    table.rows.forEach((row, i) => {
      const v = row[fk.fields] ?? "";
      if (v !== "" && !keys.has(v)) problems.push(`${resource.name} row ${i + 2}: ${fk.fields} ${JSON.stringify(v)} is not an id of ${targetName}`);
    });
  }
  return problems;
}

describe("datapackage.json", () => {
  it("is in step with scripts/datapackage.ts (run `npm run generate`)", () => {
    expect(committed).toBe(renderDataPackage());
  });

  it("is a tabular data package with the package's name, version and licence", () => {
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.name).toBe(pkg.name);
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.version).toBe(pkg.version);
    expect(descriptor.licenses[0]).toMatchObject({ name: pkg.license });
    for (const l of descriptor.licenses) expect(URL.canParse(l.path)).toBe(true);
    expect(descriptor.sources.length).toBeGreaterThan(0);
  });

  it("has one resource per collection, at the path the build writes, in the CSV dialect it writes", () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(COLLECTION_NAMES.map((n) => `dist/csv/${COLLECTIONS[n].file.replace(/\.json$/, "")}.csv`));
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(COLLECTION_NAMES.length);
    for (const r of descriptor.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r).toMatchObject({
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      });
      expect(r.title).toBeTruthy();
      expect(r.description).toBeTruthy();
      expect(r.schema.primaryKey).toEqual(r.name === "indicators" ? ["area", "measure", "period"] : "id");
    }
  });

  it("describes every column of csvColumns, in order, each with a type and a description", () => {
    for (const name of COLLECTION_NAMES) {
      const resource = descriptor.resources.find((r) => r.name === resourceName(name))!;
      expect(resource.schema.fields.map((f) => f.name)).toEqual(csvColumns(name));
      for (const f of resource.schema.fields) {
        expect(["string", "integer", "number", "boolean"], `${name}.${f.name}`).toContain(f.type);
        expect(f.description.trim().length, `${name}.${f.name}`).toBeGreaterThan(3);
        for (const key of Object.keys(f.constraints ?? {})) expect(["required", "enum", "pattern", "minimum", "maximum"]).toContain(key);
      }
    }
  });

  it("marks required exactly the fields the zod schema requires, and lists the zod enums", () => {
    for (const name of COLLECTION_NAMES) {
      const resource = descriptor.resources.find((r) => r.name === resourceName(name))!;
      const shape = (COLLECTIONS[name].schema as unknown as z.ZodObject<Record<string, z.ZodType>>).shape;
      for (const [key, schema] of Object.entries(shape)) {
        const field = resource.schema.fields.find((f) => f.name === key);
        if (!field) continue; // citations and formerGss become other columns
        // A nullable field is an empty cell when null, so it is not required either.
        expect(field.constraints?.required ?? false, `${name}.${key} required`).toBe(!(schema instanceof z.ZodOptional) && !(schema instanceof z.ZodNullable));
        const inner =
          schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema;
        // A cited part (an origin, a confirmation) is written as its value: its enum or pattern is its value's.
        if (inner instanceof z.ZodObject && "citations" in inner.shape) continue;
        if (inner instanceof z.ZodEnum) expect(field.constraints?.enum, `${name}.${key} enum`).toEqual(inner.options);
        else expect(field.constraints?.enum === undefined || field.type === "boolean", `${name}.${key} has no enum`).toBe(true);
      }
    }
  });

  it("declares the foreign keys of single references, and describes the polymorphic subjects instead", () => {
    const fks = descriptor.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).map((k) => `${r.name}.${k.fields} → ${k.reference.resource || r.name}.${k.reference.fields}`),
    );
    expect(fks).toEqual(
      expect.arrayContaining([
        "services.area → areas.id",
        "services.operator → organisations.id",
        "office-holders.person → people.id",
        "office-holders.organisation → organisations.id",
        "inspections.area → areas.id",
        "neighbours.area → areas.id",
      ]),
    );
    for (const r of descriptor.resources)
      for (const k of r.schema.foreignKeys ?? []) {
        const target = k.reference.resource === "" ? r : descriptor.resources.find((t) => t.name === k.reference.resource);
        expect(
          target?.schema.fields.some((f) => f.name === k.reference.fields),
          `${r.name}.${k.fields}`,
        ).toBe(true);
      }
    for (const [r, f] of [
      ["budgets", "subject"],
      ["governance", "subject"],
      ["key-dates", "subjects"],
    ] as const) {
      const resource = descriptor.resources.find((x) => x.name === r)!;
      expect(resource.schema.foreignKeys ?? []).not.toContainEqual(expect.objectContaining({ fields: f }));
      expect(resource.schema.fields.find((x) => x.name === f)!.description).toMatch(/an area, an organisation or a person/);
    }
  });

  it("types no field `date`: the dates are partial, strings with a pattern", () => {
    const dateFields = descriptor.resources.flatMap((r) =>
      r.schema.fields.filter((f) => /precision the source gives/.test(f.description)).map((f) => `${r.name}.${f.name}`),
    );
    expect(dateFields).toEqual(
      expect.arrayContaining(["services.start", "services.end", "sources.published", "inspections.published", "office-holders.seen", "key-dates.date"]),
    );
    for (const r of descriptor.resources)
      for (const f of r.schema.fields) if (/precision the source gives/.test(f.description)) expect(f.constraints?.pattern, `${r.name}.${f.name}`).toBeTruthy();
  });
});

describe("the validation in this file", () => {
  const resource = descriptor.resources.find((r) => r.name === "areas")!;
  const header = resource.schema.fields.map((f) => f.name);
  const row = (over: Record<string, string>) => header.map((h) => over[h] ?? "");
  const csv = (...rows: string[][]) =>
    [header, ...rows].map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") + "\r\n";
  const ok = { id: "a", name: "A", gss: "E10000021", dfe: "928", citation_sources: "s", citation_urls: "https://x.test/", citation_quotes: "q" };

  it("passes a good table and catches each kind of fault", () => {
    expect(validateTable(resource, readTable(resource, csv(row(ok), row({ ...ok, id: "b", start: "2018-12" }))))).toEqual([]);
    const bad = validateTable(
      resource,
      readTable(
        resource,
        csv(
          row({ ...ok, dfe: "nine" }),
          row({ ...ok, name: "" }),
          row({ ...ok, id: "c", type: "city" }),
          row({ ...ok, id: "d", start: "Dec 2018" }),
          row({ ...ok, id: "e", dfe: "99" }),
          row(ok),
        ),
      ),
    );
    expect(bad).toEqual([
      'areas row 2: dfe "nine" is not an integer',
      "areas row 3: name is required",
      'areas row 3: primary key "a" is not unique',
      'areas row 4: type "city" is not one of ["county","unitary","metropolitan-district","london-borough"]',
      'areas row 5: start "Dec 2018" does not match \\d{4}(-\\d{2}(-\\d{2})?)?',
      "areas row 6: dfe 99 is below 100",
      'areas row 7: primary key "a" is not unique',
    ]);
    expect(validateTable(resource, { header: header.slice(1), rows: [] })[0]).toMatch(/^header/);
  });

  it("catches a foreign key that names no row", () => {
    const services = descriptor.resources.find((r) => r.name === "services")!;
    const tables = new Map([
      ["areas", { rows: [{ id: "a" }] }],
      ["organisations", { rows: [{ id: "o" }] }],
    ]);
    expect(
      validateForeignKeys(
        services,
        {
          rows: [
            { area: "a", operator: "o" },
            { area: "zz", operator: "o" },
          ],
        },
        tables,
      ),
    ).toEqual(['services row 3: area "zz" is not an id of areas']);
  });
});

describe("every dist/csv file against datapackage.json", () => {
  const built = existsSync(join(ROOT, "dist", "csv"));
  const tables = new Map<string, { header: string[]; rows: Row[] }>();
  const texts = new Map<string, string>();
  if (built)
    for (const r of descriptor.resources) {
      const bytes = readFileSync(join(ROOT, r.path));
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); // throws on invalid UTF-8
      texts.set(r.name, text);
      tables.set(r.name, readTable(r, text));
    }

  it("exists (run `npm run build` first)", () => expect(built).toBe(true));

  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    "%s: UTF-8 without BOM, CRLF line ends, header, types, required, enums, patterns, unique ids",
    (_, r) => {
      const text = texts.get(r.name)!;
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.endsWith("\r\n")).toBe(true);
      const table = tables.get(r.name)!;
      expect(table.header).toEqual(r.schema.fields.map((f) => f.name));
      expect(table.rows.length).toBeGreaterThan(0);
      expect(validateTable(r, table)).toEqual([]);
    },
  );

  it("every foreign key resolves to a row of its target CSV", () => {
    expect(descriptor.resources.flatMap((r) => validateForeignKeys(r, tables.get(r.name)!, tables))).toEqual([]);
  });

  it("the references not declared as foreign keys resolve too: subjects, citation sources, replacedBy, neighbours", () => {
    const ids = (name: string) => new Set(tables.get(name)!.rows.map((r) => r.id));
    const subjects = new Set([...ids("areas"), ...ids("organisations"), ...ids("people")]);
    const unresolved: string[] = [];
    const check = (name: string, field: string, sep: string, targets: Set<string | undefined>) =>
      tables
        .get(name)!
        .rows.forEach((row) => (row[field] ? row[field].split(sep) : []).forEach((v) => targets.has(v) || unresolved.push(`${name} ${row.id}: ${field} ${v}`)));
    check("budgets", "subject", "; ", subjects);
    check("governance", "subject", "; ", subjects);
    check("key-dates", "subjects", "; ", subjects);
    check("areas", "replacedBy", "; ", ids("areas"));
    check("neighbours", "neighbours", "; ", ids("areas"));
    for (const r of descriptor.resources) if (r.name !== "sources") check(r.name, "citation_sources", " | ", ids("sources"));
    expect(unresolved).toEqual([]);
  });

  it('no CSV cell holds "[object Object]": every structured field is flattened', () => {
    const found = descriptor.resources.flatMap((r) =>
      r.schema.fields.filter((f) => tables.get(r.name)!.rows.some((row) => row[f.name]?.includes("[object Object]"))).map((f) => `${r.name}.${f.name}`),
    );
    expect(found).toEqual([]);
  });
});
