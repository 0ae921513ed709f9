/**
 * Fetch-API mount for serverless and edge runtimes: `(request) => Promise<Response>`.
 * Uses only web globals (Request, Response, ReadableStream, crypto.subtle).
 */
import { createWebhookCore, RESULT_TOO_LARGE, type WebhookCore, type WebhookHttpResult, withRegistry } from './core';
import { SIGNATURE_HEADER } from './signature';
import { createWebCryptoSignatureVerifier } from './signature-webcrypto';
import { type HandlerOptions, type HandlerRegistry } from './types';

export type WebhookFetchHandler = ((request: Request) => Promise<Response>) & HandlerRegistry;

function toResponse(result: WebhookHttpResult): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}

/** Reads the body up to `limit` bytes; `null` means the limit was exceeded (reading stopped there). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  const stream = request.body;
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0];
  const body = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

async function serveFetchRequest(core: WebhookCore, request: Request): Promise<Response> {
  const headers = request.headers;
  const contentType = headers.get('content-type') ?? undefined;
  const lengthHeader = headers.get('content-length');
  const early = core.precheck(request.method, contentType, lengthHeader === null ? undefined : Number(lengthHeader));
  if (early !== null) return toResponse(early);
  let body: Uint8Array | null;
  try {
    body = await readLimited(request, core.maxBodyBytes);
  } catch {
    return toResponse({
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Bad Request: body could not be read\n',
    });
  }
  if (body === null) return toResponse(RESULT_TOO_LARGE);
  const result = await core.handle({
    method: request.method,
    contentType,
    signature: headers.get(SIGNATURE_HEADER) ?? undefined,
    body,
  });
  return toResponse(result);
}

/** Builds a Fetch-API handler; register handlers on it (`handler.onNewCall(fn)`) or via `options.handlers`. */
export function createFetchHandler(options: HandlerOptions): WebhookFetchHandler {
  const core = createWebhookCore(options, { createVerifier: createWebCryptoSignatureVerifier });
  return withRegistry((request: Request) => serveFetchRequest(core, request), core);
}
