import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { THEME_LABELS, ukLongDate } from '@heard/domain';
import { LiveThemesDocument, type ThemeBreakdown, ThemeWarningsDocument } from '@heard/graphql-types';
import { GraphqlClient } from '../../core/graphql/graphql.client';
import { loadState } from '../../shared/ui/load-state';
import { type DatePeriod, PeriodFormComponent } from '../../shared/ui/period-form.component';
import { livePeriodCheck } from './live-themes-period';
import { ThemeChartComponent } from './theme-chart.component';

const BREAKDOWNS: ReadonlyArray<{ value: ThemeBreakdown; label: string }> = [
  { value: 'NATIONAL', label: 'England' },
  { value: 'LOCAL_AUTHORITY', label: 'By local authority' },
  { value: 'PROVIDER', label: 'By provider of children’s homes' },
  { value: 'HOME', label: 'By children’s home' },
];
const SOURCES: Readonly<Record<string, string>> = {
  CONCERNS: 'Concerns advocates raised',
  HOME_VISIT_FINDINGS: 'Home-visit recommendations',
  YOU_SAID_WE_DID: '“You said, we did”: what children said at their meetings',
};

/**
 * Themes through the year: concerns', home-visit findings' and "you said, we did" outcomes' themes (by default this
 * reporting year to date, or between the dates chosen, kept in the address as `?fromOn=…&toOn=…` so reload and back
 * keep them) against the same days last year, a chart and a table per unit, small numbers suppressed as in the annual
 * report. Commissioner staff choose a breakdown and see the early warnings; an LA manager sees their own LA.
 */
@Component({
  selector: 'app-live-themes-page',
  imports: [PeriodFormComponent, ThemeChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading-l">Themes through the year</h1>
    @if (national()) {
      <fieldset class="fieldset">
        <legend class="fieldset__legend">Show themes for</legend>
        <div class="radios">
          @for (b of breakdowns; track b.value) {
            <div class="radios__item">
              <input class="radios__input" type="radio" name="breakdown" [id]="'breakdown-' + b.value" [checked]="breakdown() === b.value" (change)="choose(b.value)" />
              <label class="radios__label label" [for]="'breakdown-' + b.value">{{ b.label }}</label>
            </div>
          }
        </div>
      </fieldset>
    }
    @if (!themes.loading() || themes.data() !== null) {
      <app-period-form [period]="shownPeriod()" [check]="check" [open]="true" toHint="Up to today; at most a year after From." (chosen)="choosePeriod($event)" />
    }
    <div aria-live="polite">
      @if (themes.loading() && themes.data() === null) {
        <p class="body" role="status">Loading themes…</p>
      } @else if (themes.error(); as error) {
        <div class="error-summary" role="alert"><h2 class="error-summary__title">There is a problem</h2><p class="body">{{ error }}</p></div>
      } @else if (themes.data(); as t) {
        <p class="body">
          {{ date(t.fromOn) }} to {{ date(t.toOn) }}, against {{ date(t.lastYearFromOn) }} to {{ date(t.lastYearToOn) }}. Counts from 1 to {{ t.threshold }}, and figures they could be worked out
          from, are shown as [c], as in the annual report. “You said, we did” outcomes are counted on the day of the meeting the child said it at.
        </p>
        @for (s of t.sources; track s.source) {
          <h2 class="heading-m">{{ sourceLabel(s.source) }}</h2>
          @for (table of s.tables; track table.unitId) {
            <h3 class="heading-s">{{ table.label }}</h3>
            <app-theme-chart [table]="table" [id]="s.source + '-' + $index" [caption]="sourceLabel(s.source) + ' by theme: ' + table.label" />
          } @empty {
            <p class="body">Nothing was recorded in this period.</p>
          }
        }
      }
    </div>
    @if (national()) {
      <h2 class="heading-m">Rising themes this quarter</h2>
      @if (warnings.error(); as error) {
        <div class="error-summary" role="alert"><h3 class="error-summary__title">There is a problem</h3><p class="body">{{ error }}</p></div>
      } @else if (warnings.data(); as w) {
        <p class="body">A theme is flagged when this quarter has at least {{ w.minimum }} and more than {{ w.factor }} times the average of the four quarters before.</p>
        <ul class="list list--bullet">
          @for (x of w.warnings; track x.breakdown + x.unitId + x.theme) {
            <li>
              <strong>{{ x.label }}</strong> ({{ breakdownLabel(x.breakdown) }}): {{ themeLabel(x.theme) }}, {{ x.current }} since {{ date(x.quarterFromOn) }} against {{ x.previous.join(', ') }} in
              the four quarters before (average {{ x.mean }}, flagged above {{ x.above }}).
            </li>
          } @empty {
            <li>No theme is rising this quarter.</li>
          }
        </ul>
      }
    }
  `,
})
export class LiveThemesPage {
  private readonly graphql = inject(GraphqlClient);
  /** From the route: Commissioner staff (every breakdown and the warnings) or an LA manager (their own LA). */
  readonly national = input(false);
  /** The period in the address, if any; otherwise the reporting year to date. */
  readonly fromOn = input<string>();
  readonly toOn = input<string>();
  private readonly router = inject(Router);
  protected readonly check = livePeriodCheck;
  protected readonly breakdowns = BREAKDOWNS;
  protected readonly breakdown = signal<ThemeBreakdown | null>(null);
  protected readonly themes = loadState(
    async () =>
      (await this.graphql.request(LiveThemesDocument, { input: { breakdown: this.chosen(), fromOn: this.fromOn() ?? null, toOn: this.toOn() ?? null } }))
        .liveThemes,
  );
  /** The dates the form shows: those counted, or while none are, those asked for. */
  protected readonly shownPeriod = computed<DatePeriod>(() => {
    const shown = this.themes.data();
    return shown === null ? { fromOn: this.fromOn() ?? '', toOn: this.toOn() ?? '' } : { fromOn: shown.fromOn, toOn: shown.toOn };
  });
  protected readonly warnings = loadState(async () => (this.national() ? (await this.graphql.request(ThemeWarningsDocument, {})).themeWarnings : null));
  protected readonly date = ukLongDate;
  protected readonly sourceLabel = (source: string) => SOURCES[source] ?? source;
  protected readonly breakdownLabel = (b: ThemeBreakdown) => BREAKDOWNS.find((x) => x.value === b)?.label ?? b;
  protected readonly themeLabel = (theme: keyof typeof THEME_LABELS) => THEME_LABELS[theme];

  constructor() {
    // A new period in the address (chosen here, or by back and forward) is counted again; the first is loaded already.
    let first = true;
    effect(() => {
      this.fromOn();
      this.toOn();
      if (!first) untracked(() => void this.themes.reload());
      first = false;
    });
  }

  protected choosePeriod(period: DatePeriod): void {
    void this.router.navigate([], { queryParams: period, queryParamsHandling: 'merge' });
  }

  protected choose(breakdown: ThemeBreakdown): void {
    this.breakdown.set(breakdown);
    void this.themes.reload();
  }

  private chosen(): ThemeBreakdown {
    return this.breakdown() ?? (this.national() ? 'NATIONAL' : 'LOCAL_AUTHORITY');
  }
}
