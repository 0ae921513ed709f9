/**
 * Shows where sipgate.io sends call events, and with a URL points incoming and outgoing calls at it.
 *   npx ts-node examples/settings.ts                                   show the settings
 *   npx ts-node examples/settings.ts https://your.public.host/sipgate  change them
 */
import { clientFromEnv, isSandbox, run } from './lib/env';

run(async () => {
  const client = clientFromEnv();
  console.log('webhook settings:', await client.settings.getWebhookSettings());

  // Changing them redirects every call of the account, so only on request (or on the sandbox).
  const url = process.argv[2] ?? (isSandbox() ? 'http://127.0.0.1:8080/sipgate' : undefined);
  if (!url) {
    console.log('pass a URL to send incoming and outgoing call events there');
    return;
  }
  await client.settings.setIncomingUrl(url);
  await client.settings.setOutgoingUrl(url);
  await client.settings.setLog(true); // sipgate keeps a debug log of the webhook exchanges
  await client.settings.disableWhitelist(); // events for every phone line, not only whitelisted ones
  console.log('webhook settings now:', await client.settings.getWebhookSettings());
});
