/**
 * The description of every field, read from the TSDoc of each collection's public type in its
 * module (src/collections/): the one place the fields are documented. `schema.json` carries them, so an editor explains
 * `data/*.json` while you type.
 */
import ts from "typescript";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, moduleOf } from "../src/build/registry.js";

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

/** The field docs of every collection's records, by collection, from its module's public type. */
export function fieldDocs(root = "."): Record<CollectionName, Record<string, FieldDoc>> {
  const files = COLLECTION_NAMES.map((n) => `${root}/${moduleOf(n)}`);
  const program = ts.createProgram(files, TYPES_COMPILER_OPTIONS);
  const checker = program.getTypeChecker();

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
    COLLECTION_NAMES.map((name, i) => {
      const source = program.getSourceFile(files[i]!);
      if (!source)
        throw new Error(`${moduleOf(name)}: cannot read the module of collection ${name} (the registry names it by its file, ${COLLECTIONS[name].file})`);
      const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((s) => [s.name, s]));
      const symbol = exported.get(COLLECTIONS[name].type);
      if (!symbol) throw new Error(`${moduleOf(name)} exports no type ${COLLECTIONS[name].type}, the type the registry gives collection ${name}`);
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
