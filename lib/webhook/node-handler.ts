/**
 * Node mount: a `(req, res)` listener for http.createServer, Express, Fastify's
 * raw mode and the like. Reads the body with a hard byte limit, then hands it to
 * the shared core.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createWebhookCore,
  RESULT_BODY_CONSUMED,
  RESULT_HANDLER_FAILED,
  RESULT_TOO_LARGE,
  type WebhookCore,
  type WebhookHttpResult,
  withRegistry,
} from './core';
import { SIGNATURE_HEADER } from './signature';
import { createNodeSignatureVerifier } from './signature-node';
import { type HandlerOptions, type HandlerRegistry } from './types';

export type WebhookRequestListener = ((req: IncomingMessage, res: ServerResponse) => void) & HandlerRegistry;

/** How long an oversized upload may keep sending (discarded) after its 413 before the socket is cut. */
const OVERSIZE_GRACE_MS = 1000;

export function sendResult(res: ServerResponse, result: WebhookHttpResult): void {
  if (res.headersSent || res.destroyed) return;
  // One writeHead with a flat list is the cheapest way through Node's header handling.
  const flat: string[] = ['content-length', String(Buffer.byteLength(result.body))];
  const headers = result.headers;
  for (const name in headers) flat.push(name, headers[name]);
  res.writeHead(result.status, flat);
  res.end(result.body);
}

/** Answers 413 and stops the upload: the rest is discarded unbuffered, and the connection is cut soon after. */
function rejectOversized(req: IncomingMessage, res: ServerResponse, result: WebhookHttpResult): void {
  sendResult(res, result);
  req.resume();
  const socket = req.socket;
  res.once('finish', () => {
    setTimeout(() => socket.destroy(), OVERSIZE_GRACE_MS).unref();
  });
}

function preReadBody(req: IncomingMessage): Uint8Array | undefined {
  // Express body parsers (express.raw / express.text) leave the bytes on req.body.
  const body = (req as IncomingMessage & { body?: unknown }).body;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  return undefined;
}

function finish(core: WebhookCore, req: IncomingMessage, res: ServerResponse, body: Uint8Array): void {
  const headers = req.headers;
  const signature = headers[SIGNATURE_HEADER];
  core
    .handle({
      method: req.method ?? '',
      contentType: headers['content-type'],
      signature: Array.isArray(signature) ? signature[0] : signature,
      body,
    })
    .then(
      (result) => sendResult(res, result),
      () => sendResult(res, RESULT_HANDLER_FAILED),
    );
}

/** Serves one request through `core`. Never throws; every outcome is an HTTP answer. */
export function serveNodeRequest(core: WebhookCore, req: IncomingMessage, res: ServerResponse): void {
  const headers = req.headers;
  const lengthHeader = headers['content-length'];
  const early = core.precheck(
    req.method ?? '',
    headers['content-type'],
    lengthHeader === undefined ? undefined : Number(lengthHeader),
  );
  if (early !== null) {
    if (early.status === 413) rejectOversized(req, res, early);
    else sendResult(res, early);
    return;
  }
  const preRead = preReadBody(req);
  if (preRead !== undefined) {
    finish(core, req, res, preRead);
    return;
  }
  if (req.readableEnded) {
    // Some other middleware consumed the stream and kept no bytes: the signature cannot be checked.
    sendResult(res, RESULT_BODY_CONSUMED);
    return;
  }

  const limit = core.maxBodyBytes;
  let single: Buffer | undefined;
  let chunks: Buffer[] | undefined;
  let total = 0;
  let rejected = false;
  const onData = (chunk: Buffer): void => {
    total += chunk.length;
    if (total > limit) {
      rejected = true;
      single = undefined;
      chunks = undefined;
      req.removeListener('data', onData);
      rejectOversized(req, res, RESULT_TOO_LARGE);
      return;
    }
    // Webhook bodies almost always arrive in one chunk; avoid Buffer.concat for that case.
    if (single === undefined && chunks === undefined) single = chunk;
    else {
      if (chunks === undefined) chunks = [single as Buffer];
      single = undefined;
      chunks.push(chunk);
    }
  };
  req.on('data', onData);
  req.once('end', () => {
    if (rejected) return;
    const body = single ?? (chunks === undefined ? Buffer.alloc(0) : Buffer.concat(chunks, total));
    finish(core, req, res, body);
  });
  req.once('error', () => {
    rejected = true;
    req.socket.destroy();
  });
}

/** Builds a Node request listener; register handlers on it (`listener.onNewCall(fn)`) or via `options.handlers`. */
export function createWebhookHandler(options: HandlerOptions): WebhookRequestListener {
  const core = createWebhookCore(options, { createVerifier: createNodeSignatureVerifier });
  return withRegistry((req: IncomingMessage, res: ServerResponse) => serveNodeRequest(core, req, res), core);
}
