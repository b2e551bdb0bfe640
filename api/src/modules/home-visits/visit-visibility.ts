import {
  allowedVisitCommands,
  childrenSpokenToAsSeenBy,
  isDrift,
  recommendationChildAsSeenBy,
  type Role,
  type VisitReader,
  type VisitReport,
} from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/request/request-context';
import type { ChildAccessService } from '../children/child-access.service';
import type { RecommendationAnswersService } from '../recommendation-answers/recommendation-answers.service';
import type { RecommendationAnswerType } from '../recommendation-answers/dto/recommendation-answer.types';
import type { HomeVisitType, RecommendationType } from './dto/home.types';

/** A visit report as read from `home_visits` (see VISIT_SELECT). */
export interface VisitRow {
  id: string;
  home_id: string;
  home_name: string;
  status: 'DRAFT' | 'SUBMITTED';
  advocate_name: string;
  advocate_user_id: string;
  report: VisitReport;
}

/** Who is reading the home's visits: their role, and whether they are the advocate responsible for the home (who writes its reports). */
export interface VisitWriter {
  role: Role;
  responsibleForHome: boolean;
}

/** A recommendation as read from `home_recommendations`, with the advocate who wrote the visit that made it. */
export interface RecommendationRow {
  id: string;
  what: string;
  owner: string;
  due_on: string;
  themes: string[];
  child_id: string | null;
  status: string;
  carry_overs: number;
  review_note: string | null;
  visit_id: string;
  author_user_id: string;
}

/**
 * Every read of a home's visits and recommendations maps its rows through one of these, so each
 * child in them is shown only to the visiting advocate and the child's own advocate (the rule is
 * `maySeeVisitChild` in libs/domain), and the children it showed are known for the audit.
 */
export class VisitVisibility {
  private readonly shown = new Set<string>();

  constructor(
    private readonly callerUserId: string,
    private readonly ownChildIds: ReadonlySet<string>,
    private readonly writer: VisitWriter,
    private readonly answers: ReadonlyMap<string, RecommendationAnswerType[]> = new Map(),
  ) {}

  /** The children this caller was shown by everything mapped so far: the reads to audit. */
  get shownChildIds(): string[] {
    return [...this.shown].sort();
  }

  /** A visit report without the children the caller may not see; `made` are the recommendations of a submitted visit. */
  visit(v: VisitRow, made: readonly RecommendationRow[]): HomeVisitType {
    const reader = this.readerOf(v.advocate_user_id);
    const report = v.report;
    const children = childrenSpokenToAsSeenBy(reader, report.childrenSpokenTo);
    this.note(children.childrenSpokenTo.map((c) => c.childId));
    const recommendations =
      v.status === 'SUBMITTED'
        ? made.filter((r) => r.visit_id === v.id).map((r) => this.recommendation(r))
        : report.recommendations.map((r, i) => this.drafted(reader, v.id, i, r));
    return {
      id: v.id,
      homeId: v.home_id,
      homeName: v.home_name,
      status: v.status,
      advocateName: v.advocate_name,
      visitOn: report.visitOn,
      announced: report.announced,
      staffSpokenTo: report.staffSpokenTo,
      recordsChecked: report.recordsChecked,
      judgements: report.judgements.map((j) => ({ ...j })),
      ...children,
      recommendations,
      followUps: report.followUps.map((f) => ({ ...f })),
      allowedCommands: allowedVisitCommands(
        { status: v.status, callerIsAuthor: reader.isVisitingAdvocate && this.writer.responsibleForHome },
        this.writer.role,
      ),
    };
  }

  /** A recommendation, naming its child only to those who may see the child in the visit that made it. */
  recommendation(r: RecommendationRow): RecommendationType {
    const childId = recommendationChildAsSeenBy(this.readerOf(r.author_user_id), r.child_id);
    this.note([childId]);
    return {
      id: r.id,
      what: r.what,
      owner: r.owner,
      dueOn: r.due_on,
      themes: r.themes as RecommendationType['themes'],
      childId,
      status: r.status,
      carryOvers: r.carry_overs,
      drift: r.status === 'OPEN' && isDrift(r.carry_overs),
      reviewNote: r.review_note,
      visitId: r.visit_id,
      answers: this.answers.get(r.id) ?? [],
    };
  }

  private drafted(reader: VisitReader, visitId: string, i: number, r: VisitReport['recommendations'][number]): RecommendationType {
    const childId = recommendationChildAsSeenBy(reader, r.childId);
    this.note([childId]);
    return {
      id: `draft-${i}`,
      what: r.what,
      owner: r.owner,
      dueOn: r.dueOn,
      themes: [...r.themes] as RecommendationType['themes'],
      childId,
      status: 'DRAFT',
      carryOvers: 0,
      drift: false,
      reviewNote: null,
      visitId,
      answers: [],
    };
  }

  private readerOf(authorUserId: string): VisitReader {
    return { isVisitingAdvocate: authorUserId === this.callerUserId, ownChildIds: this.ownChildIds };
  }

  private note(childIds: ReadonlyArray<string | null>): void {
    for (const id of childIds) if (id !== null) this.shown.add(id);
  }
}

/** The children visits and recommendations name (the ones the caller's own children are looked up among). */
export function childIdsIn(visits: readonly VisitRow[], recommendations: readonly RecommendationRow[]): string[] {
  return [
    ...visits.flatMap((v) => [...v.report.childrenSpokenTo.map((c) => c.childId), ...v.report.recommendations.map((r) => r.childId)]),
    ...recommendations.map((r) => r.child_id),
  ].filter((id): id is string => id !== null);
}

/** What a visibility reads through: the caller's own children, and the answers owed to recommendations. */
export interface VisitLookups {
  access: ChildAccessService;
  answers: RecommendationAnswersService;
}

/** The visibility for this caller over these rows: their own children among those named, and the answers they may see, are looked up once. */
export async function visitVisibility(
  manager: EntityManager,
  lookups: VisitLookups,
  caller: Caller,
  home: { responsible_user_id: string | null },
  visits: readonly VisitRow[],
  recommendations: readonly RecommendationRow[],
): Promise<VisitVisibility> {
  const writer = { role: caller.role, responsibleForHome: home.responsible_user_id === caller.userId };
  const own = await lookups.access.ownChildIds(manager, caller, childIdsIn(visits, recommendations));
  const answers = await lookups.answers.answersFor(manager, caller, [...new Set(recommendations.map((r) => r.id))]);
  return new VisitVisibility(caller.userId, own, writer, answers);
}
