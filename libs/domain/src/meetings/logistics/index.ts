export * from './meeting-venues';
export * from './meeting-calendar-file';
