import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  HomeDocument,
  HomeVisitDocument,
  SaveHomeVisitDraftDocument,
  SubmitHomeVisitDocument,
  type ConcernTheme,
  type FollowUpOutcome,
  type HomeQuery,
  type HomeVisitFieldsFragment,
  type Judgement,
  type QualityStandard,
  type VisitCommand,
  type VisitReportInput,
} from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ConsentCheckboxComponent } from '../../shared/ui/consent-checkbox.component';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FieldErrorComponent } from '../../shared/ui/field-error.component';
import { FormBase } from '../../shared/ui/form-base';
import { errorMessage } from '../../shared/ui/load-state';
import { SAFE } from '../../shared/ui/safe-choice';
import { submitForm } from '../../shared/ui/submit';
import { UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { CONCERN_THEMES, themeLabel } from '../escalations/concern-labels';
import { JUDGEMENT_OPTIONS, judgementLabel, QUALITY_STANDARDS, standardLabel } from './home-labels';
import { FOLLOW_UP_OPTIONS, VISIT_REPORT_FIELD_IDS } from './visit-report-fields';

interface ChildRow {
  name: string;
  spokeInPrivate: boolean;
  consentToSpeak: boolean;
  whatTheySaid: string;
  consentToShare: boolean;
}
interface RecommendationRow {
  what: string;
  owner: string;
  dueOn: string;
  themes: ConcernTheme[];
  childId: string | null;
}
interface FollowUpRow {
  outcome: FollowUpOutcome | '';
  note: string;
}
type Home = HomeQuery['home'];

/** The guided visit report: saved as a draft at any point and resumed later, submitted once complete. */
@Component({
  selector: 'app-visit-report-form-page',
  imports: [ConsentCheckboxComponent, ErrorSummaryComponent, FieldErrorComponent, RouterLink, UkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './visit-report-form.page.html',
})
export class VisitReportFormPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  readonly id = input.required<string>();
  protected readonly standards = QUALITY_STANDARDS;
  protected readonly judgementOptions = JUDGEMENT_OPTIONS;
  protected readonly themes = CONCERN_THEMES;
  protected readonly home = signal<Home | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly visitOn = signal('');
  protected readonly announced = signal<boolean | null>(null);
  protected readonly children = signal<ChildRow[]>([]);
  protected readonly staff = signal('');
  protected readonly records = signal('');
  protected readonly judged = signal<Partial<Record<QualityStandard, { judgement: Judgement; evidence: string }>>>({});
  protected readonly recommendations = signal<RecommendationRow[]>([]);
  protected readonly followUps = signal<Record<string, FollowUpRow>>({});
  protected readonly followUpOptions = FOLLOW_UP_OPTIONS;
  protected readonly open = computed(() => this.home()?.openRecommendationList ?? []);
  protected readonly myChildren = computed(() => this.home()?.myChildrenHere ?? []);
  /** What the API allows with this report: the stored draft's commands once there is one, else the home's for a new report. */
  private readonly draftCommands = signal<readonly VisitCommand[] | null>(null);
  protected readonly may = computed(() => new Set<VisitCommand>(this.draftCommands() ?? this.home()?.allowedVisitCommands ?? []));

  constructor() {
    super();
    effect(() => void this.load(this.id()));
  }

  protected standardLabel = standardLabel;
  protected judgementLabel = judgementLabel;
  protected themeLabel = themeLabel;

  protected judgementOf(standard: QualityStandard): Judgement | null {
    return this.judged()[standard]?.judgement ?? null;
  }

  protected evidenceOf(standard: QualityStandard): string {
    return this.judged()[standard]?.evidence ?? '';
  }

  protected judge(standard: QualityStandard, change: Partial<{ judgement: Judgement; evidence: string }>): void {
    this.judged.update((all) => ({
      ...all,
      [standard]: { judgement: all[standard]?.judgement ?? 'NOT_SEEN', evidence: all[standard]?.evidence ?? '', ...change },
    }));
  }

  protected addChild(): void {
    // Safe until the advocate says otherwise for this child: private, and no consent recorded.
    this.children.update((rows) => [...rows, { name: '', spokeInPrivate: true, consentToSpeak: SAFE.agreed, whatTheySaid: '', consentToShare: SAFE.agreed }]);
  }

  protected updateChild(index: number, change: Partial<ChildRow>): void {
    this.children.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected removeChild(index: number): void {
    this.children.update((rows) => rows.filter((_, i) => i !== index));
  }

  protected addRecommendation(): void {
    this.recommendations.update((rows) => [...rows, { what: '', owner: '', dueOn: '', themes: [], childId: null }]);
  }

  protected updateRecommendation(index: number, change: Partial<RecommendationRow>): void {
    this.recommendations.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected toggleTheme(index: number, theme: ConcernTheme, on: boolean): void {
    const current = this.recommendations()[index]?.themes ?? [];
    this.updateRecommendation(index, { themes: on ? [...current.filter((t) => t !== theme), theme] : current.filter((t) => t !== theme) });
  }

  protected removeRecommendation(index: number): void {
    this.recommendations.update((rows) => rows.filter((_, i) => i !== index));
  }

  protected followUpOf(id: string): FollowUpRow {
    return this.followUps()[id] ?? { outcome: '', note: '' };
  }

  protected followUp(id: string, change: Partial<FollowUpRow>): void {
    this.followUps.update((all) => ({ ...all, [id]: { ...this.followUpOf(id), ...change } }));
  }

  protected async saveDraft(): Promise<void> {
    this.errors.set([]);
    // The form then shows the draft as stored, consent answers included, not what was typed.
    if (await submitForm(this.errors, this.saving, 'visitOn', async () => this.show(await this.save()), VISIT_REPORT_FIELD_IDS))
      this.notice.set('Draft saved. You can come back to it later.');
  }

  protected async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice.set(null);
    await submitForm(
      this.errors,
      this.saving,
      'visitOn',
      async () => {
        const draft = await this.save();
        const visit = (await this.graphql.request(SubmitHomeVisitDocument, { id: draft.id })).submitHomeVisit;
        await this.router.navigate(['/advocate/homes', this.id(), 'visits', visit.id]);
      },
      VISIT_REPORT_FIELD_IDS,
    );
  }

  private async save(): Promise<HomeVisitFieldsFragment> {
    const input = { homeId: this.id(), report: this.report() };
    return (await this.graphql.request(SaveHomeVisitDraftDocument, { input })).saveHomeVisitDraft;
  }

  private report(): VisitReportInput {
    return {
      visitOn: this.visitOn() || null,
      announced: this.announced(),
      childrenSpokenTo: this.children().map((c) => ({ ...c, childId: null })),
      staffSpokenTo: this.staff(),
      recordsChecked: this.records(),
      judgements: QUALITY_STANDARDS.flatMap((standard) => {
        const j = this.judged()[standard];
        return j === undefined ? [] : [{ standard, judgement: j.judgement, evidence: j.evidence }];
      }),
      recommendations: this.recommendations().map((r) => ({ ...r })),
      followUps: Object.entries(this.followUps()).flatMap(([recommendationId, f]) =>
        f.outcome === '' ? [] : [{ recommendationId, outcome: f.outcome, note: f.note }],
      ),
    };
  }

  private async load(homeId: string): Promise<void> {
    try {
      const home = (await this.graphql.request(HomeDocument, { id: homeId })).home;
      this.home.set(home);
      if (home.draftVisitId === null) return;
      this.show((await this.graphql.request(HomeVisitDocument, { id: home.draftVisitId })).homeVisit);
      this.notice.set('You are continuing your draft report.');
    } catch (problem: unknown) {
      this.loadError.set(errorMessage(problem));
    }
  }

  /** Puts a stored draft in the form. */
  private show(draft: HomeVisitFieldsFragment): void {
    this.draftCommands.set(draft.allowedCommands);
    this.visitOn.set(draft.visitOn ?? '');
    this.announced.set(draft.announced ?? null);
    this.children.set(
      draft.childrenSpokenTo.map((c) => ({
        name: c.name,
        spokeInPrivate: c.spokeInPrivate,
        consentToSpeak: c.consentToSpeak,
        whatTheySaid: c.whatTheySaid,
        consentToShare: c.consentToShare,
      })),
    );
    this.staff.set(draft.staffSpokenTo);
    this.records.set(draft.recordsChecked);
    this.judged.set(Object.fromEntries(draft.judgements.map((j) => [j.standard, { judgement: j.judgement, evidence: j.evidence }])));
    this.recommendations.set(
      draft.recommendations.map((r) => ({ what: r.what, owner: r.owner, dueOn: r.dueOn, themes: [...r.themes], childId: r.childId ?? null })),
    );
    this.followUps.set(Object.fromEntries(draft.followUps.map((f) => [f.recommendationId, { outcome: f.outcome, note: f.note }])));
  }
}
