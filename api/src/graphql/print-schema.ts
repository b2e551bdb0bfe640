import '../runtime-paths';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './resolvers';

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

/** Writes api/schema.gql from the resolvers, without a database. `npm run schema` runs it. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  const target = join(process.cwd(), 'api', 'schema.gql');
  writeFileSync(target, `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`);
  await app.close();
  process.stdout.write(`Wrote ${target}\n`);
}

void main();
