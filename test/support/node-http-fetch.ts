/**
 * A minimal fetch over node:http(s), for unit tests: nock 13 intercepts node:http but not Node's global
 * fetch, so OAuth token requests made through this function can be mocked with nock like API requests.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { FetchLike } from '../../lib/oauth';

export const nodeHttpFetch: FetchLike = (input, init) =>
  new Promise((resolve, reject) => {
    const url = new URL(input);
    const transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const request = transport.request(url, { method: init.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(response.headers)) {
          if (value !== undefined) responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const status = response.statusCode ?? 500;
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, headers: responseHeaders }));
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    init.signal?.addEventListener('abort', () => request.destroy(new Error('aborted')), { once: true });
    if (init.body !== undefined && init.body !== null) request.write(String(init.body));
    request.end();
  });
