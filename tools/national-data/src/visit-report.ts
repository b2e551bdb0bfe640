import { JUDGEMENTS, QUALITY_STANDARDS, type Judgement, type QualityStandard } from '@heard/domain';
import { type Day, iso } from './days';
import type { IdFactory } from './ids';
import type { ChildPlan, HomePlan } from './model';
import type { Prng } from './prng';
import { CHILD_SAID, JUDGEMENT_EVIDENCE, RECOMMENDATIONS } from './texts';

/** A recommendation of the home's that is followed up at each later visit until done or not done. */
export interface OpenRecommendation {
  id: string;
  visitId: string;
  what: string;
  themes: string[];
  child: number | null;
  childId: string | null;
  dueOn: Day;
  createdOn: Day;
  status: 'OPEN' | 'DONE' | 'NOT_DONE';
  carryOvers: number;
  reviewedAt: string | null;
  reviewedOn: Day | null;
  note: string | null;
}

const THEME_OF: Readonly<Record<QualityStandard, string>> = {
  QUALITY_AND_PURPOSE_OF_CARE: 'PLACEMENT_STABILITY',
  CHILDRENS_VIEWS_WISHES_AND_FEELINGS: 'NOT_BEING_LISTENED_TO',
  EDUCATION: 'EDUCATION',
  ENJOYMENT_AND_ACHIEVEMENT: 'IDENTITY_AND_CULTURE',
  HEALTH_AND_WELLBEING: 'MENTAL_HEALTH',
  POSITIVE_RELATIONSHIPS: 'CONTACT_WITH_FAMILY',
  PROTECTION_OF_CHILDREN: 'SAFETY',
  LEADERSHIP_AND_MANAGEMENT: 'OTHER',
  CARE_PLANNING: 'DELAY_IN_THE_PLAN',
};

const FOLLOW_UP_NOTES = {
  DONE: 'Seen done on this visit.',
  NOT_DONE: 'The home decided not to; reasons recorded.',
  CARRIED_OVER: 'Started but not finished; carried over.',
} as const;

/**
 * The report of one visit (the `report` JSON the API validates on submission): every Quality
 * Standard judged, children spoken to with their consent, recommendations for standards not met,
 * and a follow-up of every recommendation still open from earlier visits. A draft (no date yet) is
 * partly filled in. Follow-ups update the open recommendations in place.
 */
export function visitReport(
  rng: Prng,
  home: HomePlan,
  day: Day | null,
  spoken: ChildPlan[],
  open: OpenRecommendation[],
  ids: IdFactory,
  visitId: string,
): { report: object; recommendations: OpenRecommendation[] } {
  const standards = day === null ? QUALITY_STANDARDS.slice(0, 3) : QUALITY_STANDARDS;
  const judgements = standards.map((standard) => {
    const judgement = judge(rng, home.quality);
    return { standard, judgement, evidence: judgement === 'NOT_SEEN' ? '' : rng.pick(JUDGEMENT_EVIDENCE[judgement]) };
  });
  const recommendations: OpenRecommendation[] = [];
  if (day !== null) {
    for (const j of judgements) {
      if (recommendations.length >= 3 || !(j.judgement === 'NOT_MET' ? rng.chance(0.7) : j.judgement === 'PARTLY_MET' && rng.chance(0.25))) continue;
      const child = spoken.length > 0 && rng.chance(0.2) ? rng.pick(spoken) : null;
      recommendations.push({
        id: ids.next('recommendation'),
        visitId,
        what: rng.pick(RECOMMENDATIONS),
        themes: [THEME_OF[j.standard]],
        child: child?.index ?? null,
        childId: child?.id ?? null,
        dueOn: day + rng.int(14, 60),
        createdOn: day,
        status: 'OPEN',
        carryOvers: 0,
        reviewedAt: null,
        reviewedOn: null,
        note: null,
      });
    }
  }
  const followUps =
    day === null
      ? []
      : open.map((r) => {
          const outcome = rng.weighted([
            ['DONE', 60],
            ['NOT_DONE', 10],
            ['CARRIED_OVER', 30],
          ] as const);
          Object.assign(r, {
            status: outcome === 'CARRIED_OVER' ? 'OPEN' : outcome,
            carryOvers: r.carryOvers + (outcome === 'CARRIED_OVER' ? 1 : 0),
            reviewedAt: visitId,
            reviewedOn: day,
            note: FOLLOW_UP_NOTES[outcome],
          });
          return { recommendationId: r.id, outcome, note: outcome === 'DONE' ? '' : FOLLOW_UP_NOTES[outcome] };
        });
  const report = {
    visitOn: day === null ? null : iso(day),
    announced: day === null ? null : rng.chance(0.3),
    childrenSpokenTo:
      day === null
        ? []
        : spoken.map((c) => {
            const inPrivate = rng.chance(0.6);
            return {
              childId: c.id,
              name: c.preferredName ?? c.givenName,
              spokeInPrivate: inPrivate,
              consentToSpeak: true,
              whatTheySaid: rng.pick(CHILD_SAID),
              consentToShare: !inPrivate || rng.chance(0.6),
            };
          }),
    staffSpokenTo: day === null ? '' : 'The registered manager and two residential workers.',
    recordsChecked: day === null ? '' : 'Incident and restraint log, complaints, two children’s placement plans.',
    judgements,
    recommendations: recommendations.map((r) => ({ what: r.what, owner: 'Registered manager', dueOn: iso(r.dueOn), themes: r.themes, childId: r.childId })),
    followUps,
  };
  return { report, recommendations };
}

function judge(rng: Prng, quality: number): Judgement {
  const judgement = rng.weighted([
    ['MET', quality],
    ['PARTLY_MET', (1 - quality) * 0.6],
    ['NOT_MET', (1 - quality) * 0.25],
    ['NOT_SEEN', (1 - quality) * 0.15],
  ] as const);
  return JUDGEMENTS.includes(judgement) ? judgement : 'MET';
}
