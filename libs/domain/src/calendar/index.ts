export * from './england-and-wales-bank-holidays';
export * from './iso-date';
export * from './working-day-calendar';
export * from './england-and-wales-bank-holiday-rules';
