/**
 * The SDK's HTTP core against the sandbox over real HTTP: every credential kind, the web user id, typed errors,
 * and retries on injected 429 (Retry-After) and 503 faults.
 */
import { expect } from 'chai';
import { NotFoundError, AuthenticationError } from '../../../lib/core/errors';
import { nodeHttpClient, rejection } from '../../support/module-test-kit';
import { withSandbox } from '../../support/sandbox-client';
import {
  SANDBOX_BASIC_CREDENTIALS,
  SANDBOX_CREDENTIALS,
  SANDBOX_OAUTH_CREDENTIALS,
  type Sandbox,
} from '../../../lib/sandbox';

describe('SDK HTTP core against the sandbox', () => {
  let sandbox: Sandbox;
  withSandbox((started) => (sandbox = started));

  it('authenticates with each credential kind and reads the web user id', async () => {
    for (const credentials of [SANDBOX_CREDENTIALS, SANDBOX_BASIC_CREDENTIALS, SANDBOX_OAUTH_CREDENTIALS]) {
      const client = nodeHttpClient(credentials, { baseUrl: sandbox.url });
      expect(await client.getAuthenticatedWebuserId()).to.equal('w0');
    }
  });

  it('maps sandbox errors to typed errors', async () => {
    const client = nodeHttpClient(SANDBOX_CREDENTIALS, { baseUrl: sandbox.url, retryBaseDelayMs: 1 });
    expect(await rejection(client.get('/history/nope'))).to.be.instanceOf(NotFoundError);
    const stranger = nodeHttpClient(
      { tokenId: 'token-OTHER1', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' },
      { baseUrl: sandbox.url },
    );
    expect(await rejection(stranger.get('/users'))).to.be.instanceOf(AuthenticationError);
  });

  it('retries through an injected 429 and a 503 and then succeeds', async () => {
    const client = nodeHttpClient(SANDBOX_CREDENTIALS, { baseUrl: sandbox.url, retryBaseDelayMs: 1 });
    sandbox.injectFault({ path: '/users', status: 429, retryAfterSeconds: 0 });
    sandbox.injectFault({ path: '/users', status: 503, retryAfterSeconds: 0 });
    const users = await client.get<{ items: Array<{ id: string }> }>('/users');
    expect(users.items.map((u) => u.id)).to.include('w0');
  });
});
