import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOW_METADATA, type Permission } from '../decorators/permission.metadata';
import { forbidden } from '../exceptions/domain.exception';

/**
 * Global guard: any GraphQL operation without an @Allow/@AllowPublic declaration is refused.
 * HTTP routes (health, the portal's files) are not GraphQL and are declared public in main.ts.
 */
@Injectable()
export class DenyByDefaultGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const permission = this.reflector.get<Permission | undefined>(ALLOW_METADATA, context.getHandler());
    if (permission === undefined) throw forbidden('This operation has no permission declaration.');
    return true;
  }
}
