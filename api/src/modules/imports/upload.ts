import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { OPTIONAL_903_FILES, REQUIRED_903_FILES } from '@heard/domain';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { ReturnFiles } from './return-reader';
import { UPLOAD_FOLDER_PREFIX } from './upload-folders';

const FIELDS: readonly string[] = [...REQUIRED_903_FILES, ...OPTIONAL_903_FILES];
const MAX_FILE_BYTES = 512 * 1024 * 1024;
const UNREADABLE = 'The upload could not be read. Choose the files again and retry.';

export interface ReceivedReturn {
  files: ReturnFiles;
  /** The private folder holding them: remove it (`removeUpload`) once the import is done with them. */
  dir: string;
}

/**
 * Streams a multipart upload's header, episodes and reviews files (and missing and uasc, when sent) to a private temporary folder
 * (`heard-903-<pid>-…`, so a later start can tell a dead process's folder from a live one's). Every
 * way it can go wrong (a broken body, a file that cannot be written, the client going away) settles
 * once, waits for the file writes under way and removes the folder: nothing is left on disk and no
 * stream error goes unhandled.
 */
export async function receiveReturn(req: Request): Promise<ReceivedReturn> {
  if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data'))
    throw bad('Send the files as multipart/form-data with the fields header, episodes and reviews (and, optionally, missing and uasc).');
  const dir = await mkdtemp(join(tmpdir(), `${UPLOAD_FOLDER_PREFIX}${process.pid}-`));
  try {
    const { saved, tooBig } = await receiveInto(req, dir);
    if (tooBig) throw bad('A file is larger than 512 MB: use the command-line import for very large returns.');
    const missing = REQUIRED_903_FILES.filter((f) => !saved.has(f));
    if (missing.length > 0)
      throw bad(`Choose all three files of the return: ${missing.map((m) => `${m}.csv`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`);
    const files: ReturnFiles = { header: saved.get('header') ?? '', episodes: saved.get('episodes') ?? '', reviews: saved.get('reviews') ?? '' };
    for (const file of OPTIONAL_903_FILES) {
      const path = saved.get(file);
      if (path !== undefined) files[file] = path;
    }
    return { files, dir };
  } catch (error: unknown) {
    await removeUpload(dir);
    throw error;
  }
}

/** Removes an upload's folder and everything in it; never throws. */
export async function removeUpload(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
}

function receiveInto(req: Request, dir: string): Promise<{ saved: Map<string, string>; tooBig: boolean }> {
  const saved = new Map<string, string>();
  const files: Readable[] = [];
  /** Each file's write, never rejecting (a failure sets writeFailed). */
  const writes: Array<Promise<void>> = [];
  let tooBig = false;
  let writeFailed = false;
  return new Promise((resolve, reject) => {
    let settled = false;
    let parser: busboy.Busboy | undefined;
    const fail = (): void => {
      if (settled) return;
      settled = true;
      req.unpipe();
      // Stop reading the client (a request still sending would otherwise keep the socket busy).
      req.resume();
      for (const file of files) file.destroy();
      parser?.destroy();
      void Promise.all(writes).then(() => reject(bad(UNREADABLE)));
    };
    const succeed = (): void => {
      if (settled) return;
      settled = true;
      void Promise.all(writes).then(() => (writeFailed ? reject(bad(UNREADABLE)) : resolve({ saved, tooBig })));
    };
    try {
      parser = busboy({ headers: req.headers, limits: { files: FIELDS.length, fileSize: MAX_FILE_BYTES, fields: 0 } });
    } catch {
      // No boundary, or a content type busboy cannot read.
      fail();
      return;
    }
    parser.on('file', (field, stream) => {
      files.push(stream);
      stream.on('error', fail);
      if (settled || !FIELDS.includes(field) || saved.has(field)) {
        stream.resume();
        return;
      }
      const path = join(dir, `${field}.csv`);
      saved.set(field, path);
      stream.on('limit', () => (tooBig = true));
      // Observed at once: a write that fails (or is cut short) fails the upload, never the process.
      writes.push(
        pipeline(stream, createWriteStream(path, { mode: 0o600 })).catch(() => {
          writeFailed = true;
          fail();
        }),
      );
    });
    parser.on('error', fail);
    parser.on('close', succeed);
    req.on('error', fail);
    req.on('aborted', fail);
    // The client went away before its body ended (a closed socket, a destroyed request).
    req.on('close', () => {
      if (!req.complete) fail();
    });
    req.pipe(parser);
  });
}

function bad(message: string): DomainException {
  return new DomainException('BAD_USER_INPUT', message, { field: 'files' });
}
