import type { Role } from '../roles';

/**
 * Each role's area of the portal: the first segment of every address a person of that role visits, and their
 * home (where they land after signing in, and where `/` takes them). The portal's routes and links and the
 * links the API puts in notifications and emails are all built from here.
 */
export const PORTAL_AREAS: Readonly<Record<Role, string>> = {
  ADVOCATE: 'advocate',
  LA_MANAGER: 'la',
  COMMISSIONER_STAFF: 'commissioner',
  ADMIN: 'admin',
  PROVIDER_MANAGER: 'provider',
  DATA_PROTECTION_OFFICER: 'data-protection',
};

/** A role's home page, e.g. `/advocate`. */
export function portalHome(role: Role): string {
  return `/${PORTAL_AREAS[role]}`;
}

/**
 * The area that holds a role's case pages (concerns, children's homes, visit reports). Administrators see no case
 * content and have no such pages: like any role other than an advocate or an LA manager, they are given the
 * Commissioner's address (where the portal sends them to their own home).
 */
function caseArea(role: string): string {
  return portalHome(role === 'ADVOCATE' || role === 'LA_MANAGER' ? role : 'COMMISSIONER_STAFF');
}

/** Where a role's list of concerns lives, e.g. `/la/concerns`. */
export function concernsAddress(role: string): string {
  return `${caseArea(role)}/concerns`;
}

/** One concern, as the given role opens it, e.g. `/advocate/concerns/<id>`. */
export function concernAddress(role: string, concernId: string): string {
  return `${concernsAddress(role)}/${concernId}`;
}

/** Where a role's children's homes are listed, e.g. `/commissioner/homes`. */
export function homesAddress(role: string): string {
  return `${caseArea(role)}/homes`;
}

/** One children's home, as the given role opens it. */
export function homeAddress(role: string, homeId: string): string {
  return `${homesAddress(role)}/${homeId}`;
}

/** One visit report on a children's home, as the given role opens it. */
export function homeVisitAddress(role: string, homeId: string, visitId: string): string {
  return `${homeAddress(role, homeId)}/visits/${visitId}`;
}

/** Where an LA's data protection officer sees its records due for disposal (the link in the notice of disposal). */
export function recordsDueForDisposalAddress(): string {
  return `${portalHome('DATA_PROTECTION_OFFICER')}/records-due-for-disposal`;
}
