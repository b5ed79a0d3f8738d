/**
 * Renamed ids: each old id, by collection, and the id it became. An old id keeps resolving in the
 * `get*` and `find*` helpers (and compiling, in the id unions) until the next major release, when
 * its entry is removed. See "Versioning" in the README.
 */
export const redirects: {
  readonly [collection in "areas" | "organisations" | "people" | "sources"]: Readonly<Record<string, string>>;
} = {
  areas: {},
  organisations: {
    // One company, renamed in April 2021: the trust's record became Slough Children First's (0.1.0).
    "slough-childrens-services-trust": "slough-children-first",
  },
  people: {},
  sources: {},
};
