export { createVoicemailsModule } from './voicemails';
export * from './voicemails.types';
