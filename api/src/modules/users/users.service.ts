import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { UserEntity } from './user.entity';
import { toUserType, type UserType } from './user.type';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async findMe(caller: Caller): Promise<UserType> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: caller.userId });
    if (user === null) throw unauthenticated('Your account no longer exists.');
    return toUserType(user);
  }
}
