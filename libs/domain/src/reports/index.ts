export * from './age-bands';
export * from './caseload-bands';
export * from './reporting-year';
export * from './child-voice-measures';
