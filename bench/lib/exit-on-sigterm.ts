/**
 * Preloaded (`node -r`) into the API when the bench profiles it: exits at once on SIGTERM so `--cpu-prof` writes
 * its profile (Nest's shutdown hook ends the process by re-raising the signal, and a process killed by a signal
 * writes none). Bench only.
 */
process.on('SIGTERM', () => process.exit(0));
