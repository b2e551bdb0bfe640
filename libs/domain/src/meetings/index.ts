export * from './meeting-schedule';
export * from './participation';
export * from './significant-decision';
export * from './chair';
export * from './meeting-commands';
export * from './action-commands';
export * from './long-term-foster';
export * from './meetings-held-on-time';
