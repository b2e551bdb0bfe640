import type { DataSource } from 'typeorm';
import { CorrectionsLoader } from './corrections.loader';
import type { CorrectionRow, RecordCorrectionsRepository } from './record-corrections.repository';

const row = (id: string, itemId: string): CorrectionRow => ({
  id,
  child_id: 'child',
  item_kind: 'MEETING_DECISION',
  item_id: itemId,
  kind: 'CORRECTION',
  text: `Correction ${id}`,
  recorded_by_name: 'Pat Manager',
  recorded_by_role: 'LA_MANAGER',
  recorded_at: new Date('2026-03-03T10:00:00Z'),
  child_name: 'Maya',
});

describe('the corrections loader', () => {
  function loader(rows: CorrectionRow[]) {
    const ofItems = jest.fn((_sql: unknown, ids: readonly string[]) => Promise.resolve(rows.filter((r) => ids.includes(r.item_id))));
    const repository = { ofItems } as unknown as RecordCorrectionsRepository;
    return { ofItems, loader: new CorrectionsLoader({} as DataSource, repository) };
  }

  it('reads every item asked for in one turn in one statement, and each item once per request', async () => {
    const { ofItems, loader: corrections } = loader([row('c1', 'd1'), row('c2', 'd1'), row('c3', 'a1')]);
    const request = {};
    const [d1, a1, none, again] = await Promise.all([
      corrections.load(request, 'd1'),
      corrections.load(request, 'a1'),
      corrections.load(request, 'v1'),
      corrections.load(request, 'd1'),
    ]);
    expect(ofItems).toHaveBeenCalledTimes(1);
    expect(ofItems.mock.calls[0]?.[1]).toEqual(['d1', 'a1', 'v1']);
    expect(d1.map((c) => [c.id, c.label])).toEqual([
      ['c1', 'Corrected by the local authority on 3 March 2026'],
      ['c2', 'Corrected by the local authority on 3 March 2026'],
    ]);
    expect(a1.map((c) => c.id)).toEqual(['c3']);
    expect(none).toEqual([]);
    expect(again).toBe(d1);
    expect(await corrections.load(request, 'd1')).toBe(d1);
    expect(ofItems).toHaveBeenCalledTimes(1);
  });

  it('keeps requests apart', async () => {
    const { ofItems, loader: corrections } = loader([row('c1', 'd1')]);
    await corrections.load({}, 'd1');
    await corrections.load({}, 'd1');
    expect(ofItems).toHaveBeenCalledTimes(2);
  });
});
