/**
 * Users' own test suites that exercise the SDK: the packed package installed into a fresh
 * project, and the same test file (test/package/consumers/scenario.ts) run by jest (node and
 * jsdom environments), vitest and mocha, each as CommonJS and as ESM. The runners come from this
 * repository's node_modules (linked into the project, nothing is fetched per run); the local
 * server the tests talk to is one sandbox started here. Every run must report exactly the
 * scenario's tests as passed: a run that found no tests fails too.
 */
import { expect } from 'chai';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox } from '../../lib/sandbox';
import type { BasicAuthCredentials } from '../../lib/core/credentials';
import { REPO_ROOT } from '../support/paths';
import {
  conditionSuiteSource,
  MIGRATED_SUITE_TEST_COUNT,
  migratedSuiteSource,
  SCENARIO_ENV,
  scenarioSource,
  scenarioTestCount,
  type ModuleSystem,
  type TestEnvironment,
} from './consumers/scenario';
import { installPackedPackage, PACKAGE_NAME, run, type PackedProject } from './packed-project';

type ConditionMap = Record<string, unknown>;
const PACKAGE_EXPORTS = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    exports: Record<string, ConditionMap>;
  }
).exports;
/**
 * The conditions of the root entry under which a require() lands on a file of its own, plus '' for none
 * (plain `require`). jest's jsdom environment takes them as customExportConditions.
 */
const CJS_CONDITIONS = [
  ...Object.keys(PACKAGE_EXPORTS['.']).filter(
    (condition) =>
      !['import', 'require'].includes(condition) && (PACKAGE_EXPORTS['.'][condition] as ConditionMap).require,
  ),
  '',
];
const CONDITIONS_FILE = 'conditions.test.cjs';

const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
/** Packages the users' test files import besides the SDK (the runners bring their own). */
const LINKED_PACKAGES = ['nock', 'jest', 'jest-environment-jsdom', 'vitest', 'mocha', 'sipgateio'];
/** The official package, whose users' suites must pass unchanged against this one. */
const OFFICIAL_PACKAGE = 'sipgateio';
const TEST_TIMEOUT_MS = 60_000;
/** A password that needs UTF-8 before base64 (jsdom has no TextEncoder). */
const BASIC_CREDENTIALS: BasicAuthCredentials = { username: 'consumer@example.com', password: 'pässwört-✓' };

type Runner = 'jest' | 'vitest' | 'mocha';

interface Combination {
  runner: Runner;
  moduleSystem: ModuleSystem;
  environment: TestEnvironment;
}

const COMBINATIONS: Combination[] = [
  { runner: 'jest', moduleSystem: 'cjs', environment: 'node' },
  { runner: 'jest', moduleSystem: 'esm', environment: 'node' },
  // jest's jsdom environment resolves the `browser` condition; it has no fetch and no TextEncoder.
  { runner: 'jest', moduleSystem: 'cjs', environment: 'jsdom' },
  { runner: 'jest', moduleSystem: 'esm', environment: 'jsdom' },
  { runner: 'vitest', moduleSystem: 'cjs', environment: 'node' },
  { runner: 'vitest', moduleSystem: 'esm', environment: 'node' },
  { runner: 'mocha', moduleSystem: 'cjs', environment: 'node' },
  { runner: 'mocha', moduleSystem: 'esm', environment: 'node' },
];

const labelOf = ({ runner, moduleSystem, environment }: Combination) =>
  `${runner} ${moduleSystem === 'esm' ? 'ESM' : 'CommonJS'} ${environment}`;
/** `variant` keeps the control's name from containing the main file's (vitest filters by substring). */
const fileOf = ({ runner, moduleSystem, environment }: Combination, variant = '') =>
  `${runner}-${environment}${variant}.test.${moduleSystem === 'esm' ? 'mjs' : 'cjs'}`;
/** The official package is CommonJS only: its users' suites in CommonJS are the control. */
const CONTROL_COMBINATIONS = COMBINATIONS.filter(({ moduleSystem }) => moduleSystem === 'cjs');
const CONTROL_VARIANT = '.official';

interface Outcome {
  passed: number;
  failed: number;
}

/** Runs one combination's file with its runner; returns the counts from the runner's JSON report. */
async function runConsumerTests(
  combination: Combination,
  projectDir: string,
  env: Record<string, string>,
  file = fileOf(combination),
): Promise<Outcome & { output: string }> {
  const report = path.join(projectDir, `${file}.report.json`);
  const bin = (relative: string) => path.join(projectDir, 'node_modules', relative);
  let args: string[];
  const runEnv = { ...env };
  if (combination.runner === 'jest') {
    const config = {
      rootDir: projectDir,
      testMatch: [`<rootDir>/${file}`],
      testEnvironment: combination.environment === 'jsdom' ? 'jest-environment-jsdom' : 'node',
      transform: {}, // plain JavaScript, as written
      cacheDirectory: path.join(projectDir, '.jest-cache'),
      testTimeout: TEST_TIMEOUT_MS,
    };
    args = [bin('jest/bin/jest.js'), '--ci', '--runInBand', '--config', JSON.stringify(config)];
    args.push('--json', '--outputFile', report);
    // jest runs ES modules only behind Node's VM modules flag (its documented set-up).
    if (combination.moduleSystem === 'esm') runEnv.NODE_OPTIONS = '--experimental-vm-modules';
  } else if (combination.runner === 'vitest') {
    args = [bin('vitest/vitest.mjs'), 'run', '--root', projectDir, '--globals', '--environment', 'node'];
    args.push('--testTimeout', String(TEST_TIMEOUT_MS), '--hookTimeout', String(TEST_TIMEOUT_MS));
    args.push('--reporter', 'json', '--outputFile', report, file);
  } else {
    args = [bin('mocha/bin/mocha.js'), '--no-config', '--timeout', String(TEST_TIMEOUT_MS), '--reporter', 'json'];
    args.push('--reporter-option', `output=${report}`, file);
  }
  const result = await run(process.execPath, args, projectDir, runEnv);
  const parsed = JSON.parse(await fs.readFile(report, 'utf8').catch(() => '{}')) as {
    numPassedTests?: number;
    numFailedTests?: number;
    stats?: { passes: number; failures: number };
  };
  const passed = parsed.numPassedTests ?? parsed.stats?.passes ?? 0;
  const failed = parsed.numFailedTests ?? parsed.stats?.failures ?? 0;
  return { passed, failed, output: `exit ${result.code}\n${result.output}` };
}

describe('users’ test suites (jest node and jsdom, vitest, mocha; CommonJS and ESM) against the packed package', function () {
  this.timeout(600_000);

  let packed: PackedProject;
  let sandbox: Sandbox;
  let env: Record<string, string>;

  before(async function () {
    packed = await installPackedPackage('sipgateio-consumers-');
    for (const name of LINKED_PACKAGES) {
      await fs.symlink(path.join(NODE_MODULES, name), path.join(packed.projectDir, 'node_modules', name), 'dir');
    }
    for (const combination of COMBINATIONS) {
      const source = scenarioSource({ packageName: PACKAGE_NAME, label: labelOf(combination), ...combination });
      await fs.writeFile(path.join(packed.projectDir, fileOf(combination)), source);
    }
    for (const combination of CONTROL_COMBINATIONS) {
      const source = migratedSuiteSource(combination.moduleSystem, combination.environment, OFFICIAL_PACKAGE);
      await fs.writeFile(path.join(packed.projectDir, fileOf(combination, CONTROL_VARIANT)), source);
    }
    await fs.writeFile(
      path.join(packed.projectDir, CONDITIONS_FILE),
      conditionSuiteSource(
        PACKAGE_NAME,
        `Basic ${Buffer.from(`${BASIC_CREDENTIALS.username}:${BASIC_CREDENTIALS.password}`).toString('base64')}`,
      ),
    );
    sandbox = await createSandbox({
      host: '127.0.0.1',
      port: 0,
      credentials: [SANDBOX_CREDENTIALS, BASIC_CREDENTIALS],
    });
    env = {
      [SCENARIO_ENV.sandboxUrl]: sandbox.url,
      [SCENARIO_ENV.tokenCredentials]: JSON.stringify(SANDBOX_CREDENTIALS),
      [SCENARIO_ENV.basicCredentials]: JSON.stringify(BASIC_CREDENTIALS),
    };
  });

  after(async function () {
    await sandbox?.stop();
    await packed?.remove();
  });

  for (const combination of COMBINATIONS) {
    const expected = scenarioTestCount();
    it(`${labelOf(combination)}: all ${expected} tests pass (local server: SMS, history, Basic login; ValidationError; nock: SMS, history, CSV imports)`, async function () {
      const outcome = await runConsumerTests(combination, packed.projectDir, env);
      expect({ passed: outcome.passed, failed: outcome.failed }, outcome.output).to.deep.equal({
        passed: expected,
        failed: 0,
      });
    });
  }

  it(`every condition a CommonJS consumer can land on (${CJS_CONDITIONS.map((c) => c || 'require').join(', ')}) loads and sends under jest jsdom`, async function () {
    const projects = CJS_CONDITIONS.map((condition) => ({
      displayName: condition || 'require',
      rootDir: packed.projectDir,
      testMatch: [`<rootDir>/${CONDITIONS_FILE}`],
      testEnvironment: 'jest-environment-jsdom',
      testEnvironmentOptions: { customExportConditions: condition ? [condition] : [] },
      globals: { CONDITION: condition || 'require' },
      transform: {},
      cacheDirectory: path.join(packed.projectDir, '.jest-cache'),
    }));
    const report = path.join(packed.projectDir, 'conditions.report.json');
    const config = { projects, testTimeout: TEST_TIMEOUT_MS };
    const jest = path.join(packed.projectDir, 'node_modules', 'jest/bin/jest.js');
    const args = [jest, '--ci', '--runInBand', '--config', JSON.stringify(config), '--json', '--outputFile', report];
    const result = await run(process.execPath, args, packed.projectDir, env);
    const parsed = JSON.parse(await fs.readFile(report, 'utf8').catch(() => '{}')) as {
      numPassedTests?: number;
      numFailedTests?: number;
    };
    expect({ passed: parsed.numPassedTests, failed: parsed.numFailedTests }, result.output).to.deep.equal({
      passed: CJS_CONDITIONS.length,
      failed: 0,
    });
  });

  // The control: the nock part, written for the official package, passes against the official package
  // under the same runner and environment (so its mocks, CORS answers included, are what such suites hold).
  for (const combination of CONTROL_COMBINATIONS) {
    it(`control, ${labelOf(combination)}: the same nock tests pass against ${OFFICIAL_PACKAGE}`, async function () {
      const file = fileOf(combination, CONTROL_VARIANT);
      const outcome = await runConsumerTests(combination, packed.projectDir, env, file);
      expect({ passed: outcome.passed, failed: outcome.failed }, outcome.output).to.deep.equal({
        passed: MIGRATED_SUITE_TEST_COUNT,
        failed: 0,
      });
    });
  }
});
