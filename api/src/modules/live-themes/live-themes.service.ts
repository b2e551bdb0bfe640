import { Inject, Injectable } from '@nestjs/common';
import { liveThemesPeriod, themeBreakdownTables, type ThemeBreakdown, type ThemeBreakdownInput, type ThemeTable, type ThemeTally } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import type { LiveThemesInput } from './dto/live-themes.input';
import { type LiveThemesType, type LiveThemeTableType, THEME_SOURCES } from './dto/live-themes.types';
import { LiveThemesRepository, type PeriodTallyRow } from './live-themes.repository';
import { distinctUnits, isTheme, NATIONAL, namesOf, unitOf } from './theme-units';

/**
 * Live themes: concerns', home-visit findings' and "you said, we did" outcomes' themes through the year, by breakdown, against the same period
 * last year, suppressed as the annual report is (the domain's rule, over every breakdown at once so an LA manager's
 * table hides exactly what Commissioner staff's does). Commissioner staff read any breakdown; an LA manager their own
 * LA's table only. Reads are audited as aggregate reads (no child is named).
 */
@Injectable()
export class LiveThemesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LiveThemesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(caller: Caller, input: LiveThemesInput, meta: RequestMeta): Promise<LiveThemesType> {
    const period = liveThemesPeriod(this.clock.today(), input.fromOn ?? null, input.toOn ?? null);
    if (!period.ok) throw new DomainException('BAD_USER_INPUT', period.message, { field: period.field });
    const details = { breakdown: input.breakdown, fromOn: period.from, toOn: period.to };
    if (caller.role !== 'COMMISSIONER_STAFF' && (input.breakdown !== 'LOCAL_AUTHORITY' || caller.localAuthorityId === null)) {
      await this.dataSource.transaction((m) => this.record(m, caller, meta, details, 'REFUSED'));
      throw new DomainException('FORBIDDEN', 'An LA manager can see their own local authority’s themes only.');
    }
    const threshold = this.config.reportSuppressionThreshold;
    return this.dataSource.transaction(async (manager) => {
      const [rows, las] = await Promise.all([
        this.repository.periodTallies(manager, period.from, period.to, period.lastFrom, period.lastTo),
        this.repository.localAuthorities(manager),
      ]);
      const names = namesOf(las);
      const sources = THEME_SOURCES.map((source) => {
        const all = themeBreakdownTables(
          breakdownInput(
            rows.filter((r) => r.source === source),
            names,
          ),
          threshold,
        )[input.breakdown];
        const tables = caller.role === 'COMMISSIONER_STAFF' ? all : all.filter((t) => t.unit.id === caller.localAuthorityId);
        return { source, tables: tables.map(tableType) };
      });
      await this.record(manager, caller, meta, { ...details, tables: sources[0]?.tables.length ?? 0 }, 'ALLOWED');
      return {
        breakdown: input.breakdown,
        fromOn: period.from,
        toOn: period.to,
        lastYearFromOn: period.lastFrom,
        lastYearToOn: period.lastTo,
        threshold,
        sources,
      };
    });
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    meta: RequestMeta,
    details: Record<string, string | number>,
    outcome: 'ALLOWED' | 'REFUSED',
  ): Promise<void> {
    return this.audit.record(manager, {
      actor: { userId: caller.userId, role: caller.role },
      action: 'live_themes.read',
      entity: 'live_themes',
      entityId: null,
      meta,
      outcome,
      details,
    });
  }
}

/** Each breakdown's units and counts from one source's rows. */
function breakdownInput(rows: readonly PeriodTallyRow[], las: ReadonlyMap<string, string>): ThemeBreakdownInput {
  const of = (b: ThemeBreakdown) => {
    const placed = rows.flatMap((r) => (isTheme(r.theme) ? [{ unit: unitOf(b, r, las), row: r, theme: r.theme }] : []));
    const tallies: ThemeTally[] = placed.map((p) => ({ unit: p.unit.id, theme: p.theme, now: p.row.now, last: p.row.last }));
    // Every LA has a table, empty or not, so an LA manager always sees their own.
    const every = b === 'LOCAL_AUTHORITY' ? [...las].map(([id, label]) => ({ id, label })) : [];
    const units = b === 'NATIONAL' ? [NATIONAL] : distinctUnits([...every, ...placed.map((p) => p.unit)]);
    return { units, tallies };
  };
  return { NATIONAL: of('NATIONAL'), LOCAL_AUTHORITY: of('LOCAL_AUTHORITY'), PROVIDER: of('PROVIDER'), HOME: of('HOME') };
}

function tableType(table: ThemeTable): LiveThemeTableType {
  return {
    unitId: table.unit.id,
    label: table.unit.label,
    rows: table.rows.map((r) => ({ theme: r.theme, count: r.now, lastYear: r.last, change: r.change })),
  };
}
