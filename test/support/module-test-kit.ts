/**
 * Small helpers shared by the module and core tests: the standard test client and a way to get the error of a
 * promise that must reject (chai 4 has no built-in for that without chai-as-promised).
 */
import type { AuthCredentials } from '../../lib/core/credentials';
import { createHttpClient } from '../../lib/core/http-client';
import { SipgateIOError } from '../../lib/core/errors';
import type { ClientOptions, SipgateIOClient } from '../../lib/core/http-types';
import { createNodeTransport } from '../../lib/core/transport/node';
import { recordedRequests } from './api-mock';

/** A personal access token of the documented shape; never a real one. */
export const TEST_CREDENTIALS = { tokenId: 'token-ABC123', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' };

/** The low-level client on the Node transport, as the Node entry wires it. */
export function nodeHttpClient(credentials: AuthCredentials, options: ClientOptions = {}): SipgateIOClient {
  return createHttpClient(credentials, options, createNodeTransport(options));
}

/** Client against the production base URL (intercepted by nock), with 1 ms backoff to keep retries fast. */
export function testClient(options: ClientOptions = {}): SipgateIOClient {
  return nodeHttpClient(TEST_CREDENTIALS, { baseUrl: 'https://api.sipgate.com/v2', retryBaseDelayMs: 1, ...options });
}

/** The error the promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** Like rejection(), and checks that the error is one of the SDK's typed errors. */
export async function sdkRejection(promise: Promise<unknown>): Promise<SipgateIOError> {
  const error = await rejection(promise);
  if (!(error instanceof SipgateIOError)) throw new Error(`expected a SipgateIOError, got ${String(error)}`);
  return error;
}

/** Asserts that validation stopped a call before anything was sent: the interceptor is unused, nothing recorded. */
export function expectNoRequest(scope: { isDone(): boolean }): void {
  if (scope.isDone()) throw new Error('expected no request, but the interceptor was used');
  const sent = recordedRequests();
  if (sent.length > 0)
    throw new Error(`expected no request, but ${sent.length} were sent (first: ${sent[0].method} ${sent[0].path})`);
}
