import { formatLondonTime, londonDate } from '../calendar/london';
import { ukLongDate, type IsoDate } from '../calendar/iso-date';
import type { Role } from '../roles';
import { accessInWords, accessKindOf, purposeForChild, roleInWords, type AccessKind } from './access-words';

/** One audited event that showed or changed the child's record, as the audit holds it. */
export interface RecordAccessEvent {
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: Role | null;
  /** The actor's local authority (a manager) or advocacy provider (an advocate or provider manager). */
  organisationName: string | null;
  action: string;
  operation: string | null;
  refused: boolean;
  purpose: string | null;
}

export type AccessOrganisationKind = 'LOCAL_AUTHORITY' | 'ADVOCACY_PROVIDER' | 'COMMISSIONER' | 'ADMINISTRATORS' | 'THE_CHILD' | 'HEARD';

export interface AccessLine {
  at: Date;
  /** London date and time in words: `3 March 2026 at 14:05 GMT`. */
  when: string;
  what: string;
  why: string;
  kind: AccessKind;
  refused: boolean;
}

export interface AccessPersonGroup {
  key: string;
  name: string;
  roleInWords: string;
  summary: string;
  accesses: AccessLine[];
}

export interface AccessOrganisationGroup {
  key: string;
  kind: AccessOrganisationKind;
  name: string;
  summary: string;
  people: AccessPersonGroup[];
}

export interface RecordAccessGroups {
  overview: string;
  organisations: AccessOrganisationGroup[];
}

interface Organisation {
  key: string;
  kind: AccessOrganisationKind;
  name: string;
}

function organisationOf(event: RecordAccessEvent): Organisation {
  switch (event.actorRole) {
    case 'LA_MANAGER':
    case 'DATA_PROTECTION_OFFICER':
      return { key: `LA:${event.organisationName ?? ''}`, kind: 'LOCAL_AUTHORITY', name: event.organisationName ?? 'A local authority' };
    case 'ADVOCATE':
    case 'PROVIDER_MANAGER':
      return { key: `PROVIDER:${event.organisationName ?? ''}`, kind: 'ADVOCACY_PROVIDER', name: event.organisationName ?? 'An advocacy provider' };
    case 'COMMISSIONER_STAFF':
      return { key: 'COMMISSIONER', kind: 'COMMISSIONER', name: "The Children's Commissioner's office" };
    case 'ADMIN':
      return { key: 'ADMINISTRATORS', kind: 'ADMINISTRATORS', name: "Heard's administrators" };
    case null:
      return event.action.startsWith('child_channel.')
        ? { key: 'THE_CHILD', kind: 'THE_CHILD', name: 'You, on your own secret page' }
        : { key: 'HEARD', kind: 'HEARD', name: 'Heard itself' };
  }
}

/** Who someone is, for a sentence: "an advocate at Brightside Advocacy". */
function described(role: Role | null, organisation: string): string | null {
  switch (role) {
    case 'ADVOCATE':
      return `an advocate at ${organisation}`;
    case 'PROVIDER_MANAGER':
      return `a manager of advocates at ${organisation}`;
    case 'LA_MANAGER':
      return `a manager in ${organisation}'s children's services`;
    case 'DATA_PROTECTION_OFFICER':
      return `${organisation}'s data protection officer`;
    case 'COMMISSIONER_STAFF':
      return "a member of the Children's Commissioner's staff";
    case 'ADMIN':
      return 'an administrator who runs Heard';
    case null:
      return null;
  }
}

/** `once`, `twice`, `3 times`. */
export function timesInWords(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

/** `on 3 March 2026`, `between 3 March and 28 November 2026`, `between 3 December 2025 and 2 March 2026`. */
export function periodInWords(first: IsoDate, last: IsoDate): string {
  if (first === last) return `on ${ukLongDate(first)}`;
  const start = ukLongDate(first);
  return first.slice(0, 4) === last.slice(0, 4)
    ? `between ${start.replace(/ \d{4}$/, '')} and ${ukLongDate(last)}`
    : `between ${start} and ${ukLongDate(last)}`;
}

function joined(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** "looked at your record 3 times, changed it once and tried twice but was not allowed" */
function countsInWords(lines: readonly AccessLine[]): string {
  const looked = lines.filter((l) => !l.refused && l.kind === 'LOOKED').length;
  const changed = lines.filter((l) => !l.refused && l.kind === 'CHANGED').length;
  const refused = lines.filter((l) => l.refused).length;
  const parts: string[] = [];
  if (looked > 0) parts.push(`looked at your record ${timesInWords(looked)}`);
  if (changed > 0) parts.push(looked > 0 ? `changed it ${timesInWords(changed)}` : `changed your record ${timesInWords(changed)}`);
  if (refused > 0) parts.push(`tried ${timesInWords(refused)} but was not allowed`);
  return joined(parts);
}

function periodOf(lines: readonly AccessLine[]): string {
  const dates = lines.map((l) => londonDate(l.at)).sort();
  return periodInWords(dates[0] ?? '', dates[dates.length - 1] ?? '');
}

function lineOf(event: RecordAccessEvent): AccessLine {
  return {
    at: event.at,
    when: `${ukLongDate(londonDate(event.at))} at ${formatLondonTime(event.at)}`,
    what: accessInWords(event.action, event.operation),
    why: event.refused ? 'they were not allowed to see it, so nothing was shown' : purposeForChild(event.purpose),
    kind: accessKindOf(event.action),
    refused: event.refused,
  };
}

const newestFirst = (a: AccessLine, b: AccessLine): number => b.at.getTime() - a.at.getTime();

/**
 * The audited events on a child's record grouped as a child can follow them: by organisation (the person's
 * local authority or advocacy provider, the Children's Commissioner, Heard's administrators, the child, Heard),
 * then by person, newest first, each with a sentence ("Priya Shah, a manager in Northshire's children's
 * services, looked at your record 12 times between 3 March and 28 November 2026.").
 */
export function groupRecordAccesses(events: readonly RecordAccessEvent[], period: { from: IsoDate; to: IsoDate }): RecordAccessGroups {
  const organisations = new Map<string, { organisation: Organisation; people: Map<string, { event: RecordAccessEvent; lines: AccessLine[] }> }>();
  for (const event of events) {
    const organisation = organisationOf(event);
    const entry = organisations.get(organisation.key) ?? { organisation, people: new Map() };
    organisations.set(organisation.key, entry);
    const personKey = event.actorUserId ?? organisation.key;
    const person = entry.people.get(personKey) ?? { event, lines: [] };
    entry.people.set(personKey, person);
    person.lines.push(lineOf(event));
  }
  const groups = [...organisations.values()].map(({ organisation, people }): AccessOrganisationGroup => {
    const persons = [...people.entries()].map(([key, { event, lines }]): AccessPersonGroup => {
      lines.sort(newestFirst);
      const name = event.actorName ?? (organisation.kind === 'THE_CHILD' ? 'You' : 'Heard');
      const who = described(event.actorRole, organisation.name);
      return {
        key,
        name,
        roleInWords: roleInWords(event.actorRole),
        summary: `${who === null ? name : `${name}, ${who},`} ${countsInWords(lines)} ${periodOf(lines)}.`,
        accesses: lines,
      };
    });
    persons.sort((a, b) => newestFirst(a.accesses[0] as AccessLine, b.accesses[0] as AccessLine) || a.name.localeCompare(b.name));
    const all = persons.flatMap((p) => p.accesses);
    const count = persons.length === 1 ? '1 person' : `${persons.length} people`;
    const personal = organisation.kind === 'THE_CHILD' || organisation.kind === 'HEARD';
    const summary = personal
      ? (persons[0]?.summary ?? '')
      : `${count} from ${organisation.name.replace(/^The /, 'the ')} saw or changed your record ${timesInWords(all.length)} ${periodOf(all)}.`;
    return { ...organisation, summary, people: persons };
  });
  groups.sort((a, b) => newestFirst(a.people[0]?.accesses[0] as AccessLine, b.people[0]?.accesses[0] as AccessLine) || a.name.localeCompare(b.name));
  const span = periodInWords(period.from, period.to);
  const overview =
    events.length === 0
      ? `Nobody saw or changed your record ${span}.`
      : `${span.charAt(0).toUpperCase()}${span.slice(1)}, your record was seen or changed ${timesInWords(events.length)} by ${groups.length === 1 ? '1 organisation' : `${groups.length} organisations`}.`;
  return { overview, organisations: groups };
}
