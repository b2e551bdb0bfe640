import { Module } from '@nestjs/common';
import { AdvocateRecordsModule } from '../advocates/advocate-records.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { UserAdminRepository } from './user-admin.repository';
import { UserAdminResolver } from './user-admin.resolver';
import { UserAdminService } from './user-admin.service';

/** Administrators manage user accounts (SessionsService and PasswordService come from the global AuthModule). */
@Module({
  imports: [UsersModule, AdvocateRecordsModule, NotificationsModule],
  providers: [UserAdminRepository, UserAdminService, UserAdminResolver],
})
export class UserAdminModule {}
