/**
 * One plain HTTP request through the SDK's Node transport, below the client: no auth, no retries, no
 * validation. For tests of the test tooling itself (the API mock, the contract hook).
 */
import { createNodeTransport } from '../../lib/core/transport/node';
import type { TransportResponse } from '../../lib/core/transport/types';

const transport = createNodeTransport({ proxy: false });

export function rawRequest(
  method: string,
  url: string,
  options: { json?: unknown; headers?: Record<string, string> } = {},
): Promise<TransportResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  return transport.request({
    method,
    url,
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
    signal: new AbortController().signal,
    maxResponseBytes: 1024 * 1024,
  });
}
