import { Module } from '@nestjs/common';
import { LaStaffResolver } from './la-staff.resolver';
import { LaStaffService } from './la-staff.service';

@Module({ providers: [LaStaffService, LaStaffResolver] })
export class LaStaffModule {}
