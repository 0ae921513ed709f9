/** Click-to-dial: your device e0 rings, then the callee is dialled.  npx ts-node examples/call.ts [device] [+49…] */
import { clientFromEnv, run } from './lib/env';

run(async () => {
  const client = clientFromEnv();
  const from = process.argv[2] ?? 'e0';
  const to = process.argv[3] ?? '+4921165432';
  const { sessionId } = await client.call.initiate({ from, to });
  console.log(`call started: ${from} → ${to}, session ${sessionId}`);
});
