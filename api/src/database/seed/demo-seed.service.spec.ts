import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/env.schema';
import type { AuditService } from '../../modules/audit/audit.service';
import type { PasswordService } from '../../modules/auth/password.service';
import { Clock } from '../../common/clock';
import type { AssignmentEngine } from '../../modules/assignments/assignment-engine.service';
import { DemoSeedService } from './demo-seed.service';

describe('demo seed', () => {
  it('refuses to create demo accounts when NODE_ENV=production, before touching the database', async () => {
    const dataSource = { getRepository: jest.fn() } as unknown as DataSource;
    const service = new DemoSeedService(dataSource, {} as PasswordService, {} as AuditService, {} as AssignmentEngine, new Clock(), {
      nodeEnv: 'production',
      seedDemo: true,
    } as AppConfig);
    await expect(service.seed()).rejects.toThrow('Refusing to seed demo accounts when NODE_ENV=production.');
    expect(dataSource.getRepository).not.toHaveBeenCalled();
  });
});
