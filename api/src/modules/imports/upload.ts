import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { ReturnFiles } from './return-reader';

const FIELDS = ['header', 'episodes', 'reviews'] as const;
const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Streams a multipart upload's header, episodes and reviews files to a private temporary folder. */
export async function receiveReturn(req: Request): Promise<ReturnFiles> {
  if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) throw bad('Send the files as multipart/form-data with the fields header, episodes and reviews.');
  const dir = await mkdtemp(join(tmpdir(), 'heard-903-'));
  const saved = new Map<string, string>();
  const writes: Array<Promise<void>> = [];
  let tooBig = false;
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({ headers: req.headers, limits: { files: 3, fileSize: MAX_FILE_BYTES, fields: 0 } });
    parser.on('file', (field, stream) => {
      if (!(FIELDS as readonly string[]).includes(field) || saved.has(field)) {
        stream.resume();
        return;
      }
      const path = join(dir, `${field}.csv`);
      saved.set(field, path);
      stream.on('limit', () => (tooBig = true));
      writes.push(pipeline(stream, createWriteStream(path, { mode: 0o600 })));
    });
    parser.on('error', reject);
    parser.on('close', resolve);
    req.pipe(parser);
  }).catch(async () => {
    // A broken upload (truncated, a wrong boundary) also fails the file writes under way: wait for them
    // (unobserved, their rejections would be unhandled) and leave nothing behind.
    await Promise.allSettled(writes);
    await rm(dir, { recursive: true, force: true });
    throw bad('The upload could not be read. Choose the files again and retry.');
  });
  const refuse = async (message: string): Promise<never> => {
    await rm(dir, { recursive: true, force: true });
    throw bad(message);
  };
  const written = await Promise.allSettled(writes);
  if (written.some((w) => w.status === 'rejected')) await refuse('The upload could not be read. Choose the files again and retry.');
  if (tooBig) await refuse('A file is larger than 512 MB: use the command-line import for very large returns.');
  const missing = FIELDS.filter((f) => !saved.has(f));
  if (missing.length > 0) await refuse(`Choose all three files of the return: ${missing.map((m) => `${m}.csv`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`);
  return { header: saved.get('header') ?? '', episodes: saved.get('episodes') ?? '', reviews: saved.get('reviews') ?? '' };
}

function bad(message: string): DomainException {
  return new DomainException('BAD_USER_INPUT', message, { field: 'files' });
}
