/**
 * HTTP plumbing of the sandbox on node:http: bounded body reading, JSON answers, error bodies and CORS.
 */
import type { IncomingMessage, ServerResponse } from 'http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  /** Default application/json for object bodies. */
  contentType?: string;
  headers?: Record<string, string>;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The ErrorResponse shape of the OpenAPI spec, with the reason in `detail`. */
export function errorBody(status: number, detail: string): unknown {
  return { errors: [{ status, title: STATUS_TITLES[status] ?? 'Error', detail, source: { pointer: '' } }] };
}

/** Reads the whole body, failing with 413 past `limit` bytes (the rest is not buffered). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, `request body larger than ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, `request body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
      failed = true;
    });
  });
}

/** JSON for application/json, * / * or a missing type; 415 for anything else that carries a body. */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type !== '' && type !== 'application/json' && type !== '*/*' && !type.endsWith('+json')) {
    throw new HttpError(415, `Content-Type must be application/json, got ${type}`);
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, X-Sipgate-Client, X-Sipgate-Version';
const CORS_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    'Access-Control-Allow-Origin': typeof origin === 'string' && origin !== '' ? origin : '*',
    'Access-Control-Allow-Methods': CORS_METHODS,
    'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': 'Retry-After, Content-Type',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

export function send(res: ServerResponse, result: HandlerResult, extraHeaders: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...extraHeaders, ...(result.headers ?? {}) };
  let payload: Buffer | undefined;
  if (result.body !== undefined && result.status !== 204) {
    if (typeof result.body === 'string') {
      payload = Buffer.from(result.body, 'utf8');
      headers['Content-Type'] = result.contentType ?? 'text/plain; charset=utf-8';
    } else {
      payload = Buffer.from(JSON.stringify(result.body), 'utf8');
      headers['Content-Type'] = result.contentType ?? 'application/json';
    }
    headers['Content-Length'] = String(payload.length);
  } else if (result.status !== 204) {
    headers['Content-Length'] = '0';
  }
  res.writeHead(result.status, headers);
  res.end(payload);
}
