/**
 * The error thrown for an id that is not in the data: its own module, so an entry can throw it
 * without importing the look-ups (and with them every collection).
 */

/**
 * Thrown by the `get*` helpers (and helpers taking an id) for an id that is not in the data.
 * @example try { getArea("atlantis" as AreaId) } catch (e) { (e as UnknownIdError).collection } // "areas"
 */
export class UnknownIdError extends Error {
  /** The collection searched, e.g. `"areas"`. */
  readonly collection: string;
  /** The id that was not found, as given. */
  readonly id: unknown;
  constructor(collection: string, id: unknown) {
    super(`Unknown ${collection} id ${typeof id === "string" ? JSON.stringify(id) : String(id)}: not in childrens-services-trusts' ${collection}`);
    this.name = "UnknownIdError";
    this.collection = collection;
    this.id = id;
  }
}
