/**
 * Deep freezing, for data that must not change at run time.
 */

/** Freezes a value and everything reachable from it; returns it typed deeply readonly. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
