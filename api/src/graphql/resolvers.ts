import { join } from 'node:path';
import { ENTRY_PROVIDER_WATERMARK } from '@nestjs/common/constants';
import { discoverClasses } from '../common/discovery/discover-classes';

/** Every resolver class (each `*.resolver.ts` under `modules/`), for printing the schema without starting the API. */
export const RESOLVERS = discoverClasses(
  join(__dirname, '..', 'modules'),
  /\.resolver$/,
  (value) => Reflect.getMetadata(ENTRY_PROVIDER_WATERMARK, value) === true,
);
