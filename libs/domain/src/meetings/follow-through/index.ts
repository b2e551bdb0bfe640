export * from './deadline-status';
export * from './working-day-deadlines';
export * from './meeting-notice';
export * from './decision-follow-through';
export * from './meeting-parts';
export * from './paper-review';
export * from './attendee-roles';
export * from './paper-review-sign-off';
