/**
 * Click-to-dial: your device rings first; when you pick up, the callee is dialled.
 *   npx ts-node examples/call.ts <device, e.g. e0> <callee, e.g. +49211…>
 */
import { argument, clientFromEnv, run } from './lib/env';

run(async () => {
  const usage = 'npx ts-node examples/call.ts <device id, e.g. e0> <callee, e.g. +4921165432>';
  const from = argument(0, usage, 'e0');
  const to = argument(1, usage, '+4921165432');
  const client = clientFromEnv();
  const { sessionId } = await client.call.initiate({ from, to });
  // The session id is also the call id for real-time call control (examples/rtcm.ts).
  console.log(`call started: ${from} → ${to}, session ${sessionId}`);
});
