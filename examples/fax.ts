/**
 * Sends a fax and follows its status until it is sent or failed.
 *   npx ts-node examples/fax.ts <fax number, e.g. +49211…> [document.pdf]
 * Without a file it sends a one-page PDF made in code.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { FaxStatus } from '../lib';
import { argument, clientFromEnv, isSandbox, run } from './lib/env';
import { samplePdf } from './lib/sample-pdf';

run(async () => {
  const to = argument(
    0,
    'npx ts-node examples/fax.ts <fax number, e.g. +4921100000000> [document.pdf]',
    '+4921100000000',
  );
  const file = process.argv[3];
  const client = clientFromEnv();
  const document = file
    ? { fileContent: readFileSync(file), filename: basename(file) }
    : { fileContent: samplePdf('Hello by fax'), filename: 'hello.pdf' };
  const { sessionId } = await client.fax.send({ to, ...document });
  console.log(`fax queued as ${sessionId}`);

  // The real API needs seconds to minutes; the sandbox moves on every 50 ms. Give up after ~5 minutes.
  const pollMs = isSandbox() ? 100 : 5000;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const status = await client.fax.getFaxStatus(sessionId);
    console.log(`fax status: ${status}`);
    if (status === FaxStatus.FAILED) throw new Error(`fax ${sessionId} failed (busy line or no fax machine at ${to}?)`);
    if (status === FaxStatus.SENT) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error('the fax did not reach a final status in time');
});
