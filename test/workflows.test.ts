/** The GitHub workflows: CI runs .ci/run; the release publishes with provenance. Parsed, not run. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./helpers.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  "runs-on": string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (file: string) => parse(readFileSync(join(ROOT, ".github", "workflows", file), "utf8"), { strict: true, uniqueKeys: true }) as Workflow;
const only = <T>(list: T[], what: string): T => {
  expect(list, what).toHaveLength(1);
  return list[0]!;
};
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("ci.yml", () => {
  const ci = workflow("ci.yml");

  it("runs on pull requests and on pushes to main", () => {
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(ci.on.push?.branches).toEqual(["main"]);
  });

  it("runs .ci/run on ubuntu-latest with Node 20 and the npm cache", () => {
    const job = only(Object.values(ci.jobs), "one job");
    expect(job["runs-on"]).toBe("ubuntu-latest");
    expect(job.steps.some((s) => s.uses?.startsWith("actions/checkout@"))).toBe(true);
    const node = only(
      job.steps.filter((s) => s.uses?.startsWith("actions/setup-node@")),
      "one setup-node step",
    );
    expect(node.with).toMatchObject({ "node-version": 20, cache: "npm" });
    const run = only(
      job.steps.filter((s) => s.run?.includes(".ci/run")),
      "one step running .ci/run",
    );
    expect(run.run!.trim()).toBe("bash .ci/run");
    // Node is set up before .ci/run.
    expect(job.steps.indexOf(node)).toBeLessThan(job.steps.indexOf(run));
  });
});

describe("release.yml", () => {
  const release = workflow("release.yml");
  const job = only(Object.values(release.jobs), "one job");
  const action = only(
    job.steps.filter((s) => s.uses?.startsWith("changesets/action@")),
    "one changesets/action step",
  );

  it("runs on pushes to main only", () => {
    expect(Object.keys(release.on)).toEqual(["push"]);
    expect(release.on.push?.branches).toEqual(["main"]);
    expect(job["runs-on"]).toBe("ubuntu-latest");
  });

  it("may sign provenance (id-token: write), push the version commit and open its pull request", () => {
    for (const permissions of [release.permissions, job.permissions])
      expect(permissions).toMatchObject({ "id-token": "write", contents: "write", "pull-requests": "write" });
  });

  it("publishes with provenance and public access: npm run release, NPM_CONFIG_PROVENANCE, the npm token", () => {
    expect(action.with?.publish).toBe("npm run release");
    expect(pkg.scripts.release).toBe("npm run build && changeset publish");
    expect(String(action.env?.NPM_CONFIG_PROVENANCE)).toBe("true");
    expect(action.env?.NODE_AUTH_TOKEN).toBe("${{ secrets.NPM_TOKEN }}");
    expect(action.env?.GITHUB_TOKEN).toBe("${{ secrets.GITHUB_TOKEN }}");
    // changeset publish runs `npm publish` with the access of .changeset/config.json.
    expect(JSON.parse(readFileSync(join(ROOT, ".changeset", "config.json"), "utf8")).access).toBe("public");
    const node = only(
      job.steps.filter((s) => s.uses?.startsWith("actions/setup-node@")),
      "one setup-node step",
    );
    expect(node.with).toMatchObject({ "node-version": 20, cache: "npm", "registry-url": "https://registry.npmjs.org" });
    // The whole of CI (npm ci, build, every test) runs before anything is versioned or published.
    expect(job.steps.findIndex((s) => s.run === "bash .ci/run")).toBeGreaterThan(-1);
    expect(job.steps.findIndex((s) => s.run === "bash .ci/run")).toBeLessThan(job.steps.indexOf(action));
  });

  it("versions with changeset version and regenerates the generated files (their version follows package.json)", () => {
    expect(action.with?.version).toBe("npm run version-packages");
    expect(pkg.scripts["version-packages"]).toBe("changeset version && npm run generate");
  });
});
