export * from './channel-rules';
export * from './reply-clock';
