import { Injectable } from '@nestjs/common';
import { recordPdf } from '@heard/report';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { documentModel, exportSections, type SubjectAccessDocument } from './subject-access-document';
import { SUBJECT_ACCESS_TABLES } from './subject-access.registry';
import { SubjectAccessRepository } from './subject-access.repository';

/** Builds one child's export: every registered table's rows (in one repeatable-read snapshot), record.json, record.pdf, zipped. */
@Injectable()
export class SubjectAccessGeneratorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SubjectAccessRepository,
    private readonly clock: Clock,
  ) {}

  async document(exportId: string, childId: string, onProgress: (fraction: number) => Promise<void>): Promise<SubjectAccessDocument> {
    const tables = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const read: { table: (typeof SUBJECT_ACCESS_TABLES)[number]; rows: Record<string, unknown>[] }[] = [];
      for (const [i, table] of SUBJECT_ACCESS_TABLES.entries()) {
        read.push({ table, rows: await this.repository.rowsOf(manager, table, childId) });
        if (i % 10 === 9) await onProgress((0.8 * (i + 1)) / SUBJECT_ACCESS_TABLES.length);
      }
      return read;
    });
    const child = tables[0]?.rows[0];
    const childName = child === undefined ? '' : `${String(child['given_name'])} ${String(child['family_name'])}`;
    return {
      format: 'heard.subject-access-export/1',
      exportId,
      childId,
      childName,
      generatedAt: this.clock.now().toISOString(),
      sections: exportSections(tables),
    };
  }

  async zip(exportId: string, childId: string, onProgress: (fraction: number) => Promise<void>): Promise<Uint8Array> {
    const document = await this.document(exportId, childId, onProgress);
    const pdf = await recordPdf(documentModel(document));
    await onProgress(0.95);
    return zipSync({ 'record.pdf': pdf, 'record.json': strToU8(JSON.stringify(document, null, 2)) }, { level: 6 });
  }
}
