/**
 * Node transport adapter: a `(req, res)` listener for http.createServer, Express,
 * Fastify's raw mode and the like. Finds the body bytes (read here with a hard
 * limit, or kept by a body parser that ran first) and hands them to the pipeline.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fieldsFromObject } from './event-parser';
import {
  createWebhookPipeline,
  type PipelineDependencies,
  RESULT_HANDLER_FAILED,
  type WebhookPipeline,
  type WebhookBody,
  type WebhookRequest,
} from './pipeline';
import { withRegistry } from './registry';
import type { RejectedRequestInfo, WebhookHttpResult } from './rejections';
import { SIGNATURE_HEADER } from './signature';
import { createNodeSignatureVerifier } from './signature-node';
import type { HandlerOptions, HandlerRegistry } from './types';

export type WebhookRequestListener = ((req: IncomingMessage, res: ServerResponse) => void) & HandlerRegistry;

/** How long an oversized upload may keep sending (discarded) after its 413 before the socket is cut. */
const OVERSIZE_GRACE_MS = 1000;

/** What body parsers leave on the request (Express, body-parser, NestJS `rawBody: true`, a verify callback). */
interface ParsedRequest extends IncomingMessage {
  body?: unknown;
  rawBody?: unknown;
  _body?: boolean;
}

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

function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return undefined;
}

/**
 * The body when a middleware already read the stream: raw bytes if it kept them (`req.rawBody`, or
 * express.raw()/express.text() on `req.body`), else the decoded fields plus the exact reason the
 * bytes are missing. Undefined when the stream is still unread.
 */
function alreadyRead(req: ParsedRequest): WebhookBody | undefined {
  const raw = bytesOf(req.rawBody) ?? bytesOf(req.body);
  if (raw !== undefined) return { body: raw };
  if (!req.readableEnded && req._body !== true) return undefined;
  const parsed = req.body;
  if (parsed !== null && typeof parsed === 'object') {
    return {
      parsedFields: fieldsFromObject(parsed),
      missingBodyDetail:
        'a body parser that ran before the webhook handler (e.g. a global express.urlencoded()) turned the body ' +
        'into req.body and kept no raw bytes, so X-Sipgate-Signature cannot be checked; keep them with ' +
        'express.urlencoded({ verify: (req, _res, buf) => { req.rawBody = buf } }), or mount the handler first',
    };
  }
  return {
    missingBodyDetail:
      'another middleware read the request stream and left neither req.rawBody nor req.body; ' +
      'mount the webhook handler before it, or keep the bytes on req.rawBody',
  };
}

/** What the Node mounts give the pipeline: node:crypto verification and Buffer's UTF-8 decoding. */
export const NODE_PIPELINE_DEPENDENCIES: PipelineDependencies = {
  createVerifier: createNodeSignatureVerifier,
  decodeUtf8(bytes) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = buffer.toString('utf8');
    // Decoding turns bad bytes into U+FFFD: only a body showing one needs the strict check (it may be a real one).
    if (text.indexOf('\uFFFD') !== -1 && !isUtf8(buffer)) throw new TypeError('body is not valid UTF-8');
    return text;
  },
};

function finish(pipeline: WebhookPipeline, res: ServerResponse, request: WebhookRequest): void {
  const result = pipeline.answer(request);
  if ('then' in result) {
    result.then(
      (settled) => sendResult(res, settled),
      () => sendResult(res, RESULT_HANDLER_FAILED),
    );
  } else sendResult(res, result);
}

/** Serves one request through `pipeline`. Never throws; every outcome is an HTTP answer (or a report). */
export function serveNodeRequest(pipeline: WebhookPipeline, req: IncomingMessage, res: ServerResponse): void {
  const headers = req.headers;
  const info: RejectedRequestInfo = { method: req.method ?? '', path: req.url, contentType: headers['content-type'] };
  const lengthHeader = headers['content-length'];
  const early = pipeline.precheck(info, lengthHeader === undefined ? undefined : Number(lengthHeader));
  if (early !== null) {
    if (early.status === 413) rejectOversized(req, res, early);
    else sendResult(res, early);
    return;
  }
  const signatureHeader = headers[SIGNATURE_HEADER];
  const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
  const read = alreadyRead(req);
  if (read !== undefined) {
    finish(pipeline, res, { ...info, signature, ...read });
    return;
  }

  const limit = pipeline.maxBodyBytes;
  let single: Buffer | undefined;
  let chunks: Buffer[] | undefined;
  let total = 0;
  let stopped = false;
  const onData = (chunk: Buffer): void => {
    total += chunk.length;
    if (total > limit) {
      stopped = true;
      single = undefined;
      chunks = undefined;
      req.removeListener('data', onData);
      rejectOversized(req, res, pipeline.reject('payload-too-large', info, `the body grew past ${limit} bytes`));
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
  // `on`, not `once` (which wraps each listener): a stream ends at most once, and the error handler checks `stopped`.
  req.on('data', onData);
  req.on('end', () => {
    if (stopped) return;
    const body = single ?? (chunks === undefined ? Buffer.alloc(0) : Buffer.concat(chunks, total));
    finish(pipeline, res, { method: info.method, path: info.path, contentType: info.contentType, signature, body });
  });
  req.on('error', (error) => {
    if (stopped) return;
    stopped = true;
    // Usually the sender hung up mid-body; there is nobody left to answer, but the app hears of it.
    pipeline.reject('body-unreadable', info, `the request stream failed: ${error.message}`);
    req.socket.destroy();
  });
}

/** Builds a Node request listener; register handlers on it (`listener.onNewCall(fn)`) or via `options.handlers`. */
export function createWebhookHandler(options: HandlerOptions): WebhookRequestListener {
  const pipeline = createWebhookPipeline(options, NODE_PIPELINE_DEPENDENCIES);
  return withRegistry(
    (req: IncomingMessage, res: ServerResponse) => serveNodeRequest(pipeline, req, res),
    pipeline.registry,
  );
}
