/**
 * Webhook module: typed sipgate.io events, the XML response builder, and one pipeline
 * (event registry + verify-and-receive) behind three mounts: the standalone server, the
 * Node `(req, res)` handler and the Fetch handler.
 */
export * from './types';
export { WebhookResponse, MAX_REDIRECT_TARGETS } from './response-builder';
export { checkAnnouncementAudio } from './wav-header';
export type { AnnouncementAudioFormat } from './wav-header';
export { escapeXml } from './xml-escape';
export { parseWebhookEvent } from './event-parser';
export { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key';
export { DEFAULT_HANDLER_TIMEOUT_MS, WebhookHandlerTimeoutError } from './registry';
export { DEFAULT_MAX_BODY_BYTES } from './pipeline';
export { WebhookRejectedError } from './rejections';
export type { WebhookHttpResult, WebhookRejectReason } from './rejections';
export { createServer as createWebhookServer, createWebhookModule } from './server';
export type { ServerOptions, WebhookServer, WebhookModule } from './server';
export { FluentWebhookServer } from './fluent-server';
export { createWebhookHandler } from './node-handler';
export type { WebhookRequestListener } from './node-handler';
export { createFetchHandler } from './fetch-handler';
export type { WebhookFetchHandler } from './fetch-handler';
