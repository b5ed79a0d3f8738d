/**
 * Deep freezing, for data that must not change at run time.
 */

/**
 * Freezes a tree of plain JSON data (no cycles) and everything in it; returns it. Iterative, with
 * arrays walked by index and only objects pushed: this runs on every cold import, and measured
 * about twice as fast as the recursive `Object.keys` version on the package's data.
 */
export function deepFreeze<T>(root: T): T {
  if (root === null || typeof root !== "object") return root;
  const stack: object[] = [root];
  while (stack.length) {
    const value = stack.pop() as Record<string, unknown> | unknown[];
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else {
      for (const key in value) {
        const item = value[key];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
  }
  return root;
}
