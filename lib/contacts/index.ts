export { createContactsModule } from './contacts';
export { ContactsBulkError, type BulkFailure } from './errors';
export * from './contacts.types';
