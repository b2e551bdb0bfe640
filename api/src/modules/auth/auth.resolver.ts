import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ALL_ROLES, Allow, AllowPublic } from '../../common/decorators/allow.decorator';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, GraphqlContext } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { isDatabaseUnavailable } from '../../database/database-unavailable';
import { PUB_SUB, type HeardPubSub } from '../../graphql/pubsub';
import { UserType } from '../users/user.type';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { AuthPayloadType, SessionEventKind, SessionEventType } from './auth.types';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { SessionsService } from './sessions.service';

export const SESSION_EVENTS = 'sessionEvents';

@Resolver()
export class AuthResolver {
  /** In production the refresh cookie is always Secure (see refreshCookieSecure). */
  private readonly production: boolean;

  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.production = config.nodeEnv === 'production';
  }

  @AllowPublic()
  @Mutation(() => AuthPayloadType, { description: 'Sign in. Sets an httpOnly refresh cookie.' })
  async login(@Args('email') email: string, @Args('password') password: string, @Context() context: GraphqlContext): Promise<AuthPayloadType> {
    if (email.length > 320 || password.length > 1024) {
      throw new DomainException('BAD_USER_INPUT', 'Email or password is too long.');
    }
    const signedIn = await this.auth.login(email, password, context.meta);
    if (signedIn.refreshToken !== null) setRefreshCookie(context.req, context.res, signedIn.refreshToken, this.sessions.idleMs, this.production);
    return signedIn.payload;
  }

  @AllowPublic()
  @Mutation(() => AuthPayloadType, { description: 'New access token from the refresh cookie; rotates the cookie.' })
  async refreshSession(@Context() context: GraphqlContext): Promise<AuthPayloadType> {
    try {
      const signedIn = await this.auth.refresh(readRefreshCookie(context.req), context.meta);
      if (signedIn.refreshToken !== null) setRefreshCookie(context.req, context.res, signedIn.refreshToken, this.sessions.idleMs, this.production);
      return signedIn.payload;
    } catch (error) {
      // The cookie is kept when the database could not be reached: the session may well still be live.
      if (!isDatabaseUnavailable(error)) clearRefreshCookie(context.req, context.res, this.production);
      throw error;
    }
  }

  @AllowPublic()
  @Mutation(() => Boolean, { description: 'Sign out: ends the session and clears the refresh cookie.' })
  async logout(@Context() context: GraphqlContext): Promise<boolean> {
    const userId = await this.auth.logout(readRefreshCookie(context.req), context.meta);
    clearRefreshCookie(context.req, context.res, this.production);
    if (userId !== null) {
      const event: SessionEventType = { kind: SessionEventKind.SIGNED_OUT, at: new Date(), userId };
      await this.pubSub.publish(SESSION_EVENTS, { [SESSION_EVENTS]: event });
    }
    return true;
  }

  @Allow(...ALL_ROLES)
  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentCaller() caller: Caller): Promise<UserType> {
    return this.users.findMe(caller);
  }

  @Allow(...ALL_ROLES)
  @Subscription(() => SessionEventType, {
    description: "Events about the caller's own sessions, such as being signed out elsewhere.",
    filter: (payload: Record<string, SessionEventType>, _args: unknown, context: GraphqlContext) => payload[SESSION_EVENTS]?.userId === context.caller?.userId,
  })
  sessionEvents(): AsyncIterator<SessionEventType> {
    return this.pubSub.asyncIterableIterator<SessionEventType>(SESSION_EVENTS);
  }
}
