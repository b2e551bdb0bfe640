import { ukLongDate } from '@heard/domain';
import { call } from '../parallel';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../advocacy-fixture';
import { completeReport, SAVE, SUBMIT } from '../home-fixture';
import { M, type RaceWorld, today, type Transition } from './race-world';

/** Offers, home-visit reports and allocation: outcomes, opting back in, submitting, reassigning, caps. */
export function allocationTransitions(w: RaceWorld): Transition[] {
  const { child, home, must, rows } = w;
  return [
    {
      name: 'recordOfferOutcome',
      as: 'advocate',
      prepare: async () => {
        const { childId, offerId } = await child();
        return {
          call: call(M.outcome, { input: { offerId, outcome: 'ACCEPTED', decidedOn: today } }),
          conflict: `This offer already has an outcome (accepted on ${ukLongDate(today)}). Record an opt-back-in instead.`,
          audit: { action: 'offer.outcome_recorded', entityId: childId, details: ['offerId', offerId] },
          state: () => rows(`SELECT kind FROM child_decisions WHERE child_id = $1`, [childId]),
          expected: [{ kind: 'ACCEPTED' }],
        };
      },
    },
    {
      name: 'recordOptBackIn',
      as: 'advocate',
      prepare: async () => {
        const { childId, offerId } = await child();
        await must('advocate', M.outcome, { input: { offerId, outcome: 'OPTED_OUT', decidedOn: today, childWords: 'I do not want an advocate' } });
        return {
          call: call(M.optBackIn, { input: { childId, decidedOn: today, childWords: 'I want my advocate after all' } }),
          conflict: 'This child has not opted out, so there is nothing to opt back in to.',
          audit: { action: 'child.opted_back_in', entityId: childId },
          state: () => rows(`SELECT kind FROM child_decisions WHERE child_id = $1 ORDER BY recorded_at, id`, [childId]),
          expected: [{ kind: 'OPTED_OUT' }, { kind: 'OPTED_BACK_IN' }],
        };
      },
    },
    {
      name: 'submitHomeVisit',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const homeId = await home(childId);
        const visitId = (await must('advocate', SAVE, { input: { homeId, report: completeReport() } })).saveHomeVisitDraft.id;
        return {
          call: call(SUBMIT, { id: visitId }),
          conflict: 'This visit report has already been submitted.',
          audit: { action: 'home_visit.submitted', entityId: homeId, details: ['visitId', visitId] },
          state: () => rows(`SELECT status FROM home_visits WHERE home_id = $1`, [homeId]),
          expected: [{ status: 'SUBMITTED' }],
        };
      },
    },
    {
      name: 'reassignChild',
      as: 'commissioner',
      prepare: async () => {
        const two = await advocacyFixture(w.api, [{ cap: 5 }, { cap: 5 }]);
        const manager = await two.signIn(two.managerEmail);
        const created = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
        const childId = created.data?.recordTriggerEvent.child.id ?? '';
        const target = two.advocates.find((a) => a.id !== created.data?.recordTriggerEvent.advocate?.id)?.id ?? '';
        return {
          call: call(M.reassign, { input: { childId, advocateId: target, reason: 'CONFLICT_OF_INTEREST', note: 'Knows the family' } }),
          conflict: 'The child already has this advocate.',
          audit: { action: 'assignment.reassigned', entityId: childId },
          state: () =>
            rows(
              `SELECT a.advocate_id AS advocate, (SELECT count(*)::int FROM assignments x WHERE x.child_id = $1) AS assignments,
                    (SELECT count(*)::int FROM offers o WHERE o.child_id = $1 AND o.outcome IS NULL AND o.closed_on IS NULL) AS "openOffers"
               FROM assignments a WHERE a.child_id = $1 AND a.ended_on IS NULL`,
              [childId],
            ),
          expected: [{ advocate: target, assignments: 2, openOffers: 1 }],
        };
      },
    },
    {
      name: 'setCaseloadCap',
      as: 'commissioner',
      prepare: async () => {
        const capped = await advocacyFixture(w.api, [{ cap: 3 }]);
        const advocateId = capped.advocates[0]?.id ?? '';
        return {
          call: call(M.setCap, { input: { advocateId, caseloadCap: 7 } }),
          conflict: "The advocate's cap is already 7.",
          audit: { action: 'advocate.cap_changed', entityId: advocateId },
          state: () => rows(`SELECT caseload_cap AS cap FROM advocates WHERE id = $1`, [advocateId]),
          expected: [{ cap: 7 }],
        };
      },
    },
  ];
}
