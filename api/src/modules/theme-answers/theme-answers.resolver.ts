import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor, THEME_ANSWER_COMMAND_ROLES, THEME_REQUEST_READERS } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AddThemeFollowUpInput, AnswerThemeInput, PutThemeInput } from './dto/theme-answer.inputs';
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

  @Allow(...THEME_REQUEST_READERS)
  @Query(() => [ThemeRequestType], { description: 'Themes put to local authorities, newest first: Commissioner staff see all, LA managers their own LA’s.' })
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

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'ANSWER'))
  @Mutation(() => ThemeRequestType, { description: 'A manager of the local authority answers a theme, once; a second answer gets CONFLICT.' })
  answerTheme(@Args('input') input: AnswerThemeInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ThemeRequestType> {
    return this.service.answer(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'ADD_FOLLOW_UP'))
  @Mutation(() => ThemeRequestType, { description: 'A manager of the local authority adds a follow-up action to an answered theme.' })
  addThemeFollowUp(
    @Args('input') input: AddThemeFollowUpInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.addFollowUp(caller, input, meta);
  }

  @Allow(...rolesFor(THEME_ANSWER_COMMAND_ROLES, 'COMPLETE_FOLLOW_UP'))
  @Mutation(() => ThemeRequestType, { description: 'A manager of the local authority marks a follow-up done; CONFLICT when it already is.' })
  completeThemeFollowUp(
    @Args('followUpId', { type: () => ID }) followUpId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ThemeRequestType> {
    return this.service.completeFollowUp(caller, followUpId, meta);
  }
}
