export * from './meeting-schedule';
export * from './participation';
export * from './significant-decision';
export * from './chair';
export * from './meeting-commands';
export * from './action-commands';
export * from './child-view-commands';
