import { QUALITY_STANDARDS } from '@heard/domain';
import { type VisitReportInput, TestSaveVisitDraftDocument, TestSubmitVisitDocument } from '@heard/graphql-types/testing';
import { concernWorld, type ConcernWorld } from './concern-fixture';
import type { GraphqlTestClient } from './graphql-client';
import type { TestApp } from './test-app';

export interface HomeWorld extends ConcernWorld {
  homeId: string;
}

/** A concern world plus a children's home in the LA, visited by the world's advocate, where the child lives since 2025-01-06. */
export async function homeWorld(api: TestApp): Promise<HomeWorld> {
  const world = await concernWorld(api);
  const urn = `SC${Math.floor(Math.random() * 1e9)}`;
  const [home] = (await api.dataSource.query(
    `INSERT INTO children_homes (name, provider_name, provider_contact_email, ofsted_urn, address, local_authority_id, responsible_advocate_id)
     VALUES ($1, 'Test Care Ltd', $2, $3, '1 Test Road', $4, $5) RETURNING id`,
    [`Home ${urn}`, `provider.${urn}@test.example`, urn, world.fx.laId, world.fx.advocates[0]?.id],
  )) as Array<{ id: string }>;
  await api.dataSource.query(`INSERT INTO placements (child_id, home_id, start_date) VALUES ($1, $2, '2025-01-06')`, [world.childId, home?.id]);
  return { ...world, homeId: home?.id ?? '' };
}

export function completeReport(overrides: Partial<VisitReportInput> = {}): VisitReportInput {
  return {
    visitOn: '2025-02-14',
    announced: false,
    childrenSpokenTo: [],
    staffSpokenTo: 'Registered manager',
    recordsChecked: 'Incident log',
    judgements: QUALITY_STANDARDS.map((standard) => ({ standard, judgement: 'MET', evidence: 'Seen on the visit' })),
    recommendations: [],
    followUps: [],
    ...overrides,
  };
}

export const SAVE = TestSaveVisitDraftDocument;
export const SUBMIT = TestSubmitVisitDocument;

export interface SharedHomeWorld extends HomeWorld {
  /** A child of another LA, living in the same home since 2025-01-06 and represented by another advocate. */
  otherChildId: string;
  /** That child's advocate: not the home's visiting advocate. */
  otherAdvocate: GraphqlTestClient;
  /** The other LA's manager, who placed that child in the home. */
  otherManager: GraphqlTestClient;
}

/** A home world where a second LA's child, with their own advocate, lives too. */
export async function sharedHomeWorld(api: TestApp): Promise<SharedHomeWorld> {
  const world = await homeWorld(api);
  const other = await concernWorld(api);
  await api.dataSource.query(`INSERT INTO placements (child_id, home_id, start_date) VALUES ($1, $2, '2025-01-06')`, [other.childId, world.homeId]);
  return { ...world, otherChildId: other.childId, otherAdvocate: other.advocate, otherManager: other.manager };
}
