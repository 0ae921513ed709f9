/**
 * Mocha root hooks (loaded through .mocharc.json "require"):
 * - tests never reach the internet: only loopback connections get past nock;
 * - a test whose requests broke the OpenAPI contract fails, with the violations as its error;
 * - nock interceptors never leak from one test into the next.
 */
import nock from 'nock';
import type { Context, Func } from 'mocha';
import { clearRecordedRequests, takeContractViolations } from './api-mock';

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\]|::1)(:\d+)?$/i;

function allowOnlyLoopback(): void {
  nock.disableNetConnect();
  nock.enableNetConnect((host: string) => LOOPBACK_HOST.test(host));
}

allowOnlyLoopback();

function contractError(): Error | undefined {
  const violations = takeContractViolations();
  if (violations.length === 0) return undefined;
  return new Error(
    `Request(s) not covered by the OpenAPI spec (spec/openapi.yaml):\n  - ${violations.join('\n  - ')}\n` +
      'If this is a newer endpoint, add it via allowUnknownEndpoint() in test/support/openapi.ts citing the source of the newer endpoint.',
  );
}

const WRAPPED = Symbol('contract-checked');

/**
 * Checks the contract at the end of the test body itself, so the test is reported as failed once
 * (a failing afterEach would report it as passed first and would abort the rest of its suite).
 */
function checkContractAfter(original: Func): Func {
  const wrapped: Func =
    original.length > 0
      ? function (this: Context, done) {
          original.call(this, (err?: unknown) => done(err ?? contractError()));
        }
      : async function (this: Context) {
          await (original as (this: Context) => unknown).call(this);
          const error = contractError();
          if (error) throw error;
        };
  return Object.assign(wrapped, { [WRAPPED]: true });
}

export const mochaHooks = {
  beforeEach(this: Context): void {
    clearRecordedRequests();
    const test = this.currentTest;
    if (test?.fn && !(test.fn as unknown as Record<symbol, boolean>)[WRAPPED]) test.fn = checkContractAfter(test.fn);
  },
  afterEach(this: Context): void {
    nock.cleanAll();
    allowOnlyLoopback(); // in case a test loosened it
    // Requests that arrive after the test body finished (e.g. not awaited) are still caught here.
    const error = contractError();
    // Hook#error() fails the test rather than the hook, so the remaining tests still run.
    if (error) (this.runnable() as unknown as { error(err: Error): void }).error(error);
  },
  afterAll(): void {
    nock.cleanAll();
  },
};
