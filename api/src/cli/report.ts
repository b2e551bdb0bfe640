import '../runtime-paths';
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { availableParallelism } from 'node:os';
import { reportHtml, tableCsv, type ReportModel } from '@heard/report';
import { AppModule } from '../app.module';
import { ReportGeneratorService } from '../modules/reports/report-generator.service';
import { renderPdfs } from './report-pdf-pool';

const USAGE = 'Usage: npm run report -- --year 2025 --out <folder>   (2025 = 1 April 2025 to 31 March 2026)';

/** Generates the annual report to a folder: the national HTML, PDF and CSVs, and each LA's HTML and PDF (PDFs laid out on two threads). */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => argv[argv.indexOf(name) + 1];
  const year = Number(arg('--year'));
  const out = arg('--out');
  if (!argv.includes('--year') || !argv.includes('--out') || !Number.isInteger(year) || out === undefined) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  Object.assign(process.env, { OVERDUE_CHECK_SECONDS: '0', REPORT_WORKER_SECONDS: '0' });
  process.env['SEED_DEMO'] ??= 'false';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    const started = Date.now();
    const report = await app.get(ReportGeneratorService).generate(year, async (fraction) => {
      process.stderr.write(`\r  generating: ${Math.round(fraction * 100)}%`);
    });
    process.stderr.write('\n');
    const root = resolve(out);
    const scopes = [
      { dir: root, model: report.national, tables: true },
      ...Object.values(report.byLocalAuthority).map((model) => ({ dir: join(root, 'local-authorities', slug(model.scope)), model, tables: false })),
    ];
    for (const scope of scopes) await write(scope.dir, scope.model, scope.tables);
    // This thread and one more per further core (at most four in all: more would only add memory).
    await renderPdfs(
      scopes.map((s) => s.model),
      Math.max(0, Math.min(availableParallelism(), 4) - 1),
      (i, pdf) => writeFile(join(scopes[i]?.dir ?? root, 'report.pdf'), pdf),
    );
    process.stdout.write(
      `${JSON.stringify({ year, out: root, checksum: report.checksum, localAuthorities: Object.keys(report.byLocalAuthority).length, seconds: (Date.now() - started) / 1000, peakRssMb: Math.round(process.memoryUsage().rss / 1048576) }, null, 2)}\n`,
    );
  } finally {
    await app.close();
  }
}

async function write(dir: string, model: ReportModel, tables: boolean): Promise<void> {
  await mkdir(join(dir, 'tables'), { recursive: true });
  await writeFile(join(dir, 'report.html'), reportHtml(model));
  if (tables) for (const table of model.sections.flatMap((s) => s.tables)) await writeFile(join(dir, 'tables', `${table.id}.csv`), tableCsv(table, model));
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

void main();
