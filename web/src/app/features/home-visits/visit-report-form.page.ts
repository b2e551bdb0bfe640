import { ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  HomeDocument,
  HomeVisitDocument,
  SaveHomeVisitDraftDocument,
  SubmitHomeVisitDocument,
  type ConcernTheme,
  type HomeQuery,
  type HomeVisitFieldsFragment,
  type Judgement,
  type QualityStandard,
  type VisitCommand,
} from '@heard/graphql-types';
import type { ReportProblem } from '@heard/domain';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { ConsentCheckboxComponent } from '../../shared/ui/consent-checkbox.component';
import { DateFieldComponent } from '../../shared/ui/date-field.component';
import { ErrorSummaryComponent, type SummaryError } from '../../shared/ui/error-summary.component';
import { FieldErrorComponent } from '../../shared/ui/field-error.component';
import { FormBase } from '../../shared/ui/form-base';
import { errorMessage } from '../../shared/ui/load-state';
import { SAFE } from '../../shared/ui/safe-choice';
import { submitForm } from '../../shared/ui/submit';
import { TaskListComponent, type TaskListItem } from '../../shared/ui/task-list.component';
import { todayIso, UkDatePipe } from '../../shared/ui/uk-date.pipe';
import { CONCERN_THEMES, themeLabel } from '../escalations/concern-labels';
import { JUDGEMENT_OPTIONS, judgementLabel, QUALITY_STANDARDS, standardLabel } from './home-labels';
import { domainReport, reportInput, type ChildRow, type FollowUpRow, type Judged, type RecommendationRow, type VisitAnswers } from './visit-answers';
import { RecommendationAnswersComponent } from '../recommendation-answers/recommendation-answers.component';
import { VisitReportCheckComponent } from './visit-report-check.component';
import { FOLLOW_UP_OPTIONS, VISIT_REPORT_FIELD_IDS, visitReportFieldId } from './visit-report-fields';
import { dateProblems, submitProblems, visitReportTasks } from './visit-report-tasks';

type Home = HomeQuery['home'];

/**
 * The guided visit report: a task list of its parts, saved as a draft at any point and resumed later, and, once
 * complete, submitted after checking the answers.
 */
@Component({
  selector: 'app-visit-report-form-page',
  imports: [
    RecommendationAnswersComponent,
    ConsentCheckboxComponent,
    DateFieldComponent,
    ErrorSummaryComponent,
    FieldErrorComponent,
    RouterLink,
    TaskListComponent,
    UkDatePipe,
    VisitReportCheckComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './visit-report-form.page.html',
})
export class VisitReportFormPage extends FormBase {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  readonly id = input.required<string>();
  protected readonly standards = QUALITY_STANDARDS;
  protected readonly judgementOptions = JUDGEMENT_OPTIONS;
  protected readonly themes = CONCERN_THEMES;
  protected readonly home = signal<Home | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** What the page says about the report as it opens (a draft being continued). */
  protected readonly notice = signal<string | null>(null);
  /** The success banner after saving a draft. */
  protected readonly confirmation = signal<string | null>(null);
  /** The form, or the check of the answers before the report is submitted. */
  protected readonly step = signal<'form' | 'check'>('form');
  protected readonly visitOn = signal('');
  protected readonly announced = signal<boolean | null>(null);
  protected readonly children = signal<ChildRow[]>([]);
  protected readonly staff = signal('');
  protected readonly records = signal('');
  protected readonly judged = signal<Judged>({});
  protected readonly recommendations = signal<RecommendationRow[]>([]);
  protected readonly followUps = signal<Record<string, FollowUpRow>>({});
  protected readonly followUpOptions = FOLLOW_UP_OPTIONS;
  protected readonly open = computed(() => this.home()?.openRecommendationList ?? []);
  protected readonly myChildren = computed(() => this.home()?.myChildrenHere ?? []);
  private readonly openIds = computed(() => this.open().map((r) => r.id));
  protected readonly answers = computed<VisitAnswers>(() => ({
    visitOn: this.visitOn(),
    announced: this.announced(),
    children: this.children(),
    staff: this.staff(),
    records: this.records(),
    judged: this.judged(),
    recommendations: this.recommendations(),
    followUps: this.followUps(),
  }));
  protected readonly tasks = computed<TaskListItem[]>(() =>
    visitReportTasks(domainReport(this.answers()), todayIso(), this.openIds()).map((task) => ({
      targetId: `section-${task.section}`,
      title: task.title,
      hint: task.optional ? 'Optional' : null,
      status: task.status,
    })),
  );
  protected readonly completed = computed(() => this.tasks().filter((t) => t.hint === null && t.status === 'COMPLETED').length);
  protected readonly required = computed(() => this.tasks().filter((t) => t.hint === null).length);
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
    this.notice.set(null);
    this.confirmation.set(null);
    if (this.showProblems(dateProblems(domainReport(this.answers())))) return;
    // The form then shows the draft as stored, consent answers included, not what was typed.
    if (await submitForm(this.errors, this.saving, 'visitOn', async () => this.show(await this.save()), VISIT_REPORT_FIELD_IDS))
      this.confirmation.set('Draft saved. You can come back to it later.');
  }

  /** "Submit report": the missing items, one by one, or the answers to check before the report goes. */
  protected check(event: SubmitEvent): void {
    event.preventDefault();
    this.notice.set(null);
    this.confirmation.set(null);
    if (this.showProblems(submitProblems(domainReport(this.answers()), todayIso(), this.openIds()))) return;
    this.step.set('check');
    setTimeout(() => {
      window.scrollTo(0, 0);
      this.document.getElementById('check-answers')?.focus();
    });
  }

  /** Back to the form from checking the answers, focused on the answer to change. */
  protected change(fieldId: string): void {
    this.step.set('form');
    setTimeout(() => this.focusField(fieldId));
  }

  protected async submit(): Promise<void> {
    const home = this.home();
    let recommendations = 0;
    const submitted = await submitForm(
      this.errors,
      this.saving,
      'visitOn',
      async () => {
        const draft = await this.save();
        const visit = (await this.graphql.request(SubmitHomeVisitDocument, { id: draft.id })).submitHomeVisit;
        recommendations = visit.recommendations.length;
        await this.router.navigate(['/advocate/homes', this.id(), 'visits', visit.id], {
          state: { notice: submittedNotice(home?.name ?? 'the home', recommendations) },
        });
      },
      VISIT_REPORT_FIELD_IDS,
    );
    if (!submitted) this.step.set('form');
  }

  /** Shows `problems` in the error summary and under their fields; says whether there were any. */
  private showProblems(problems: readonly ReportProblem[]): boolean {
    const errors: SummaryError[] = problems.map((p) => ({ fieldId: visitReportFieldId(p.field) ?? p.field, message: p.message }));
    this.errors.set(errors);
    return errors.length > 0;
  }

  private focusField(fieldId: string): void {
    const field = this.document.getElementById(fieldId);
    if (field === null) return;
    (this.document.querySelector(`label[for="${fieldId}"]`) ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  }

  private async save(): Promise<HomeVisitFieldsFragment> {
    const input = { homeId: this.id(), report: reportInput(this.answers()) };
    return (await this.graphql.request(SaveHomeVisitDraftDocument, { input })).saveHomeVisitDraft;
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

/** What the advocate is told once the report is submitted: who has it now, and what comes next. */
function submittedNotice(homeName: string, recommendations: number): string {
  const next =
    recommendations === 0 ? '' : ` Follow up its ${recommendations === 1 ? 'recommendation' : `${recommendations} recommendations`} at your next visit.`;
  return `Visit report submitted. The local authorities that placed children at ${homeName} and the Children's Commissioner have been told, and the home's provider has been emailed the shared report.${next}`;
}
