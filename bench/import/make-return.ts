import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a large, valid, deterministic SSDA903 return (header.csv, episodes.csv, reviews.csv) for
 * the import benchmark: children with one or more periods of care, placement changes joined by
 * X1, periods that end, a few short breaks, reviews with age-correct participation codes, and
 * about 0.5% bad rows of each kind the importer reports. Streams to disk, child by child.
 */

const DAY = 86_400_000;
const FIRST_CARE = Date.UTC(2014, 0, 1);
const RETURN_END = Date.UTC(2025, 2, 31);
const ETHNIC = ['WBRI', 'WBRI', 'WBRI', 'WOTH', 'MWBC', 'MWBA', 'AIND', 'APKN', 'BAFR', 'BCRB', 'CHNE', 'OOTH'];
const LEGAL = ['C2', 'C2', 'C2', 'C1', 'V2', 'V2', 'E1', 'J1'];
const PLACEMENTS = ['U4', 'U6', 'U6', 'U1', 'U3', 'K2', 'H5', 'P1', 'R1'];
const PROVIDERS = ['PR1', 'PR1', 'PR2', 'PR4', 'PR5'];
const CIN = ['N1', 'N1', 'N1', 'N2', 'N4', 'N5', 'N8'];
const ENDINGS = ['E13', 'E4A', 'E8', 'E11', 'E12', 'E41', 'E45', 'E17'];
const PLACE_CHANGES = ['CARPL', 'CREQB', 'CHILD', 'LAREQ', 'OTHER'];
const BAD_ROW_RATE = 0.005;

export const HEADER_COLUMNS = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
export const EPISODE_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
export const REVIEW_COLUMNS = 'CHILD,DOB,REVIEW,REVIEW_CODE';

/** mulberry32: a small deterministic PRNG, so the same seed writes the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function formatDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function ageOn(dob: number, on: number): number {
  const a = new Date(dob);
  const b = new Date(on);
  const before = b.getUTCMonth() < a.getUTCMonth() || (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate());
  return b.getUTCFullYear() - a.getUTCFullYear() - (before ? 1 : 0);
}

class Lines {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  count = 0;

  constructor(path: string, columns: string) {
    this.stream = createWriteStream(path);
    this.buffer.push(columns);
  }

  async push(line: string): Promise<void> {
    this.buffer.push(line);
    this.count += 1;
    if (this.buffer.length >= 2000) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.buffer.length > 0) await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

interface Episode {
  start: number;
  end: number | null;
  rne: string;
  legalStatus: string;
  placement: string;
  reasonEnded: string;
}

/** One child's episodes in date order: periods of one to four episodes joined by X1, gaps between periods. */
function childEpisodes(next: () => number, pick: <T>(list: readonly T[]) => T, dob: number, budget: number): Episode[] {
  const episodes: Episode[] = [];
  let at = Math.max(dob + 30 * DAY, FIRST_CARE + Math.floor(next() * 3600) * DAY);
  while (episodes.length < budget && at <= RETURN_END) {
    const inPeriod = Math.min(budget - episodes.length, 1 + Math.floor(next() * next() * 4));
    const shortBreak = next() < 0.01;
    for (let i = 0; i < inPeriod && at <= RETURN_END; i += 1) {
      const last = i === inPeriod - 1;
      const length = 20 + Math.floor(next() * 420);
      const ends = at + length * DAY;
      const open = ends > RETURN_END || (last && episodes.length + 1 >= budget && next() < 0.55);
      const legalStatus = shortBreak ? 'V3' : pick(LEGAL);
      episodes.push({
        start: at,
        end: open ? null : ends,
        rne: i === 0 ? 'S' : pick(['P', 'L', 'T']),
        legalStatus,
        placement: pick(PLACEMENTS),
        reasonEnded: open ? '' : last ? pick(ENDINGS) : 'X1',
      });
      if (open) return episodes;
      at = ends;
    }
    at += (30 + Math.floor(next() * 700)) * DAY;
  }
  return episodes;
}

function episodeLine(child: string, e: Episode, pick: <T>(list: readonly T[]) => T): string {
  const end = e.end === null ? '' : formatDate(e.end);
  const change = e.rne === 'P' || e.rne === 'T' ? pick(PLACE_CHANGES) : '';
  return `${child},${formatDate(e.start)},${e.rne},${e.legalStatus},${pick(CIN)},${e.placement},${pick(PROVIDERS)},${end},${e.reasonEnded},${change},,,`;
}

/** A row the importer must reject, one of several kinds. */
function badEpisodeLine(child: string, e: Episode, kind: number): string {
  const start = formatDate(e.start);
  switch (kind % 4) {
    case 0:
      return `${child},${start},S,Q9,N1,U4,PR1,,,,,,`;
    case 1:
      return `${child},31/11/2024,S,C2,N1,U4,PR1,,,,,,`;
    case 2:
      return `${child},${start},S,C2,N1,U4,PR1,${formatDate(e.start - 5 * DAY)},E8,,,,`;
    default:
      return `NOT${child},${start},S,C2,N1,U4,PR1,,,,,,`;
  }
}

export async function writeLargeReturn(dir: string, episodes: number, seed = 903): Promise<{ children: number; episodeRows: number; reviewRows: number }> {
  await mkdir(dir, { recursive: true });
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const header = new Lines(join(dir, 'header.csv'), HEADER_COLUMNS);
  const episodeFile = new Lines(join(dir, 'episodes.csv'), EPISODE_COLUMNS);
  const reviews = new Lines(join(dir, 'reviews.csv'), REVIEW_COLUMNS);
  let children = 0;
  while (episodeFile.count < episodes) {
    children += 1;
    const child = `B${String(children).padStart(7, '0')}`;
    const dob = Date.UTC(2006, 3, 1) + Math.floor(next() * 6600) * DAY;
    const badHeader = next() < 0.001;
    await header.push(`${child},${badHeader ? '3' : pick(['1', '2'])},${formatDate(dob)},${pick(ETHNIC)},,,`);
    const wanted = 1 + Math.floor(next() * 2.8) + (next() < 0.2 ? 2 : 0);
    const own = childEpisodes(next, pick, dob, Math.min(wanted, episodes - episodeFile.count));
    for (const e of own) {
      await episodeFile.push(next() < BAD_ROW_RATE ? badEpisodeLine(child, e, Math.floor(next() * 4)) : episodeLine(child, e, pick));
    }
    const first = own[0];
    if (first === undefined) continue;
    for (let at = first.start + 20 * DAY; at <= RETURN_END && next() < 0.65; at += (120 + Math.floor(next() * 240)) * DAY) {
      const age = ageOn(dob, at);
      const code = next() < BAD_ROW_RATE ? 'PN9' : age < 4 ? 'PN0' : pick(['PN1', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
      await reviews.push(`${child},${formatDate(dob)},${formatDate(at)},${code}`);
    }
  }
  await Promise.all([header.close(), episodeFile.close(), reviews.close()]);
  return { children, episodeRows: episodeFile.count, reviewRows: reviews.count };
}
