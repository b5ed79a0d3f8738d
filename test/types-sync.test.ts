/** The compile-time check that the public types match the zod schemas names the type that drifted. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, expect, it } from "vitest";
import { TYPES_COMPILER_OPTIONS } from "../scripts/field-docs.js";
import { ROOT } from "./helpers.js";

const work = join(ROOT, ".tmp", "types-sync");
afterAll(() => rmSync(work, { recursive: true, force: true }));

function errorsWith(edit: (types: string) => string): string[] {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(ROOT, "src"), join(work, "src"), { recursive: true });
  cpSync(join(ROOT, "data"), join(work, "data"), { recursive: true });
  const file = join(work, "src", "types.ts");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  // Only the edited types.ts and what it imports, with the project's settings.
  const program = ts.createProgram([file], TYPES_COMPILER_OPTIONS);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? ts.getLineAndCharacterOfPosition(d.file, d.start ?? 0).line + 1 : 0}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")} @ ${d.file?.text.slice(d.start, (d.start ?? 0) + (d.length ?? 0))}`,
    );
}

// (Unedited, types.ts compiles: `tsc -p .` in `npm test` checks that.)
it("a field added to one type fails at that type's own check, which names it", () => {
  const errors = errorsWith((t) =>
    t.replace(
      "  /** The trust or company that ran them. */\n  readonly operator: OrganisationId;",
      "  readonly operator: OrganisationId;\n  readonly colour?: string;",
    ),
  );
  expect(errors.length).toBe(1);
  expect(errors[0]).toContain("serviceMatchesSchema");
}, 60_000);
