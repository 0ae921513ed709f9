export { createHistoryModule, MAX_BATCH_UPDATE } from './history';
export * from './history.types';
