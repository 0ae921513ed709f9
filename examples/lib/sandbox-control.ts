/**
 * A small client for the sandbox's control API (/_sandbox, next to the API's /v2). Examples use it to do what
 * sipgate's network would: hand out the webhook signing key and place a call to your webhook server.
 */
import type { AuthCredentials } from '../../lib';
// The SDK's own header builder: the control API takes the same credentials as the REST API.
import { authorizationHeader } from '../../lib/core/credentials';
import type { CallTranscript, IncomingCallSimulation } from '../../lib/sandbox';

export interface SandboxControl {
  /** The PEM key the sandbox signs webhooks with (verify with it instead of skipping verification). */
  publicKey(): Promise<string>;
  /** Plays an incoming call against the sandbox's incoming webhook URL; resolves with its transcript when it ended. */
  simulateIncomingCall(call: IncomingCallSimulation): Promise<CallTranscript>;
}

export function sandboxControl(apiBaseUrl: string, credentials: AuthCredentials): SandboxControl {
  const root = new URL('/_sandbox/', apiBaseUrl);
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(new URL(path, root), {
      method,
      headers: {
        Authorization: authorizationHeader(credentials),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sandbox control ${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  return {
    publicKey: async () => (await request<{ publicKeyPem: string }>('GET', 'public-key')).publicKeyPem,
    simulateIncomingCall: (call) => request<CallTranscript>('POST', 'calls', call),
  };
}
