import type { RequestOptions } from '../core/request-options';
/** Public types of the sipgate.io webhook settings module. */

export interface WebhookSettings {
  incomingUrl: string;
  outgoingUrl: string;
  log: boolean;
  /** Extensions (p, g) that trigger webhooks; `null` = no whitelist, every phone line and group triggers. */
  whitelist: string[] | null;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type SettingsRequestOptions = RequestOptions;

export interface WebhookSettingsModule {
  setIncomingUrl(url: string, options?: SettingsRequestOptions): Promise<void>;
  setOutgoingUrl(url: string, options?: SettingsRequestOptions): Promise<void>;
  setWhitelist(extensions: string[], options?: SettingsRequestOptions): Promise<void>;
  setLog(value: boolean, options?: SettingsRequestOptions): Promise<void>;
  clearIncomingUrl(options?: SettingsRequestOptions): Promise<void>;
  clearOutgoingUrl(options?: SettingsRequestOptions): Promise<void>;
  /** An empty whitelist: no extension triggers webhooks. */
  clearWhitelist(options?: SettingsRequestOptions): Promise<void>;
  /** Removes the whitelist: every phone line and group triggers webhooks again. */
  disableWhitelist(options?: SettingsRequestOptions): Promise<void>;
  getWebhookSettings(options?: SettingsRequestOptions): Promise<WebhookSettings>;
}

/** The contract calls the module "settings". */
export type SettingsModule = WebhookSettingsModule;
