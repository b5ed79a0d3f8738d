/**
 * Who held office on a date. Exported by the `childrens-services-trusts/office-holders` entry
 * point, with the `officeHolders` collection.
 */
import type { DateInput } from "./dates.js";
import { officeHolders } from "./dataset-office-holders.js";
import { getOrganisation, getPerson } from "./lookups.js";
import { holdsOn, type OnOptions } from "./on-date.js";
import type { OfficeHolder, OrganisationId, PersonId, Role } from "./types.js";

/** Filters of {@link officeHoldersOn}. */
export interface OfficeHolderFilter extends OnOptions {
  /** Only this kind of office. */
  readonly role?: Role;
  /** Only offices of this organisation. */
  readonly organisation?: OrganisationId;
  /** Only this person's offices. */
  readonly person?: PersonId;
}

/**
 * Who held office on a date, optionally only one role, organisation or person.
 * @example officeHoldersOn("2020-10", { organisation: "northamptonshire-childrens-trust", role: "chair" })[0]?.person // "clare-chamberlain"
 */
export function officeHoldersOn(date: DateInput, filter?: OfficeHolderFilter): readonly OfficeHolder[] {
  const organisation = filter?.organisation === undefined ? undefined : getOrganisation(filter.organisation).id;
  const person = filter?.person === undefined ? undefined : getPerson(filter.person).id;
  const matches = officeHolders.filter(
    (h) =>
      (filter?.role === undefined || h.role === filter.role) &&
      (organisation === undefined || h.organisation === organisation) &&
      (person === undefined || h.person === person),
  );
  return Object.freeze(holdsOn(matches, date, filter));
}
