/**
 * Webhook test kit: signed sipgate.io webhook requests for a user's own test suite, no
 * sandbox needed. The kit signs with a key pair of its own; give the webhook handler its
 * `publicKey` and it verifies the requests exactly as it verifies sipgate's.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ValidationError } from '../core/errors';
import { SIGNATURE_HEADER } from './signature';

/** Form fields as sipgate sends them: wire names, numbers without `+`, arrays for `user[]` and friends. */
export type WebhookTestFields = Record<string, string | readonly string[]>;

export interface SignedWebhookRequest {
  /** The form-encoded body, exactly the bytes that were signed. */
  readonly body: string;
  /** Content-Type, Content-Length and X-Sipgate-Signature. */
  readonly headers: Readonly<Record<string, string>>;
  readonly signature: string;
}

export interface WebhookTestReply {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A Node `(req, res)` listener: createWebhookHandler's result, an Express app, a Koa callback. */
type NodeListener = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Where `send` delivers a request: a URL, a started webhook server (anything with a `port`), or a listener. */
export type WebhookTestTarget = string | { readonly port: number; readonly address?: string } | NodeListener;

export interface WebhookTestKit {
  /** PEM public key of the kit's key pair: pass it as `publicKey` to the handler under test. */
  readonly publicKey: string;
  /** An incoming call (override any field, e.g. `{ from: '4915799912345' }`). */
  newCall(fields?: WebhookTestFields): SignedWebhookRequest;
  /** The call was answered (by a user, or `user: 'voicemail'`). */
  answer(fields?: WebhookTestFields): SignedWebhookRequest;
  /** Digits the caller typed after a Gather. */
  dtmf(fields?: WebhookTestFields): SignedWebhookRequest;
  /** The call ended (`cause`: normalClearing, busy, cancel, noAnswer, congestion, notFound, forwarded). */
  hangup(fields?: WebhookTestFields): SignedWebhookRequest;
  /** Any form, signed: for events or fields this kit has no builder for. */
  signed(fields: WebhookTestFields): SignedWebhookRequest;
  /** A base64 signature over `body` with the kit's key (to build tampered or hand-written requests). */
  sign(body: string | Uint8Array): string;
  /** The request as a Fetch `Request`, for createFetchHandler handlers. */
  toFetchRequest(request: SignedWebhookRequest, url?: string): Request;
  /** POSTs the request over loopback HTTP; a listener is served on a short-lived local server. */
  send(target: WebhookTestTarget, request: SignedWebhookRequest, path?: string): Promise<WebhookTestReply>;
}

export interface WebhookTestKitOptions {
  /** PEM private key to sign with; by default one RSA key pair is generated per process and shared. */
  privateKey?: string;
}

let sharedKey: KeyObject | undefined;

function privateKeyOf(pem: string | undefined): KeyObject {
  if (pem !== undefined) {
    try {
      return createPrivateKey(pem);
    } catch (error) {
      throw new ValidationError('privateKey', 'privateKey must be a PEM-encoded private key', { cause: error });
    }
  }
  // Generating RSA keys takes a moment; one pair serves every kit in the process.
  sharedKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return sharedKey;
}

let sequence = 0;

/** A call id in sipgate's style (hex, unique within the test run). */
function callId(): string {
  sequence += 1;
  return `${Date.now().toString(16).toUpperCase()}${sequence.toString(16).padStart(4, '0').toUpperCase()}`;
}

function encode(fields: WebhookTestFields): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(key, value);
    else for (const item of value) form.append(key, item);
  }
  return form.toString();
}

/** Defaults first, then overrides; an override named `user` also replaces a default `user[]` and vice versa. */
function merge(defaults: WebhookTestFields, overrides: WebhookTestFields | undefined): WebhookTestFields {
  if (overrides === undefined) return defaults;
  const merged: WebhookTestFields = { ...defaults };
  for (const key of Object.keys(overrides)) {
    const bare = key.endsWith('[]') ? key.slice(0, -2) : key;
    delete merged[bare];
    delete merged[`${bare}[]`];
  }
  return { ...merged, ...overrides };
}

function callFields(): WebhookTestFields {
  const id = callId();
  return {
    from: '4921100000000',
    to: '4915799912345',
    direction: 'in',
    callId: id,
    origCallId: id,
    xcid: `xcid-${id.toLowerCase()}`,
  };
}

function listen(listener: NodeListener): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void listener(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The host to reach a server bound to `address` from this machine. */
function loopbackHost(address: string | undefined): string {
  if (address === undefined || address === '0.0.0.0' || address === '') return '127.0.0.1';
  if (address === '::') return '[::1]';
  return address.includes(':') ? `[${address}]` : address;
}

function post(url: URL, request: SignedWebhookRequest): Promise<WebhookTestReply> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'POST', headers: request.headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }),
      );
      res.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

export function createWebhookTestKit(options: WebhookTestKitOptions = {}): WebhookTestKit {
  const privateKey = privateKeyOf(options.privateKey);
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const signBody = (body: string | Uint8Array): string =>
    sign('sha256', typeof body === 'string' ? Buffer.from(body, 'utf8') : body, privateKey).toString('base64');

  function signed(fields: WebhookTestFields): SignedWebhookRequest {
    const body = encode(fields);
    const signature = signBody(body);
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      [SIGNATURE_HEADER]: signature,
    };
    return Object.freeze({ body, signature, headers: Object.freeze(headers) });
  }

  return {
    publicKey,
    signed,
    sign: signBody,
    newCall: (fields) =>
      signed(
        merge(
          {
            event: 'newCall',
            ...callFields(),
            'user[]': ['Alice Example'],
            'userId[]': ['w0'],
            'fullUserId[]': ['1234567w0'],
          },
          fields,
        ),
      ),
    answer: (fields) =>
      signed(
        merge(
          {
            event: 'answer',
            ...callFields(),
            user: 'Alice Example',
            userId: 'w0',
            fullUserId: '1234567w0',
            answeringNumber: '4921100000000',
          },
          fields,
        ),
      ),
    dtmf: (fields) => {
      const call = callFields();
      return signed(merge({ event: 'dtmf', dtmf: '1', callId: call.callId, origCallId: call.origCallId }, fields));
    },
    hangup: (fields) =>
      signed(
        merge({ event: 'hangup', cause: 'normalClearing', ...callFields(), answeringNumber: '4921100000000' }, fields),
      ),
    toFetchRequest: (request, url = 'http://localhost/webhook') =>
      new Request(url, { method: 'POST', headers: request.headers, body: request.body }),
    async send(target, request, path = '/') {
      if (typeof target === 'string') return post(new URL(target), request);
      if (typeof target === 'function') {
        const server = await listen(target);
        try {
          return await post(new URL(path, `http://127.0.0.1:${server.port}`), request);
        } finally {
          await server.close();
        }
      }
      return post(new URL(path, `http://${loopbackHost(target.address)}:${target.port}`), request);
    },
  };
}
