/** Sends a one-page fax and follows its status until it is sent or failed.  npx ts-node examples/fax.ts [+49211…] */
import { FaxStatus } from '../lib';
import { clientFromEnv, isSandbox, run } from './lib/env';
import { samplePdf } from './lib/sample-pdf';

const FINAL = new Set<FaxStatus>([FaxStatus.SENT, FaxStatus.FAILED]);

run(async () => {
  const client = clientFromEnv();
  const to = process.argv[2] ?? '+4921100000000';
  const { sessionId } = await client.fax.send({ to, fileContent: samplePdf('Hello by fax'), filename: 'hello.pdf' });
  console.log(`fax queued as ${sessionId}`);

  // The real API needs seconds to minutes; the sandbox moves on every 50 ms. Give up after ~5 minutes.
  const pollMs = isSandbox() ? 100 : 5000;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const status = await client.fax.getFaxStatus(sessionId);
    console.log(`fax status: ${status}`);
    if (FINAL.has(status)) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error('the fax did not reach a final status in time');
});
