import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { THEME_LABELS } from '@heard/domain';
import type { LiveThemesQuery } from '@heard/graphql-types';

export type LiveThemeTable = LiveThemesQuery['liveThemes']['sources'][number]['tables'][number];

/** How a suppressed figure is shown, as in the annual report. */
export const SUPPRESSED_MARKER = '[c]';
export const shown = (n: number | null, signed = false): string => (n === null ? SUPPRESSED_MARKER : signed && n > 0 ? `+${n}` : String(n));
export const themeLabel = (theme: LiveThemeTable['rows'][number]['theme']): string => (theme === null ? 'Total' : THEME_LABELS[theme]);

/**
 * One unit's themes: a horizontal bar chart drawn as the annual report draws its charts (suppressed counts as a
 * marker, not a bar), described in words, then its table, which is the chart's accessible alternative.
 */
@Component({
  selector: 'app-theme-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="theme-chart">
      <svg role="img" [attr.aria-labelledby]="id() + '-title ' + id() + '-desc'" [attr.viewBox]="'0 0 660 ' + height()" preserveAspectRatio="xMinYMin meet" width="100%">
        <title [id]="id() + '-title'">{{ caption() }}</title>
        <desc [id]="id() + '-desc'">{{ summary() }}</desc>
        @for (bar of bars(); track bar.label) {
          <text x="0" [attr.y]="bar.y + 16">{{ bar.label }}</text>
          <rect x="220" [attr.y]="bar.y" [attr.width]="bar.width" height="22"></rect>
          <text [attr.x]="226 + bar.width" [attr.y]="bar.y + 16">{{ bar.text }}</text>
        }
      </svg>
      <figcaption class="body">{{ summary() }} The figures are in the table below.</figcaption>
    </figure>
    <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="caption() + ', table'">
      <table class="table">
        <caption class="table__caption">{{ caption() }}</caption>
        <thead>
          <tr><th scope="col">Theme</th><th scope="col" class="table__numeric">Count</th><th scope="col" class="table__numeric">Same period last year</th><th scope="col" class="table__numeric">Change</th></tr>
        </thead>
        <tbody>
          @for (row of table().rows; track row.theme) {
            <tr>
              <th scope="row">{{ label(row.theme) }}</th>
              <td class="table__numeric">{{ shown(row.count) }}</td>
              <td class="table__numeric">{{ shown(row.lastYear) }}</td>
              <td class="table__numeric">{{ shown(row.change, true) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .theme-chart svg { max-width: 660px; font-size: 14px; }
    .theme-chart rect { fill: #1d70b8; }
  `,
})
export class ThemeChartComponent {
  readonly table = input.required<LiveThemeTable>();
  readonly id = input.required<string>();
  readonly caption = input.required<string>();
  protected readonly shown = shown;
  protected readonly label = themeLabel;
  private readonly themes = computed(() => this.table().rows.filter((r) => r.theme !== null));
  protected readonly height = computed(() => this.themes().length * 30 + 10);
  protected readonly bars = computed(() => {
    const max = Math.max(1, ...this.themes().map((r) => r.count ?? 0));
    return this.themes().map((r, i) => ({
      label: themeLabel(r.theme),
      y: 5 + i * 30,
      width: r.count === null ? 0 : Math.round((r.count / max) * 380),
      text: shown(r.count),
    }));
  });
  protected readonly summary = computed(() => {
    const top = this.themes()
      .filter((r) => r.count !== null && r.count > 0)
      .slice(0, 3);
    return top.length === 0
      ? 'No theme had enough items to publish.'
      : `The most frequent themes were ${top.map((r) => `${themeLabel(r.theme).toLowerCase()} (${String(r.count)})`).join(', ')}.`;
  });
}
