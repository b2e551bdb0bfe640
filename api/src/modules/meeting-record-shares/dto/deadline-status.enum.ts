import { registerEnumType } from '@nestjs/graphql';
import type { DeadlineStatus } from '@heard/domain';

const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['ON_TIME', 'LATE', 'AWAITED', 'OVERDUE'];
export const DeadlineStatusEnum = Object.fromEntries(DEADLINE_STATUSES.map((k) => [k, k])) as { [K in DeadlineStatus]: K };
registerEnumType(DeadlineStatusEnum, {
  name: 'DeadlineStatus',
  description: 'Done by the date (ON_TIME) or after it (LATE); not done and still in time (AWAITED) or past the date (OVERDUE).',
});
