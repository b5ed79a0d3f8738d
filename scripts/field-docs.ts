/**
 * The description of every field, read from the TSDoc of the public types in `src/types.ts`: the
 * one place the fields are documented. `schema.json` carries them, so an editor explains
 * `data/*.json` while you type.
 */
import ts from "typescript";
import { COLLECTION_NAMES, type CollectionName } from "../src/schema.js";

/** The public type of each collection's records. */
export const RECORD_TYPES: Record<CollectionName, string> = {
  sources: "Source",
  areas: "Area",
  organisations: "Organisation",
  services: "Service",
  people: "Person",
  officeHolders: "OfficeHolder",
  keyDates: "KeyDate",
  budgets: "Budget",
  governance: "Governance",
  inspections: "Inspection",
  neighbours: "Neighbours",
};

/** A field's description and, for an object or a list of objects, its own fields'. */
export interface FieldDoc {
  description: string;
  fields?: Record<string, FieldDoc>;
}

/** The settings of tsconfig.json that matter to the types, for a program over a few src/ files. */
export const TYPES_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  resolveJsonModule: true,
  skipLibCheck: true,
  noUncheckedIndexedAccess: true,
  types: [],
};

/** The field docs of every collection's records, by collection. */
export function fieldDocs(typesFile = "src/types.ts"): Record<CollectionName, Record<string, FieldDoc>> {
  const program = ts.createProgram([typesFile], TYPES_COMPILER_OPTIONS);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(typesFile);
  if (!source) throw new Error(`cannot read ${typesFile}`);
  const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((s) => [s.name, s]));

  const docsOf = (type: ts.Type, depth: number): Record<string, FieldDoc> => {
    const out: Record<string, FieldDoc> = {};
    for (const prop of checker.getPropertiesOfType(type)) {
      const description = ts.displayPartsToString(prop.getDocumentationComment(checker)).replace(/\s+/g, " ").trim();
      let t = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      if (checker.isArrayType(t)) t = checker.getTypeArguments(t as ts.TypeReference)[0]!;
      const isObject =
        depth < 4 &&
        t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection) &&
        !checker.isArrayType(t) &&
        checker.getPropertiesOfType(t).length > 0 &&
        !t.getCallSignatures().length;
      out[prop.name] = { description, ...(isObject && { fields: docsOf(t, depth + 1) }) };
    }
    return out;
  };
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const symbol = exported.get(RECORD_TYPES[name]);
      if (!symbol) throw new Error(`src/types.ts exports no ${RECORD_TYPES[name]}`);
      return [name, docsOf(checker.getDeclaredTypeOfSymbol(symbol), 0)];
    }),
  ) as Record<CollectionName, Record<string, FieldDoc>>;
}

/** Puts the descriptions into a JSON Schema of a record (in place), by property name. */
export function describe(schema: Record<string, unknown>, docs: Record<string, FieldDoc>): void {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, prop] of Object.entries(properties ?? {})) {
    const doc = docs[key];
    if (!doc) continue;
    if (doc.description) prop.description = doc.description;
    const inner = (prop.type === "array" ? prop.items : prop) as Record<string, unknown> | undefined;
    if (doc.fields && inner?.properties) describe(inner, doc.fields);
  }
}
