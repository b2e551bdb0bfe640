const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which record a refused request was after: the kind and id of the first id argument, and every child id it named. */
export interface RefusedTarget {
  entity: string;
  entityId: string | null;
  childIds: string[];
  ids: Record<string, string>;
}

/** `homeVisit(id)` is after a home visit, `child(id)` a child, `meeting(id)` a meeting; `childId` names a child wherever it is. */
const ENTITY_OF_FIELD: Readonly<Record<string, string>> = {
  child: 'child',
  advocateCard: 'child',
  meeting: 'meeting',
  concern: 'concern',
  home: 'home',
  homeVisit: 'home_visit',
  annualReport: 'report',
  reportJob: 'report_job',
  ssda903Import: 'ssda903_import',
  subjectAccessExport: 'subject_access_export',
};

function snake(key: string): string {
  return key.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function collectIds(value: unknown, path: string, into: Record<string, string>): void {
  if (typeof value !== 'object' || value === null || Object.keys(into).length >= 10) return;
  for (const [key, inner] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (typeof inner === 'string' && (key === 'id' || key.endsWith('Id')) && inner.length <= 100) into[at] = inner;
    else if (typeof inner === 'object') collectIds(inner, at, into);
  }
}

/** From an operation's root field and arguments (or a REST route's params), what was asked for, for the audit of a refusal. */
export function refusedTarget(fieldName: string, args: unknown): RefusedTarget {
  const ids: Record<string, string> = {};
  collectIds(args, '', ids);
  const entries = Object.entries(ids);
  const first = entries[0];
  const leaf = first?.[0].split('.').pop();
  const entity =
    leaf === undefined ? (ENTITY_OF_FIELD[fieldName] ?? fieldName) : leaf === 'id' ? (ENTITY_OF_FIELD[fieldName] ?? snake(fieldName)) : snake(leaf);
  const childIds = entries
    .filter(([key]) => key.split('.').pop() === 'childId' || (key === 'id' && ENTITY_OF_FIELD[fieldName] === 'child'))
    .map(([, id]) => id)
    .filter((id) => UUID.test(id));
  return { entity, entityId: first?.[1] ?? null, childIds: [...new Set(childIds)], ids };
}
