/**
 * Every list of allowed values, written once: each collection's schema (src/collections/) validates
 * against these arrays and its public type is derived from them, so the two cannot drift.
 */

/** What kind of publication a source is; `"mirror"` marks a third-party copy. */
export const SOURCE_KINDS = ["news", "press-release", "government", "council", "company", "dataset", "law-firm", "parliament", "mirror"] as const;

/** How the DfE's list classes an authority. */
export const AREA_TYPES = ["county", "unitary", "metropolitan-district", "london-borough"] as const;

/** What an organisation is, for this dataset; `"operator"` runs children's services. */
export const ORGANISATION_KINDS = ["operator", "council", "government", "regulator", "consultancy", "parliament"] as const;

/** A company's legal form, as a cited source gives it. */
export const LEGAL_FORMS = ["company-limited-by-guarantee", "community-interest-company"] as const;

/** Whether an arrangement was imposed by a statutory direction or chosen by the council. */
export const ORIGINS = ["statutory-direction", "council-decision"] as const;

/** The kinds of office; each holding's `title` keeps the source's own words. */
export const ROLES = [
  "chair",
  "chief-executive",
  "commissioner",
  "support-commissioner",
  "non-executive-director",
  "director-of-childrens-services",
  "cabinet-member",
  "opposition-spokesperson",
  "councillor",
  "minister",
  "secretary-of-state",
  "member-of-parliament",
  "managing-director",
] as const;

/** Whether a key date happened, or was only planned and then postponed, superseded or cancelled. */
export const KEY_DATE_STATUSES = ["happened", "planned", "postponed", "superseded", "cancelled"] as const;

/** Units of a money or share figure. */
export const BUDGET_UNITS = ["GBP", "percent"] as const;

/** How a source hedges a figure. */
export const QUALIFIERS = ["in the region of", "more than", "about"] as const;

/** Topics of governance facts; `"evidence"` is what a comparison of the data can and cannot show. */
export const GOVERNANCE_TOPICS = [
  "independence",
  "ownership",
  "legal-form",
  "statutory-role",
  "board",
  "step-in-rights",
  "scope",
  "direction",
  "contract",
  "context",
  "evidence",
] as const;

/** Ofsted's inspection frameworks, oldest first (see `Framework`). */
export const FRAMEWORKS = ["pre-SIF", "SLAC", "CPI", "TLAC", "SIF", "ILACS", "ILACS standard", "ILACS short", "ILACS 2026"] as const;

/** Ofsted's four grades, best first, in its words. */
export const GRADES = ["outstanding", "good", "requires improvement", "inadequate"] as const;

/** The four grades of the 2009-2013 inspections (SLAC, CPI, TLAC), best first: another scale, never compared with `GRADES`. */
export const PRE_SIF_GRADES = ["outstanding", "good", "adequate", "inadequate"] as const;

/** The families the DfE's measures are grouped in (see `MeasureFamily`). */
export const MEASURE_FAMILIES = ["spending", "workforce", "demand", "practice", "care-leavers", "adoption"] as const;

/** What a measure's period is: a financial year (April to March), or a day (31 March, 30 September). */
export const PERIOD_TYPES = ["financial-year", "31-march", "30-september"] as const;

/** Why a figure is `null`: `x`, `-` and similar codes are `"not-published"`, `c` (and `u`, `low`) `"suppressed"`, `z` `"not-applicable"`. */
export const NULL_REASONS = ["suppressed", "not-collected", "not-applicable", "not-published"] as const;

/** England (`E92000001`) and its nine regions (`E12000001` North East … `E12000009` South West), by ONS code. */
export const REGION_CODES = [
  "E92000001",
  "E12000001",
  "E12000002",
  "E12000003",
  "E12000004",
  "E12000005",
  "E12000006",
  "E12000007",
  "E12000008",
  "E12000009",
] as const;

/** The kinds of statutory intervention in a council's children's services (see `InterventionKind`). */
export const INTERVENTION_KINDS = ["improvement-notice", "direction", "commissioner"] as const;

/** How an intervention ended. */
export const INTERVENTION_ENDS = ["lifted", "revoked", "replaced", "superseded-by-direction", "services-transferred"] as const;

/** What a commissioner recommended for a council's children's services. */
export const RECOMMENDATIONS = ["trust", "partner", "council-keeps", "other"] as const;

/** What came of a direction: the services moved to a trust or company, a partnership with another council, or the council kept them. */
export const INTERVENTION_OUTCOMES = ["trust", "company", "partnership", "council-kept"] as const;
