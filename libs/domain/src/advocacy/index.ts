export * from './advocacy-starts-when-heard-learns';
export * from './age';
export * from './choose-advocate';
export * from './offers';
export * from './offer-commands';
