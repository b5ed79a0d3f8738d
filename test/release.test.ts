/** `changeset version` turns the pending changesets into the CHANGELOG and the version bump. */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const pending = readdirSync(join(ROOT, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");

// Right after a release there is nothing pending, and nothing to version.
it.skipIf(pending.length === 0)("changeset version writes a CHANGELOG from the pending changesets", () => {
  const dir = mkdtempSync(join(tmpdir(), "cst-release-"));
  try {
    cpSync(join(ROOT, "package.json"), join(dir, "package.json"));
    cpSync(join(ROOT, ".changeset"), join(dir, ".changeset"), { recursive: true });
    execFileSync("git", ["init", "-q"], { cwd: dir });
    const before = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    execFileSync(join(ROOT, "node_modules", ".bin", "changeset"), ["version"], { cwd: dir, stdio: "ignore" });
    const after = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    expect(after).not.toBe(before);
    expect(changelog).toContain(`## ${after}`);
    // Every pending changeset's first line reaches the CHANGELOG.
    for (const f of pending) {
      const body = readFileSync(join(ROOT, ".changeset", f), "utf8")
        .split("---")[2]!
        .trim()
        .split("\n")[0]!;
      expect(changelog).toContain(body);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
