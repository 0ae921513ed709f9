export { createContactsModule } from './contacts';
export { ContactsBulkError, type BulkFailure } from './errors';
export { CSV_IMPORT_LIMITS, VCARD_LIMITS } from './limits';
export * from './contacts.types';
