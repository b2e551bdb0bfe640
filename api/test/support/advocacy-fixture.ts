import { type NewChildInput, TestRecordTriggerDocument, type TestRecordTriggerMutation } from '@heard/graphql-types/testing';
import { randomBytes } from 'node:crypto';
import { PasswordService } from '../../src/modules/auth/password.service';
import type { GraphqlTestClient } from './graphql-client';
import type { TestApp } from './test-app';

export interface FixtureAdvocate {
  id: string;
  userId: string;
  email: string;
  name: string;
}

export interface AdvocacyFixture {
  laId: string;
  otherLaId: string;
  providerId: string;
  managerEmail: string;
  /** The provider's manager (role PROVIDER_MANAGER). */
  providerManagerEmail: string;
  /** The LA's data protection officer (role DATA_PROTECTION_OFFICER). */
  dpoEmail: string;
  advocates: FixtureAdvocate[];
  password: string;
  signIn(email: string): Promise<GraphqlTestClient>;
}

export interface AdvocateSpec {
  cap: number;
  languages?: string[];
  employedByLa?: boolean;
}

const PASSWORD = 'fixture-password';
let passwordHash: Promise<string> | undefined;

/** A fresh LA (covered by a fresh provider with the given advocates) and its manager, isolated per test. */
export async function advocacyFixture(api: TestApp, advocates: AdvocateSpec[], options: { covered?: boolean } = {}): Promise<AdvocacyFixture> {
  passwordHash ??= new PasswordService().hash(PASSWORD);
  const hash = await passwordHash;
  const tag = randomBytes(4).toString('hex');
  const db = api.dataSource;
  const code = () => String(100 + Math.floor(Math.random() * 800));
  const insertLa = async (name: string): Promise<string> => {
    for (;;) {
      const rows: Array<{ id: string }> = await db.query(
        `INSERT INTO local_authorities (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [`${code()}`.slice(0, 3), name],
      );
      if (rows[0] !== undefined) return rows[0].id;
    }
  };
  const laId = await insertLa(`Test LA ${tag}`);
  const otherLaId = await insertLa(`Other LA ${tag}`);
  const [provider] = (await db.query(`INSERT INTO advocacy_providers (name) VALUES ($1) RETURNING id`, [`Provider ${tag}`])) as Array<{ id: string }>;
  const providerId = provider?.id ?? '';
  if (options.covered !== false) await db.query(`INSERT INTO provider_coverage VALUES ($1, $2)`, [providerId, laId]);
  const managerEmail = `manager.${tag}@test.heard`;
  await db.query(`INSERT INTO users (email, display_name, role, password_hash, local_authority_id) VALUES ($1, $2, 'LA_MANAGER', $3, $4)`, [
    managerEmail,
    `Manager ${tag}`,
    hash,
    laId,
  ]);
  const created: FixtureAdvocate[] = [];
  for (const [index, spec] of advocates.entries()) {
    const email = `advocate${index}.${tag}@test.heard`;
    const name = `Advocate ${index} ${tag}`;
    const [user] = (await db.query(
      `INSERT INTO users (email, display_name, role, password_hash, advocacy_provider_id) VALUES ($1, $2, 'ADVOCATE', $3, $4) RETURNING id`,
      [email, name, hash, providerId],
    )) as Array<{ id: string }>;
    const [advocate] = (await db.query(
      `INSERT INTO advocates (user_id, advocacy_provider_id, caseload_cap, languages, employing_local_authority_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [user?.id, providerId, spec.cap, spec.languages ?? ['English'], spec.employedByLa === true ? laId : null],
    )) as Array<{ id: string }>;
    created.push({ id: advocate?.id ?? '', userId: user?.id ?? '', email, name });
  }
  const providerManagerEmail = `provider-manager.${tag}@test.heard`;
  await db.query(`INSERT INTO users (email, display_name, role, password_hash, advocacy_provider_id) VALUES ($1, $2, 'PROVIDER_MANAGER', $3, $4)`, [
    providerManagerEmail,
    `Provider manager ${tag}`,
    hash,
    providerId,
  ]);
  const dpoEmail = `dpo.${tag}@test.heard`;
  await db.query(`INSERT INTO users (email, display_name, role, password_hash, local_authority_id) VALUES ($1, $2, 'DATA_PROTECTION_OFFICER', $3, $4)`, [
    dpoEmail,
    `Data protection officer ${tag}`,
    hash,
    laId,
  ]);
  return {
    laId,
    otherLaId,
    providerId,
    managerEmail,
    providerManagerEmail,
    dpoEmail,
    advocates: created,
    password: PASSWORD,
    async signIn(email: string) {
      const client = api.client();
      const login = await client.login(email, PASSWORD);
      if (login.errors.length > 0) throw new Error(`fixture sign-in failed for ${email}: ${login.errors[0]?.message ?? ''}`);
      return client;
    },
  };
}

export const RECORD_TRIGGER = TestRecordTriggerDocument;

/** What recording a trigger event answers: outcome, advocate and the child's current offer. */
export type TriggerResult = TestRecordTriggerMutation;

let counter = 0;
export function newChild(overrides: Partial<NewChildInput> = {}): NewChildInput {
  counter += 1;
  return { laChildRef: `T-${Date.now()}-${counter}`, givenName: `Child${counter}`, familyName: 'Test', dateOfBirth: '2014-05-01', ...overrides };
}
