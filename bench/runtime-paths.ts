import { join } from 'node:path';
import { register } from 'tsconfig-paths';

/**
 * The compiled bench keeps the repository layout under dist/bench (bench/, tools/round-robin-proxy/src).
 * Map the workspace aliases it uses onto that tree so `node dist/bench/bench/run.js` resolves them.
 */
register({
  baseUrl: join(__dirname, '..'),
  paths: { '@heard/round-robin-proxy': ['tools/round-robin-proxy/src/index'] },
});
