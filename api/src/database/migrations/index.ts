import { Initial1763850000000 } from './1763850000000-initial';
import { OptOutAdvocacy1795389794399 } from './1795389794399-opt-out-advocacy';
import { CaseloadCounter1795392000000 } from './1795392000000-caseload-counter';
import { CarePlanningMeetings1795392100000 } from './1795392100000-care-planning-meetings';
import { Escalations1795412225908 } from './1795412225908-escalations';
import { HomeVisits1795413316241 } from './1795413316241-home-visits';
import { Ssda903Imports1795414228821 } from './1795414228821-ssda903imports';
import { AnnualReports1795415132948 } from './1795415132948-annual-reports';
import { PubsubPayloads1795420000000 } from './1795420000000-pubsub-payloads';
import { ActiveAssignmentsByAdvocate1795430000000 } from './1795430000000-active-assignments-by-advocate';
import { AuditEvents1795440000000 } from './1795440000000-audit-events';
import { AdvocateInputs1795440100000 } from './1795440100000-advocate-inputs';
import { ChildViewSharingWithdrawal1796118974372 } from './1796118974372-child-view-sharing-withdrawal';
import { OffersClosedOnReassignment1796200000000 } from './1796200000000-offers-closed-on-reassignment';
import { SessionEnds1796200000001 } from './1796200000001-session-ends';
import { Ssda903ImportLiveness1796300000000 } from './1796300000000-ssda903-import-liveness';
import { WorkingDays1796400000000 } from './1796400000000-working-days';

/** Every migration, oldest first. */
export const MIGRATIONS = [Initial1763850000000, OptOutAdvocacy1795389794399, CaseloadCounter1795392000000, CarePlanningMeetings1795392100000, Escalations1795412225908, HomeVisits1795413316241, Ssda903Imports1795414228821, AnnualReports1795415132948, PubsubPayloads1795420000000, ActiveAssignmentsByAdvocate1795430000000, AuditEvents1795440000000, AdvocateInputs1795440100000, ChildViewSharingWithdrawal1796118974372, OffersClosedOnReassignment1796200000000, SessionEnds1796200000001, Ssda903ImportLiveness1796300000000, WorkingDays1796400000000];
