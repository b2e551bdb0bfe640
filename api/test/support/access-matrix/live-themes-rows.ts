import { F, OK, U, type OperationCase } from './harness';

// Live themes: Commissioner staff any breakdown, an LA manager their own LA's table (LOCAL_AUTHORITY only; any other
// breakdown is FORBIDDEN, in api/test/integration/live-themes); early warnings for Commissioner staff only.
export const LIVE_THEMES_ROWS: OperationCase[] = [
  { op: 'Query.liveThemes', vars: () => ({ input: { breakdown: 'LOCAL_AUTHORITY', fromOn: null, toOn: null } }), expect: [U, F, OK, OK, F, F, F] },
  { op: 'Query.themeWarnings', expect: [U, F, F, OK, F, F, F] },
];
