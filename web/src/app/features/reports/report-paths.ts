import type { IsoDate } from '@heard/domain';
import type { Role } from '@heard/graphql-types';

const AREAS: Partial<Record<Role, string>> = { ADVOCATE: '/advocate', LA_MANAGER: '/la', COMMISSIONER_STAFF: '/commissioner' };

/** Where a role's annual report pages live. */
export function reportsBase(role: Role | undefined): string {
  return `${(role !== undefined && AREAS[role]) || '/advocate'}/reports`;
}

/** "1 April 2025 to 31 March 2026": a reporting year is named by the year it starts. */
export function reportingYear(year: number): string {
  return `1 April ${year} to 31 March ${year + 1}`;
}

/** The reporting year a date (`YYYY-MM-DD`) falls in (it starts on 1 April). */
export function reportingYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}
