// Generated from data/ by scripts/generate.ts: do not edit.

/** This package's version (semantic versioning for data: see the README). */
export const version = "0.0.0";

/** The date the data was last checked against its sources (`YYYY-MM-DD`). */
export const asOf = "2026-12-04";
