import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../common/request/request-context';
import { ChildType } from '../children/dto/child.type';
import { ChildContactType } from '../contacts/dto/contact.types';
import { ChildViewType, MeetingActionType, MeetingDecisionType } from '../meetings/dto/meeting.types';
import { CorrectionsLoader } from './corrections.loader';
import { RecordCorrectionType } from './dto/record-correction.types';

type ItemType = typeof ChildType | typeof ChildContactType | typeof ChildViewType | typeof MeetingDecisionType | typeof MeetingActionType;

/**
 * `corrections` beside each recorded item, wherever the item is shown. Field resolvers run no guards: the item was read
 * (and audited) by a query that checked the caller may see it, so its corrections follow its visibility exactly.
 */
function itemCorrections(type: ItemType, name: string) {
  @Resolver(() => type)
  class ItemCorrections {
    constructor(private readonly loader: CorrectionsLoader) {}

    @ResolveField('corrections', () => [RecordCorrectionType], {
      description: 'Corrections and the child’s disagreements added to this item, oldest first; the item itself stays as recorded.',
    })
    corrections(@Parent() item: { id: string }, @Context() context: GraphqlContext): Promise<RecordCorrectionType[]> {
      return this.loader.load(context, item.id);
    }
  }
  // Each resolver is named for its type (the self-registration list and Nest's logs show it).
  Object.defineProperty(ItemCorrections, 'name', { value: name });
  return ItemCorrections;
}

export const ChildCorrectionsResolver = itemCorrections(ChildType, 'ChildCorrectionsResolver');
export const ChildContactCorrectionsResolver = itemCorrections(ChildContactType, 'ChildContactCorrectionsResolver');
export const ChildViewCorrectionsResolver = itemCorrections(ChildViewType, 'ChildViewCorrectionsResolver');
export const MeetingDecisionCorrectionsResolver = itemCorrections(MeetingDecisionType, 'MeetingDecisionCorrectionsResolver');
export const MeetingActionCorrectionsResolver = itemCorrections(MeetingActionType, 'MeetingActionCorrectionsResolver');
