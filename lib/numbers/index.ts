export { createNumbersModule } from './numbers';
export * from './numbers.types';
