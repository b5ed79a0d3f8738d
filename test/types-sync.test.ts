/**
 * The compile-time check that the public types match the zod schemas names the type that drifted:
 * one named constant per collection (`serviceMatchesSchema: Same<Service, S.ServiceInput>`), so a
 * drift fails the type-check at the line that names it. `npm run typecheck` (test/typecheck.test.ts) runs it;
 * this test keeps its shape.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { RECORD_TYPES } from "../scripts/field-docs.js";
import { COLLECTION_NAMES } from "../src/schema.js";
import { ROOT } from "./helpers.js";

it("every collection's public type has its own named check against its schema's input type", () => {
  const file = ts.createSourceFile("types.ts", readFileSync(join(ROOT, "src", "types.ts"), "utf8"), ts.ScriptTarget.ES2022);
  const checks = new Map<string, string>();
  file.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations)
      if (ts.isIdentifier(d.name) && d.type && d.initializer?.kind === ts.SyntaxKind.TrueKeyword) checks.set(d.name.text, d.type.getText(file));
  });
  for (const name of COLLECTION_NAMES) {
    const type = RECORD_TYPES[name];
    const constant = `${type[0]!.toLowerCase()}${type.slice(1)}MatchesSchema`;
    expect(checks.get(constant), constant).toMatch(new RegExp(`^Same<${type}, S\\.\\w+Input>$`));
  }
  expect(checks.size).toBe(COLLECTION_NAMES.length);
});
