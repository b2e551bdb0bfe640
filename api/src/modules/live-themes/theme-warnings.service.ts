import { Injectable } from '@nestjs/common';
import {
  EARLY_WARNING_FACTOR,
  EARLY_WARNING_MINIMUM,
  quarterBefore,
  quarterStart,
  risingThemes,
  type IsoDate,
  type ThemeWarningCandidate,
  type ThemeWarningNotice,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import type { ThemeWarningsType } from './dto/live-themes.types';
import { LiveThemesRepository } from './live-themes.repository';
import { isTheme, namesOf, NO_HOME, unitOf } from './theme-units';

interface Candidate extends ThemeWarningCandidate {
  breakdown: ThemeWarningNotice['breakdown'];
  label: string;
}

const PLACES: readonly ThemeWarningNotice['breakdown'][] = ['LOCAL_AUTHORITY', 'PROVIDER', 'HOME'];

/**
 * Early warning for Commissioner staff: every LA, provider and home whose count of a theme (concerns, home-visit
 * findings and "you said, we did" outcomes together) this quarter is rising by the domain's rule, with the figures. Read live; audited as an
 * aggregate read.
 */
@Injectable()
export class ThemeWarningsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LiveThemesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  read(caller: Caller, meta: RequestMeta): Promise<ThemeWarningsType> {
    return this.dataSource.transaction(async (manager) => {
      const { quarterFromOn, warnings } = await this.rising(manager, this.clock.today());
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'theme_warnings.read',
        entity: 'live_themes',
        entityId: null,
        meta,
        details: { quarterFromOn, warnings: warnings.length },
      });
      return {
        minimum: EARLY_WARNING_MINIMUM,
        factor: EARLY_WARNING_FACTOR,
        warnings: warnings.map((w) => ({
          breakdown: w.breakdown,
          unitId: w.unit,
          label: w.label,
          theme: w.theme,
          quarterFromOn,
          current: w.current,
          previous: [...w.previous],
          mean: w.mean,
          above: w.above,
        })),
      };
    });
  }

  /** The rising themes of the quarter `today` falls in, with their figures (also what the warning job tells staff of). */
  async rising(manager: EntityManager, today: IsoDate): Promise<{ quarterFromOn: IsoDate; warnings: ThemeWarningNotice[] }> {
    const current = quarterStart(today);
    const starts = [4, 3, 2, 1, 0].map((n) => quarterBefore(current, n));
    // One after the other: a transaction is one connection, which runs one query at a time.
    const rows = await this.repository.quarterTallies(manager, starts, today);
    const las = await this.repository.localAuthorities(manager);
    const names = namesOf(las);
    const candidates = new Map<string, Candidate & { counts: number[] }>();
    for (const row of rows) {
      if (!isTheme(row.theme) || row.quarter < 1 || row.quarter > 5) continue;
      for (const breakdown of PLACES) {
        const unit = unitOf(breakdown, row, names);
        if (unit.id === NO_HOME) continue;
        const key = `${breakdown}|${unit.id}|${row.theme}`;
        const found = candidates.get(key) ?? {
          breakdown,
          unit: unit.id,
          label: unit.label,
          theme: row.theme,
          current: 0,
          previous: [0, 0, 0, 0],
          counts: [0, 0, 0, 0, 0],
        };
        found.counts[row.quarter - 1] = (found.counts[row.quarter - 1] ?? 0) + row.n;
        candidates.set(key, found);
      }
    }
    const warnings = risingThemes(
      [...candidates.values()].map(({ counts, ...c }) => ({
        ...c,
        current: counts[4] ?? 0,
        previous: [counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0] as const,
      })),
    );
    return { quarterFromOn: current, warnings: warnings.map((w) => ({ ...w, quarterFromOn: current })) };
  }
}
