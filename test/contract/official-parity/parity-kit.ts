/**
 * Side by side: one call of the official `sipgateio` 2.15.1 package and the same call of ours, each against a
 * fresh copy of the same nock interceptors. What both sent (method, path, query, body) and what both returned
 * must be equal. The official run is recorded without the OpenAPI check (where it sends what the spec does not
 * allow, that is a documented difference); ours goes through mockApi(), so it is checked against the spec too.
 */
import { expect } from 'chai';
import nock from 'nock';
import * as official from 'sipgateio';
import type { SipgateIOClient } from '../../../lib/core/http-types';
import { clearRecordedRequests, mockApi, recordedRequests } from '../../support/api-mock';
import { parseQueryString } from '../../support/openapi';
import { TEST_CREDENTIALS, testClient } from '../../support/module-test-kit';

export { official };

const BASE_URL = 'https://api.sipgate.com/v2';

export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
}

/** Interceptors of one run; called once for the official run and once for ours, with a fresh scope each time. */
export type Interceptors = (scope: () => nock.Scope) => void;

function parseBody(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** A nock scope that records what it intercepts, without judging it. */
function recordingScope(sent: SentRequest[]): nock.Scope {
  const scope = nock(BASE_URL);
  scope.on('request', (req: { method: string; path: string }, _interceptor: unknown, rawBody: unknown) => {
    const [path, query = ''] = req.path.split('?', 2);
    sent.push({ method: req.method.toUpperCase(), path, query: parseQueryString(query), body: parseBody(rawBody) });
  });
  return scope;
}

export interface RunResult {
  requests: SentRequest[];
  result?: unknown;
  error?: unknown;
}

async function settle(run: () => Promise<unknown>): Promise<{ result?: unknown; error?: unknown }> {
  try {
    return { result: await run() };
  } catch (error) {
    return { error };
  }
}

export function officialClient(): official.SipgateIOClient {
  return official.sipgateIO(TEST_CREDENTIALS);
}

export function ourClient(): SipgateIOClient {
  return testClient({ maxRetries: 0 });
}

export async function runOfficial(interceptors: Interceptors, run: () => Promise<unknown>): Promise<RunResult> {
  const requests: SentRequest[] = [];
  nock.cleanAll();
  interceptors(() => recordingScope(requests));
  const outcome = await settle(run);
  nock.cleanAll();
  return { requests, ...outcome };
}

export async function runOurs(interceptors: Interceptors, run: () => Promise<unknown>): Promise<RunResult> {
  nock.cleanAll();
  clearRecordedRequests();
  interceptors(() => mockApi(BASE_URL));
  const outcome = await settle(run);
  const requests = recordedRequests().map(({ method, path, query, body }) => ({ method, path, query, body }));
  nock.cleanAll();
  return { requests, ...outcome };
}

/** Runs both, for tests of a documented difference that then check exactly what differs. */
export async function runBoth(
  interceptors: Interceptors,
  runOfficialCall: () => Promise<unknown>,
  runOurCall: () => Promise<unknown>,
): Promise<{ official: RunResult; ours: RunResult }> {
  const theirs = await runOfficial(interceptors, runOfficialCall);
  const ours = await runOurs(interceptors, runOurCall);
  return { official: theirs, ours };
}

/**
 * Runs both and expects the same requests and the same result. Both must succeed: a parity test is about
 * valid input.
 */
export async function expectParity(
  interceptors: Interceptors,
  runOfficialCall: () => Promise<unknown>,
  runOurCall: () => Promise<unknown>,
): Promise<{ official: RunResult; ours: RunResult }> {
  const { official: theirs, ours } = await runBoth(interceptors, runOfficialCall, runOurCall);
  if (theirs.error) throw new Error(`the official call failed: ${String(theirs.error)}`);
  if (ours.error) throw ours.error;
  expect(ours.requests, 'requests').to.deep.equal(theirs.requests);
  expect(ours.result, 'result').to.deep.equal(theirs.result);
  return { official: theirs, ours };
}
