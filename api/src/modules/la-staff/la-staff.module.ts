import { Module } from '@nestjs/common';
import { LaStaffRepository } from './la-staff.repository';
import { LaStaffResolver } from './la-staff.resolver';
import { LaStaffService } from './la-staff.service';

@Module({ providers: [LaStaffService, LaStaffResolver, LaStaffRepository], exports: [LaStaffRepository] })
export class LaStaffModule {}
