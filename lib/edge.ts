/**
 * Edge entry (Cloudflare Workers, Vercel Edge, other Fetch-API runtimes without Node
 * built-ins), picked by the `workerd`, `worker` and `edge-light` export conditions: the
 * browser client plus the Fetch-API webhook handler, which checks signatures with
 * WebCrypto against sipgate's public key. Deno and Bun take the Node entry.
 */
export * from './browser';
export { parseWebhookEvent } from './webhook/event-parser';
export { SIPGATE_WEBHOOK_PUBLIC_KEY } from './webhook/sipgate-public-key';
export { DEFAULT_HANDLER_TIMEOUT_MS, WebhookHandlerTimeoutError } from './webhook/registry';
export { DEFAULT_MAX_BODY_BYTES } from './webhook/pipeline';
export { WebhookRejectedError } from './webhook/rejections';
export type { WebhookHttpResult, WebhookRejectReason } from './webhook/rejections';
export { createFetchHandler } from './webhook/fetch-handler';
export type { WebhookFetchHandler } from './webhook/fetch-handler';
