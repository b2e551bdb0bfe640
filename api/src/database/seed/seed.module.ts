import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../../modules/assignments/assignments.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [AssignmentsModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
