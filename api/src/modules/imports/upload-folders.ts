import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every upload's private folder in the system temp directory is `heard-903-<pid of the process receiving it>-<random>`. */
export const UPLOAD_FOLDER_PREFIX = 'heard-903-';

/** When this process started (a folder named with our pid but older than that is a previous process's with the same pid, as in a container). */
const PROCESS_STARTED_AT = Date.now() - process.uptime() * 1000;

/**
 * Removes the upload folders left by processes that have stopped (a crash, a kill): a folder named
 * with a pid that is no longer running, with this process's pid but from before it started, or
 * without a pid (from before folders were named) and from before this process started. A live
 * process's folders, this one's included, are left alone. Returns the folders removed.
 */
export async function sweepUploadFolders(): Promise<string[]> {
  const root = tmpdir();
  const removed: string[] = [];
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (!name.startsWith(UPLOAD_FOLDER_PREFIX)) continue;
    const path = join(root, name);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isDirectory()) continue;
    const pid = /^heard-903-(\d+)-/.exec(name)?.[1];
    const older = info.mtimeMs < PROCESS_STARTED_AT;
    const owner = pid === undefined ? null : Number(pid);
    const abandoned = owner === null ? older : owner === process.pid ? older : !isRunning(owner);
    if (!abandoned) continue;
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
