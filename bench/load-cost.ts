/**
 * Cost of loading the package in Node: fresh `node` processes that (a) load nothing,
 * (b) require our built dist/index.cjs, (c) require the official `sipgateio`. Rounds
 * alternate the order so drift (caches, CPU frequency) hits all three alike; medians
 * are printed with the cost over bare node and the ratio ours/official.
 *
 * Run: npx ts-node bench/load-cost.ts [rounds]   (after `npm run build`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const OURS = path.join(ROOT, 'dist', 'index.cjs');
const OFFICIAL = require.resolve('sipgateio', { paths: [ROOT] });
const ROUNDS = Number(process.argv[2] ?? 15);
const TARGET_RATIO = 1 / 3;

/** Runs in the child: times the require, then measures memory after a full GC. */
const CHILD_SCRIPT = `
const target = process.env.LOAD_TARGET;
const started = process.hrtime.bigint();
if (target) require(target);
const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
global.gc();
const m = process.memoryUsage();
process.stdout.write(JSON.stringify({ loadMs, rss: m.rss, heapUsed: m.heapUsed }));
`;

interface Sample {
  wallMs: number;
  loadMs: number;
  rss: number;
  heapUsed: number;
}

type Variant = 'bare' | 'ours' | 'official';
const TARGETS: Record<Variant, string> = { bare: '', ours: OURS, official: OFFICIAL };

function runOnce(variant: Variant): Sample {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', CHILD_SCRIPT], {
    env: { PATH: process.env.PATH ?? '', LOAD_TARGET: TARGETS[variant] },
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${variant} child failed (${child.status}): ${child.stderr}`);
  const inner = JSON.parse(child.stdout) as Omit<Sample, 'wallMs'>;
  return { wallMs, ...inner };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medians(samples: Sample[]): Sample {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    loadMs: median(samples.map((s) => s.loadMs)),
    rss: median(samples.map((s) => s.rss)),
    heapUsed: median(samples.map((s) => s.heapUsed)),
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const pct = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

function main(): void {
  if (!existsSync(OURS)) throw new Error(`${OURS} is missing: run "npm run build" first`);
  const samples: Record<Variant, Sample[]> = { bare: [], ours: [], official: [] };
  const orders: Variant[][] = [
    ['bare', 'ours', 'official'],
    ['official', 'ours', 'bare'],
    ['ours', 'bare', 'official'],
  ];
  runOnce('ours'); // warm the file system cache once for each, unmeasured
  runOnce('official');
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const variant of orders[round % orders.length]) samples[variant].push(runOnce(variant));
  }
  const m = { bare: medians(samples.bare), ours: medians(samples.ours), official: medians(samples.official) };
  const cost = (variant: 'ours' | 'official') => ({
    wallMs: m[variant].wallMs - m.bare.wallMs,
    loadMs: m[variant].loadMs,
    rss: m[variant].rss - m.bare.rss,
    heapUsed: m[variant].heapUsed - m.bare.heapUsed,
  });
  const ours = cost('ours');
  const official = cost('official');

  console.log(`Load cost in fresh node ${process.version} processes, median of ${ROUNDS} alternating rounds`);
  console.log('');
  console.log('variant    process wall   require()    RSS after     heap after (post-GC)');
  for (const variant of ['bare', 'ours', 'official'] as Variant[]) {
    const s = m[variant];
    console.log(
      `${variant.padEnd(10)} ${ms(s.wallMs).padEnd(14)} ${ms(s.loadMs).padEnd(12)} ${mb(s.rss).padEnd(13)} ${mb(s.heapUsed)}`,
    );
  }
  console.log('');
  console.log('cost over bare node   wall           RSS           heap');
  console.log(`ours                  ${ms(ours.wallMs).padEnd(14)} ${mb(ours.rss).padEnd(13)} ${mb(ours.heapUsed)}`);
  console.log(
    `official              ${ms(official.wallMs).padEnd(14)} ${mb(official.rss).padEnd(13)} ${mb(official.heapUsed)}`,
  );
  console.log('');
  const ratios = {
    wall: ours.wallMs / official.wallMs,
    require: ours.loadMs / official.loadMs,
    rss: ours.rss / official.rss,
    heap: ours.heapUsed / official.heapUsed,
  };
  console.log(
    `ratio ours/official: wall ${pct(ratios.wall)}, require() ${pct(ratios.require)}, RSS ${pct(ratios.rss)}, heap ${pct(ratios.heap)}  (target ≤ ${pct(TARGET_RATIO)})`,
  );
  const met = ratios.wall <= TARGET_RATIO && ratios.heap <= TARGET_RATIO && ratios.rss <= TARGET_RATIO;
  console.log(met ? 'TARGET MET (wall, RSS and heap)' : 'TARGET MISSED (wall, RSS or heap)');
}

main();
