import '../runtime-paths';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Writes a migration with the SQL that brings a database at the latest migration up to the
 * entities. Usage: npm run migration:generate -- <Name> (needs DATABASE_URL to an empty database).
 * Review the file, add anything TypeORM cannot express (triggers), and nothing else to register: migrations/index.ts loads every file in the folder.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const url = process.env['DATABASE_URL'];
  if (name === undefined || !/^[A-Z][A-Za-z0-9]+$/.test(name) || url === undefined) {
    process.stderr.write('Usage: DATABASE_URL=postgres://... npm run migration:generate -- PascalCaseName\n');
    process.exit(2);
  }
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  const timestamp = Date.now();
  const line = (query: string) => `    await queryRunner.query(\`${query.replace(/`/g, '\\`')}\`);\n`;
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => line(q.query)).join('')}  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries]
  .reverse()
  .map((q) => line(q.query))
  .join('')}  }
}
`;
  const file = join(process.cwd(), 'api', 'src', 'database', 'migrations', `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  writeFileSync(file, body);
  process.stdout.write(`Wrote ${file} (${sql.upQueries.length} statements)\n`);
}

void main();
