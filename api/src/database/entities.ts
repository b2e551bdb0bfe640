import { join } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { discoverClasses } from '../common/discovery/discover-classes';

/**
 * Every TypeORM entity: each `*.entity.ts` under `modules/` registers itself by its name and place. The
 * migrations must create exactly these tables (checked by a test).
 */
export const ENTITIES = discoverClasses(join(__dirname, '..', 'modules'), /\.entity$/, (value) =>
  getMetadataArgsStorage().tables.some((table) => table.target === value),
);
