import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor, THEME_ANSWER_COMMAND_ROLES, THEME_REQUEST_READERS } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AddThemeFollowUpInput, AnswerThemeInput, PutThemeInput, PutThemeToProviderInput, RecordProviderAnswerInput } from './dto/theme-answer.inputs';
import { ThemeLocalAuthorityType, ThemeRequestType } from './dto/theme-answer.types';
import { ThemeAnswersService } from './theme-answers.service';

@Resolver()
export class ThemeAnswersResolver {
  constructor(private readonly service: ThemeAnswersService) {}

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'PUT_THEME'))
  @Query(() => [ThemeLocalAuthorityType], { description: 'The local authorities Commissioner staff can put a theme to, by name.' })
  themeLocalAuthorities(): Promise<ThemeLocalAuthorityType[]> {
    return this.service.localAuthorities();
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'PUT_THEME'))
  @Query(() => [String], { description: "The providers of children's homes Commissioner staff can put a theme to, by name." })
  themeProviders(): Promise<string[]> {
    return this.service.providers();
  }

  @Allow(...THEME_REQUEST_READERS)
  @Query(() => [ThemeRequestType], {
    description: 'Themes put to local authorities and providers, newest first: Commissioner staff see all, LA managers their own LA’s (never a provider’s).',
  })
  themeRequests(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ThemeRequestType[]> {
    return this.service.list(caller, meta);
  }

  @Allow(...THEME_REQUEST_READERS)
  @Query(() => ThemeRequestType, { description: 'One theme put to a local authority, with its answer and follow-ups.' })
  themeRequest(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ThemeRequestType> {
    return this.service.one(caller, id, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'PUT_THEME'))
  @Mutation(() => ThemeRequestType, {
    description: 'Commissioner staff put a theme to a local authority; its managers are notified and have 20 working days to answer.',
  })
  putThemeToLocalAuthority(
    @Args('input') input: PutThemeInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.put(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'PUT_THEME'))
  @Mutation(() => ThemeRequestType, {
    description:
      "Commissioner staff put a theme to a children's home provider; its homes' contact addresses are emailed, and it has 20 working days to answer.",
  })
  putThemeToProvider(
    @Args('input') input: PutThemeToProviderInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.putToProvider(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'RECORD_PROVIDER_ANSWER'))
  @Mutation(() => ThemeRequestType, {
    description: "Commissioner staff record a provider's answer, once, with the date it was received; a second gets CONFLICT.",
  })
  recordProviderAnswer(
    @Args('input') input: RecordProviderAnswerInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.recordProviderAnswer(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'ANSWER'))
  @Mutation(() => ThemeRequestType, { description: 'A manager of the local authority answers a theme, once; a second answer gets CONFLICT.' })
  answerTheme(@Args('input') input: AnswerThemeInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ThemeRequestType> {
    return this.service.answer(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'ADD_FOLLOW_UP'))
  @Mutation(() => ThemeRequestType, {
    description: 'A manager of the local authority (Commissioner staff for a provider) adds a follow-up action to an answered theme.',
  })
  addThemeFollowUp(
    @Args('input') input: AddThemeFollowUpInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.addFollowUp(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'COMPLETE_FOLLOW_UP'))
  @Mutation(() => ThemeRequestType, {
    description: 'A manager of the local authority (Commissioner staff for a provider) marks a follow-up done; CONFLICT when it already is.',
  })
  completeThemeFollowUp(
    @Args('followUpId', { type: () => ID }) followUpId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.completeFollowUp(caller, followUpId, meta);
  }
}
