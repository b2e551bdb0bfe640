import { discoverClasses } from '../../common/discovery/discover-classes';

/** Every migration in this folder (`<timestamp>-<name>.ts`), oldest first: a new file registers itself. */
export const MIGRATIONS = discoverClasses(__dirname, /^\d{13}-/, (value) => typeof (value.prototype as { up?: unknown }).up === 'function');
