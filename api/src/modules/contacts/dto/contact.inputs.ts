import { CONTACT_KINDS, CONTACT_NOTE_MAX_LENGTH, type ContactKind } from '@heard/domain';
import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export const ContactKindEnum = Object.fromEntries(CONTACT_KINDS.map((k) => [k, k])) as { [K in ContactKind]: K };
registerEnumType(ContactKindEnum, { name: 'ContactKind', description: 'How the advocate was in contact with the child.' });

@InputType()
export class RecordContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field(() => ContactKindEnum)
  @IsIn([...CONTACT_KINDS], { message: 'kind must be one of the kinds of contact' })
  kind!: ContactKind;

  @Field({ description: 'YYYY-MM-DD, in London; not in the future.' })
  @IsCalendarDate('event')
  occurredOn!: string;

  @Field({ description: 'HH:MM, 24-hour, London time.' })
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'occurredTime must be a time in the form HH:MM, for example 14:30' })
  occurredTime!: string;

  @Field({ description: "Whether the child's own views were recorded in this contact (moves 'last heard')." })
  @IsBoolean()
  viewsRecorded!: boolean;

  @Field({ description: 'Private to the advocates of this child: never shown to LA or Commissioner staff.' })
  @IsString()
  @MaxLength(CONTACT_NOTE_MAX_LENGTH, { message: `privateNote must be ${CONTACT_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` })
  privateNote!: string;
}
