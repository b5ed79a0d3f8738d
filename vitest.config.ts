import { defineConfig } from "vitest/config";

export default defineConfig({
  // The data files become `JSON.parse("…")` in the tests too, as in the build.
  json: { stringify: true },
  test: {
    testTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
    // One worker per core: more only make them compete (measured).
    maxWorkers: 2,
    // The type tests (test/*.test-d.ts, vitest's expectTypeOf) are checked by the project's type-check,
    // which test/typecheck.test.ts runs over the whole project; a second one here would only repeat it.
    typecheck: { enabled: false },
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: ["test/redirects.test.ts"],
          // The package's modules are loaded once per worker, not once per file: the data is frozen
          // and these files replace no module, so they share them safely.
          isolate: false,
        },
      },
      // It replaces src/redirects.ts with a mock, so it needs modules of its own.
      { extends: true, test: { name: "isolated", include: ["test/redirects.test.ts"], isolate: true } },
    ],
  },
});
