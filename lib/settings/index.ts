export { createSettingsModule } from './settings';
export type { SettingsModule, SettingsRequestOptions, WebhookSettings, WebhookSettingsModule } from './settings.types';
