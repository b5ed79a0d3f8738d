/**
 * The README's recipe for joining DfE statistics to services.csv (compare ISO dates as text, keep
 * the arrangement in force at the end of the period) gives the same answers as the package.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { areasOn, operatorOn } from "../src/index.js";
import { ROOT } from "./helpers.js";

it("joining by ONS code or DfE number, as in the README, matches operatorOn at each year end", () => {
  const services: Record<string, string>[] = parse(readFileSync(join(ROOT, "dist", "csv", "services.csv")), { columns: true });
  for (let year = 2015; year <= 2026; year++) {
    const periodEnd = `${year}-03-31`;
    // A statistics table: one row per authority in existence at the end of the period.
    for (const area of areasOn(periodEnd)) {
      for (const [key, column] of [[area.gss, "area_gss"], [String(area.dfe), "area_dfe"]] as const) {
        const inForce = services.filter((s) => s[column] === key && s.start! <= periodEnd && (s.end === "" || s.end! >= periodEnd));
        expect(inForce.map((s) => s.operator_name), `${area.id} ${periodEnd}`).toEqual(operatorOn(area.id, periodEnd) ? [operatorOn(area.id, periodEnd)!.name] : []);
      }
    }
  }
});
