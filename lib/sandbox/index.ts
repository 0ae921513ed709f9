export { createSandbox, type Sandbox } from './sandbox';
export { SandboxOptionError } from './errors';
export {
  SANDBOX_CREDENTIALS,
  SANDBOX_BASIC_CREDENTIALS,
  SANDBOX_OAUTH_CREDENTIALS,
  DEFAULT_SANDBOX_CREDENTIALS,
  randomSandboxCredentials,
} from './credentials';
export { SANDBOX_USER, SANDBOX_NUMBERS, SANDBOX_SIP_PASSWORD } from './fixtures';
export { parseXmlResponse } from './webhooks/xml';
export type { SandboxState, CallRecord, HistoryRecord, SipgateIoSettings } from './state';
export type { SipLogEntry } from './sip/server';
export type * from './types';
export { SANDBOX_OAUTH_CLIENT } from './oauth';
export type { SandboxOAuthClient, SandboxOAuthControl, SandboxOAuthOptions } from './oauth';
