import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    // The type tests (test/*.test-d.ts, vitest's expectTypeOf) are checked by `tsc -p .`, which
    // `npm test` runs first over the whole project; a second type-check here would only repeat it.
    typecheck: { enabled: false },
  },
});
