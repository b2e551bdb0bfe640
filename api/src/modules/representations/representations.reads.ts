import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OffersService } from '../offers/offers.service';
import type { AdvocateInputType, ChildSelfRepresentationType } from './dto/representation.types';
import { RepresentationsRepository } from './representations.repository';

/** What a meeting read shows of the advocate's representations; both the advocate and the chair see them. */
export interface MeetingRepresentations {
  inputs(meetingId: string): AdvocateInputType[];
  input(inputId: string | null): AdvocateInputType | null;
  selfRepresentation(meetingId: string): ChildSelfRepresentationType | null;
  childOptedOut: boolean;
}

@Injectable()
export class RepresentationsReads {
  constructor(
    private readonly repository: RepresentationsRepository,
    private readonly offers: OffersService,
  ) {}

  /** The representations for some of one child's meetings, in three queries whatever the number of meetings. */
  async forMeetings(manager: EntityManager, childId: string, meetingIds: readonly string[]): Promise<MeetingRepresentations> {
    const inputs = await this.repository.inputs(manager, meetingIds);
    const selves = await this.repository.selfRepresentations(manager, meetingIds);
    const childOptedOut = (await this.offers.latestDecision(manager, childId))?.kind === 'OPTED_OUT';
    const byId = new Map(inputs.map((i) => [i.id, i]));
    return {
      inputs: (meetingId) => inputs.filter((i) => i.meetingId === meetingId),
      input: (inputId) => (inputId === null ? null : (byId.get(inputId) ?? null)),
      selfRepresentation: (meetingId) => selves.get(meetingId) ?? null,
      childOptedOut,
    };
  }
}
