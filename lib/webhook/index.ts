/** Webhook module: typed sipgate.io events, the XML response builder and three server mounts. */
export * from './types';
export { WebhookResponse, MAX_REDIRECT_TARGETS } from './response-builder';
export { escapeXml } from './xml-escape';
export { parseWebhookEvent } from './event-parser';
export { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key';
export { DEFAULT_HANDLER_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, WebhookHandlerTimeoutError } from './core';
export type { WebhookHttpResult } from './core';
export { createServer as createWebhookServer, createWebhookModule } from './server';
export type { ServerOptions, WebhookServer, WebhookModule } from './server';
export { createWebhookHandler } from './node-handler';
export type { WebhookRequestListener } from './node-handler';
export { createFetchHandler } from './fetch-handler';
export type { WebhookFetchHandler } from './fetch-handler';
