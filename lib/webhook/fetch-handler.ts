/**
 * Fetch transport adapter for serverless and edge runtimes: `(request) => Promise<Response>`.
 * Uses only web globals (Request, Response, ReadableStream, crypto.subtle).
 */
import { readBytesUpTo } from '../core/stream-bytes';
import { createWebhookPipeline, type WebhookPipeline } from './pipeline';
import { withRegistry } from './registry';
import type { RejectedRequestInfo, WebhookHttpResult } from './rejections';
import { SIGNATURE_HEADER } from './signature';
import { createWebCryptoSignatureVerifier } from './signature-webcrypto';
import type { HandlerOptions, HandlerRegistry } from './types';

export type WebhookFetchHandler = ((request: Request) => Promise<Response>) & HandlerRegistry;

function toResponse(result: WebhookHttpResult): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}

/** The path of a Request's absolute URL, for reports; cut out of the string rather than parsed per request. */
export function pathOf(url: string): string | undefined {
  const scheme = url.indexOf('://');
  if (scheme === -1) return undefined;
  const start = url.indexOf('/', scheme + 3);
  if (start === -1) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end === -1 ? url.slice(start) : url.slice(start, start + end);
}

async function serveFetchRequest(pipeline: WebhookPipeline, request: Request): Promise<Response> {
  const headers = request.headers;
  const info: RejectedRequestInfo = {
    method: request.method,
    path: pathOf(request.url),
    contentType: headers.get('content-type') ?? undefined,
  };
  const lengthHeader = headers.get('content-length');
  const early = pipeline.precheck(info, lengthHeader === null ? undefined : Number(lengthHeader));
  if (early !== null) return toResponse(early);
  if (request.bodyUsed) {
    const detail = 'the Request body was already read before the webhook handler (e.g. by request.formData())';
    return toResponse(pipeline.reject('body-consumed', info, detail));
  }
  let body: Uint8Array | null;
  try {
    body = request.body === null ? new Uint8Array(0) : await readBytesUpTo(request.body, pipeline.maxBodyBytes);
  } catch (error) {
    const detail = `the body stream failed: ${error instanceof Error ? error.message : String(error)}`;
    return toResponse(pipeline.reject('body-unreadable', info, detail));
  }
  if (body === null) {
    const detail = `the body grew past ${pipeline.maxBodyBytes} bytes`;
    return toResponse(pipeline.reject('payload-too-large', info, detail));
  }
  const signature = headers.get(SIGNATURE_HEADER) ?? undefined;
  return toResponse(await pipeline.answer({ ...info, signature, body }));
}

/** Builds a Fetch-API handler; register handlers on it (`handler.onNewCall(fn)`) or via `options.handlers`. */
export function createFetchHandler(options: HandlerOptions): WebhookFetchHandler {
  const pipeline = createWebhookPipeline(options, { createVerifier: createWebCryptoSignatureVerifier });
  return withRegistry((request: Request) => serveFetchRequest(pipeline, request), pipeline.registry);
}
