import { AdvocatesResolver } from '../modules/advocates/advocates.resolver';
import { AllocationResolver } from '../modules/assignments/allocation.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ChildrenResolver } from '../modules/children/children.resolver';
import { EscalationsResolver } from '../modules/escalations/escalations.resolver';
import { HomeVisitsResolver } from '../modules/home-visits/home-visits.resolver';
import { ImportsResolver } from '../modules/imports/imports.resolver';
import { LaStaffResolver } from '../modules/la-staff/la-staff.resolver';
import { MeetingsResolver } from '../modules/meetings/meetings.resolver';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver';
import { ReportsResolver } from '../modules/reports/reports.resolver';
import { OffersResolver } from '../modules/offers/offers.resolver';
import { RepresentationsResolver } from '../modules/representations/representations.resolver';
import { TriggersResolver } from '../modules/triggers/triggers.resolver';

/** Every resolver class, for printing the schema without starting the API. */
export const RESOLVERS = [AuthResolver, AdvocatesResolver, ChildrenResolver, AllocationResolver, LaStaffResolver, OffersResolver, TriggersResolver, MeetingsResolver, RepresentationsResolver, EscalationsResolver, NotificationsResolver, HomeVisitsResolver, ImportsResolver, ReportsResolver];
