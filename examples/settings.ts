/** Points sipgate.io's webhooks at your server and shows the result.  npx ts-node examples/settings.ts https://your.public.host/sipgate */
import { clientFromEnv, run } from './lib/env';

run(async () => {
  const client = clientFromEnv();
  const url = process.argv[2] ?? 'http://127.0.0.1:8080/sipgate';
  await client.settings.setIncomingUrl(url);
  await client.settings.setOutgoingUrl(url);
  await client.settings.setLog(true);
  await client.settings.disableWhitelist();
  console.log('webhook settings now:', await client.settings.getWebhookSettings());
});
