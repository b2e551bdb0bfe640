import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ImportLiveness } from './import-liveness.service';
import { ImportReadsService } from './import-reads.service';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { Ssda903ImportService } from './ssda903-import.service';

@Module({ imports: [AssignmentsModule], controllers: [ImportsController], providers: [Ssda903ImportService, ImportReadsService, ImportsResolver, ImportLiveness], exports: [Ssda903ImportService] })
export class ImportsModule {}
