/**
 * Node entry of the SDK: `sipgateIO(credentials)` returns a client whose members
 * are the modules; every `createXModule(client)` factory is exported as well.
 */
import type { AuthProvider } from './core/auth-provider';
import type { AuthCredentials } from './core/credentials';
import type { ClientOptions } from './core/http-types';
import { createNodeTransport } from './core/transport/node';
import { createRestClient, type SipgateIORestClient } from './rest-modules';
import { createWebhookModule, WebhookResponse, type WebhookModule } from './webhook';

export interface SipgateIO extends SipgateIORestClient {
  /** Webhook server factory (Node) and the XML response builder. */
  webhook: WebhookModule & { response: typeof WebhookResponse };
}

/**
 * Creates a client. Credentials are checked at once (a ValidationError names the
 * wrong field); no request is sent until a module function is called.
 */
export function sipgateIO(credentials: AuthCredentials | AuthProvider, options?: ClientOptions): SipgateIO {
  const client = createRestClient(credentials, options, createNodeTransport(options));
  return { ...client, webhook: { ...createWebhookModule(), response: WebhookResponse } };
}

export * from './rest-exports';
export { fileSenderLock, type FileSenderLockOptions } from './sms/file-sender-lock';
export { createNodeTransport, type NodeTransportOptions } from './core/transport/node';
export { createXhrTransport } from './core/transport/xhr';

// The webhook server and handlers (node:http, or any fetch-style runtime).
export {
  createFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  createWebhookServer,
  checkAnnouncementAudio,
  FluentWebhookServer,
  parseWebhookEvent,
  SIPGATE_WEBHOOK_PUBLIC_KEY,
  WebhookHandlerTimeoutError,
  WebhookRejectedError,
} from './webhook';
export type {
  ServerOptions,
  WebhookFetchHandler,
  WebhookHttpResult,
  WebhookModule,
  WebhookRequestListener,
  WebhookServer,
} from './webhook';
