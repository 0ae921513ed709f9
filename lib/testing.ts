/**
 * `sipgate-io-sdk/testing`: helpers for an app's own test suite. Node only; kept out of the
 * main entry so no production bundle carries them.
 */
export { createWebhookTestKit } from './webhook/test-kit';
export type {
  SignedWebhookRequest,
  WebhookTestFields,
  WebhookTestKit,
  WebhookTestKitOptions,
  WebhookTestReply,
  WebhookTestTarget,
} from './webhook/test-kit';
