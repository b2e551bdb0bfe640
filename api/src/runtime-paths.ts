import { join } from 'node:path';
import { register } from 'tsconfig-paths';

/**
 * The compiled API keeps the repository layout under dist/api (api/src, libs/domain/src, tools/national-data/src).
 * Map the workspace aliases onto that tree so `node dist/api/api/src/main.js` resolves them.
 */
register({
  baseUrl: join(__dirname, '..', '..'),
  paths: {
    '@heard/domain': ['libs/domain/src/index'],
    '@heard/report': ['libs/report/src/index'],
    '@heard/national-data': ['tools/national-data/src/index'],
  },
});
