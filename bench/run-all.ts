/**
 * Runs every benchmark one after the other (never in parallel: they would
 * disturb each other's numbers) and stops at the first that fails.
 * The browser bundle must be built first (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches = ['client-overhead.ts', 'webhook-server.ts', 'bundle-size.ts', 'load-cost.ts', 'contacts-bulk.ts'];

for (const bench of benches) {
  console.log(`\n=== bench/${bench} ===`);
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register', path.join(__dirname, bench)], {
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  if (result.status !== 0) {
    console.error(`bench/${bench} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
}
