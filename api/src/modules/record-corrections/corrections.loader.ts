import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RecordCorrectionType } from './dto/record-correction.types';
import { RecordCorrectionsRepository } from './record-corrections.repository';
import { shownCorrection } from './record-corrections.service';

interface Batch {
  ids: Set<string>;
  done: Promise<Map<string, RecordCorrectionType[]>>;
}

interface RequestLoads {
  open: Batch | null;
  loaded: Map<string, Promise<RecordCorrectionType[]>>;
}

/**
 * Per request, DataLoader-style: every item's `corrections` asked for in one turn of the event loop (all the decisions,
 * actions, views and contacts of a page) is read in one statement, and each item once per request.
 */
@Injectable()
export class CorrectionsLoader {
  private readonly requests = new WeakMap<object, RequestLoads>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecordCorrectionsRepository,
  ) {}

  load(request: object, itemId: string): Promise<RecordCorrectionType[]> {
    let loads = this.requests.get(request);
    if (loads === undefined) {
      loads = { open: null, loaded: new Map() };
      this.requests.set(request, loads);
    }
    const known = loads.loaded.get(itemId);
    if (known !== undefined) return known;
    const batch = loads.open ?? this.openBatch(loads);
    batch.ids.add(itemId);
    const corrections = batch.done.then((byItem) => byItem.get(itemId) ?? []);
    loads.loaded.set(itemId, corrections);
    return corrections;
  }

  private openBatch(loads: RequestLoads): Batch {
    const ids = new Set<string>();
    const done = new Promise<Map<string, RecordCorrectionType[]>>((resolve, reject) => {
      setImmediate(() => {
        loads.open = null;
        this.repository
          .ofItems(this.dataSource, [...ids])
          .then((rows) => {
            const byItem = new Map<string, RecordCorrectionType[]>();
            for (const row of rows) byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), shownCorrection(row)]);
            resolve(byItem);
          })
          .catch(reject);
      });
    });
    const batch = { ids, done };
    loads.open = batch;
    return batch;
  }
}
