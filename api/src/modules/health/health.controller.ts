import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../database/database-unavailable';
import { sqlRun } from '../../database/sql';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

/** Liveness and the database's reachability, for load balancers and docker-compose health checks. */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    try {
      await sqlRun(this.dataSource, 'SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return { status: 'degraded', database: 'down' };
    }
  }
}
