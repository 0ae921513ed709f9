/** Sends an SMS now and schedules one for tomorrow.  npx ts-node examples/sms.ts +49157… */
import { argument, clientFromEnv, run } from './lib/env';

run(async () => {
  const to = argument(0, 'npx ts-node examples/sms.ts <recipient, e.g. +4915799912345>', '+4915799912345');
  const client = clientFromEnv();
  // The SMS extension (s0, s1, …) is the sender; take the account's first one.
  const [extension] = await client.sms.getSmsExtensions(await client.getAuthenticatedWebuserId());
  if (!extension) throw new Error('this account has no SMS extension');

  await client.sms.send({ smsId: extension.id, to, message: 'Hello from the sipgate.io TypeScript SDK' });
  console.log(`SMS sent to ${to} with ${extension.id}`);

  // sipgate accepts send dates up to 30 days ahead.
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  await client.sms.schedule({ smsId: extension.id, to, message: 'A reminder, one day later' }, tomorrow);
  console.log(`SMS scheduled for ${tomorrow.toISOString()}`);
});
