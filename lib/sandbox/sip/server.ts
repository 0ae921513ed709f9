/**
 * The sandbox's SIP side: a registrar and stateless proxy (RFC 3261) for SIP over WebSocket (RFC 7118) on the
 * sandbox's own HTTP port. VoIP devices register with digest auth against the credentials the devices API
 * serves; INVITEs (digest-challenged with 407) are routed to the callee's newest binding by SIP-ID, device id
 * or number. The proxy keeps no transaction state: its Via branch names the connection a response goes back
 * to and is derived from the incoming branch, so CANCEL and ACK take the path of their INVITE; its
 * Record-Route names both connections, so in-dialog requests (ACK, BYE, re-INVITE, INFO, REFER) follow.
 * Bad input gets a SIP error or a closed socket; every table is bounded.
 */
import { createHash, randomBytes } from 'crypto';
import type { IncomingMessage } from 'http';
import type { Duplex } from 'stream';
import type { SandboxState } from '../state';
import type { CallFlows } from '../webhooks/call-flow';
import { SipCalls } from './calls';
import { UA_BRANCH_PREFIX } from './user-agent';
import { DigestAuthenticator } from './digest';
import { deviceByUsername, deviceForTarget, type SipDevice } from './devices';
import {
  createResponse,
  cseqOf,
  getHeader,
  getHeaders,
  headerParam,
  headerUri,
  parseMessage,
  prependHeader,
  removeHeader,
  serialize,
  setHeader,
  shiftHeader,
  SipParseError,
  uriUser,
  type SipMessage,
} from './message';
import { Registrar, type Binding } from './registrar';
import { CLOSE } from './websocket-frames';
import { checkUpgrade, refuseUpgrade, WebSocketConnection } from './websocket';

export const SIP_PATH = '/sip';
export const SIP_REALM = 'sipgate.de';

export interface SipServerOptions {
  /** host:port written into Via and Record-Route. */
  hostPort: string;
  state: () => SandboxState;
  /** Webhooks of the calls the SIP side carries. */
  flows: CallFlows;
  /** Longest registration granted, in seconds; default 300 (what sipgate is reported to grant). */
  maxExpires?: number;
  /** Challenge with qop="auth" (default) or without. */
  qop?: boolean;
  nonceTtlMs?: number;
  /** How long a phone the sandbox calls may ring; default 30 s (below the 32 s a phone waits for an ACK). */
  ringTimeoutMs?: number;
  maxConnections?: number;
  maxMessageBytes?: number;
}

/** Shortest registration accepted (shorter ones get 423 with Min-Expires). */
export const MIN_EXPIRES = 10;
const DEFAULT_EXPIRES = 3600;
const MAX_AUTH_FAILURES = 10;
const LOCAL_TAG = 'sbx';
const BRANCH_PREFIX = 'z9hG4bK-sbx-';
const ALLOWED = [
  'INVITE',
  'ACK',
  'CANCEL',
  'BYE',
  'OPTIONS',
  'REGISTER',
  'INFO',
  'UPDATE',
  'REFER',
  'NOTIFY',
  'MESSAGE',
  'SUBSCRIBE',
  'PRACK',
];

interface SipConnection {
  id: string;
  ws: WebSocketConnection;
  ip: string;
  port: string;
  authFailures: number;
}

export class SipServer {
  readonly registrar: Registrar;
  /** Calls through the proxy and click-to-dial, tied to RTCM and webhooks. */
  readonly calls: SipCalls;
  /** The last SIP requests received, oldest first. */
  readonly log: SipLogEntry[] = [];
  private readonly connections = new Map<string, SipConnection>();
  private readonly digest: DigestAuthenticator;
  private readonly maxExpires: number;
  private readonly maxConnections: number;
  private readonly maxMessageBytes: number;
  private readonly sweeper: NodeJS.Timeout;
  /** The Record-Route URI this proxy puts in dialogs (`sip:c1.c2@host:port`); built once, matched per request. */
  private readonly ownRoute: RegExp;
  private nextConnection = 0;

  constructor(private readonly options: SipServerOptions) {
    this.ownRoute = new RegExp(`^sips?:c\\d+\\.c\\d+@${escapeRegExp(options.hostPort)}(;|$)`, 'i');
    this.registrar = new Registrar(options.state);
    this.calls = new SipCalls({
      hostPort: options.hostPort,
      realm: SIP_REALM,
      state: options.state,
      flows: options.flows,
      ringTimeoutMs: options.ringTimeoutMs ?? 30_000,
      send: (id, message) => {
        const connection = this.connections.get(id);
        connection?.ws.send(serialize(message));
        return connection !== undefined;
      },
      binding: (deviceId) => {
        const binding = this.registrar.newest(deviceId);
        return binding && this.connections.has(binding.connectionId) ? binding : undefined;
      },
    });
    this.digest = new DigestAuthenticator({
      realm: SIP_REALM,
      qop: options.qop ?? true,
      nonceTtlMs: options.nonceTtlMs ?? 5 * 60_000,
    });
    this.maxExpires = options.maxExpires ?? 300;
    this.maxConnections = options.maxConnections ?? 256;
    this.maxMessageBytes = options.maxMessageBytes ?? 64 * 1024;
    this.sweeper = setInterval(() => this.registrar.sweep(), 1000);
    this.sweeper.unref();
  }

  /** Handles an HTTP upgrade for SIP_PATH; anything else is refused with an HTTP error. */
  handleUpgrade(req: IncomingMessage, socket: Duplex): void {
    socket.on('error', () => socket.destroy());
    const path = new URL(req.url ?? '/', 'http://sandbox.invalid').pathname;
    if (path !== SIP_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    const check = checkUpgrade(req, 'sip');
    if (!check.ok) return refuseUpgrade(socket, check.status, check.reason, check.headers);
    if (this.connections.size >= this.maxConnections) return refuseUpgrade(socket, 503, 'Service Unavailable');
    socket.write(check.response);
    const id = `c${++this.nextConnection}`;
    const ws = new WebSocketConnection(
      socket,
      {
        message: (text) => this.receive(connection, text),
        close: () => {
          this.connections.delete(id);
          this.registrar.dropConnection(id);
          this.calls.dropConnection(id);
        },
      },
      this.maxMessageBytes,
    );
    const connection: SipConnection = {
      id,
      ws,
      ip: req.socket.remoteAddress ?? '',
      port: String(req.socket.remotePort ?? ''),
      authFailures: 0,
    };
    this.connections.set(id, connection);
  }

  /** Closes every SIP connection (their registrations end with them). */
  closeAll(code: number = CLOSE.goingAway): void {
    this.calls.clear();
    this.log.length = 0;
    for (const connection of [...this.connections.values()]) connection.ws.close(code, 'sandbox closing');
    this.registrar.clear();
  }

  stop(): void {
    clearInterval(this.sweeper);
    this.closeAll();
  }

  private receive(connection: SipConnection, text: string): void {
    if (text.trim() === '') return; // RFC 5626 keep-alive
    let message: SipMessage;
    try {
      message = parseMessage(text);
    } catch (error) {
      const reason = error instanceof SipParseError ? error.message : 'unreadable message';
      connection.ws.close(CLOSE.policy, `bad SIP message: ${reason}`.slice(0, 120));
      return;
    }
    try {
      if (message.method !== undefined) this.request(connection, message);
      else this.response(connection, message);
    } catch {
      if (message.method !== undefined && message.method !== 'ACK')
        this.reply(connection, message, 500, 'Server Internal Error');
    }
  }

  private record(connection: SipConnection, message: SipMessage): void {
    this.log.push({
      at: new Date().toISOString(),
      method: message.method as string,
      from: uriUser(headerUri(getHeader(message, 'from'))) ?? '',
      callId: (getHeader(message, 'call-id') ?? '').slice(0, 200),
      connection: connection.id,
    });
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
  }

  private reply(
    connection: SipConnection,
    request: SipMessage,
    status: number,
    reason: string,
    extra: Array<[string, string]> = [],
  ): void {
    const tag = `${LOCAL_TAG}${randomBytes(6).toString('hex')}`;
    connection.ws.send(
      serialize(createResponse(request, status, reason, [...extra, ['server', 'sipgate-io-sdk sandbox']], tag)),
    );
  }

  private request(connection: SipConnection, message: SipMessage): void {
    const method = message.method as string;
    if (!ALLOWED.includes(method))
      return this.reply(connection, message, 501, 'Not Implemented', [['allow', ALLOWED.join(', ')]]);
    if (cseqOf(message).method.toUpperCase() !== method)
      return this.reply(connection, message, 400, 'CSeq Method Does Not Match');
    const maxForwards = getHeader(message, 'max-forwards');
    if (maxForwards !== undefined && !/^\d{1,3}$/.test(maxForwards))
      return this.reply(connection, message, 400, 'Bad Max-Forwards');
    this.record(connection, message);
    if (method === 'REGISTER') return this.register(connection, message);
    if (this.calls.handleRequest(connection.id, message)) return;
    if (maxForwards !== undefined && Number(maxForwards) === 0) {
      if (method !== 'ACK') this.reply(connection, message, 483, 'Too Many Hops');
      return;
    }
    const toTag = headerParam(getHeader(message, 'to'), 'tag');
    if (method === 'ACK' && toTag?.startsWith(LOCAL_TAG)) return; // the ACK of a response the proxy itself sent

    const route = getHeader(message, 'route');
    if (route && this.isOwnRoute(route)) return this.inDialog(connection, message, route);
    if (method === 'OPTIONS' && uriUser(message.uri) === undefined)
      return this.reply(connection, message, 200, 'OK', [['allow', ALLOWED.join(', ')]]);
    if (method === 'CANCEL' || method === 'ACK' || toTag !== undefined)
      return this.routeByUri(connection, message, false);

    // A new dialog or an out-of-dialog request: the caller must prove who it is (407, RFC 3261 22.3).
    const caller = this.authenticate(connection, message, 'proxy-authorization', 407);
    if (!caller) return;
    removeHeader(message, 'proxy-authorization');
    this.routeByUri(connection, message, true, caller);
  }

  /** Digest check; answers the challenge itself and returns undefined when the request may not pass. */
  private authenticate(
    connection: SipConnection,
    message: SipMessage,
    header: 'authorization' | 'proxy-authorization',
    status: 401 | 407,
  ): SipDevice | undefined {
    const state = this.options.state();
    const result = this.digest.verify(
      getHeader(message, header),
      message.method as string,
      (username) => deviceByUsername(state, username)?.password,
    );
    const challengeHeader = status === 401 ? 'www-authenticate' : 'proxy-authenticate';
    const reason = status === 401 ? 'Unauthorized' : 'Proxy Authentication Required';
    if (result.outcome === 'ok') {
      const device = deviceByUsername(state, result.username);
      if (device) return device;
    }
    if (result.outcome === 'invalid' && ++connection.authFailures > MAX_AUTH_FAILURES) {
      this.reply(connection, message, 403, 'Forbidden');
      connection.ws.close(CLOSE.policy, 'too many failed authentications');
      return undefined;
    }
    this.reply(connection, message, status, reason, [
      [challengeHeader, this.digest.challenge(result.outcome === 'stale')],
    ]);
    return undefined;
  }

  private register(connection: SipConnection, message: SipMessage): void {
    const device = this.authenticate(connection, message, 'authorization', 401);
    if (!device) return;
    if (uriUser(headerUri(getHeader(message, 'to'))) !== device.username)
      return this.reply(connection, message, 403, 'Forbidden');
    connection.authFailures = 0;
    const contacts = getHeaders(message, 'contact');
    const expiresHeader = getHeader(message, 'expires');
    if (expiresHeader !== undefined && !/^\d{1,10}$/.test(expiresHeader))
      return this.reply(connection, message, 400, 'Bad Expires');
    if (contacts.includes('*')) {
      if (contacts.length !== 1 || expiresHeader !== '0')
        return this.reply(connection, message, 400, 'Bad Wildcard Contact');
      this.registrar.unbind(device.id);
      return this.reply(connection, message, 200, 'OK');
    }
    const userAgent = (getHeader(message, 'user-agent') ?? '').slice(0, 200);
    for (const contact of contacts) {
      const uri = headerUri(contact);
      const raw = headerParam(contact, 'expires') ?? expiresHeader ?? String(DEFAULT_EXPIRES);
      if (!uri || !/^sips?:/i.test(uri) || !/^\d{1,10}$/.test(raw))
        return this.reply(connection, message, 400, 'Bad Contact');
      const expires = Number(raw);
      if (expires === 0) {
        this.registrar.unbind(device.id, uri);
        continue;
      }
      if (expires < MIN_EXPIRES)
        return this.reply(connection, message, 423, 'Interval Too Brief', [['min-expires', String(MIN_EXPIRES)]]);
      const granted = Math.min(expires, this.maxExpires);
      const binding: Binding = {
        deviceId: device.id,
        contact: uri,
        connectionId: connection.id,
        expiresAt: Date.now() + granted * 1000,
        ip: connection.ip,
        port: connection.port,
        userAgent,
        registeredAt: Date.now(),
      };
      if (!this.registrar.bind(binding)) return this.reply(connection, message, 503, 'Service Unavailable');
    }
    const now = Date.now();
    const current: Array<[string, string]> = this.registrar
      .live(device.id)
      .map((b) => ['contact', `<${b.contact}>;expires=${Math.max(1, Math.round((b.expiresAt - now) / 1000))}`]);
    this.reply(connection, message, 200, 'OK', [...current, ['date', new Date().toUTCString()]]);
  }

  /** Out-of-dialog requests (and CANCEL/ACK of one) go to the binding the Request-URI names. */
  private routeByUri(connection: SipConnection, message: SipMessage, recordRoute: boolean, caller?: SipDevice): void {
    const user = uriUser(message.uri);
    const method = message.method as string;
    let binding = user === undefined ? undefined : this.registrar.byContactUser(user);
    if (!binding && user !== undefined) {
      const device = deviceForTarget(this.options.state(), user);
      if (!device) {
        if (method !== 'ACK') this.reply(connection, message, 404, 'Not Found');
        return;
      }
      binding = this.registrar.newest(device.id);
    }
    const target = binding && this.connections.get(binding.connectionId);
    if (!binding || !target) {
      if (method !== 'ACK')
        this.reply(
          connection,
          message,
          method === 'CANCEL' ? 481 : 480,
          method === 'CANCEL' ? 'Call/Transaction Does Not Exist' : 'Temporarily Unavailable',
        );
      return;
    }
    if (caller && recordRoute) setHeader(message, 'p-asserted-identity', `<sip:${caller.username}@${SIP_REALM}>`);
    if (caller && method === 'INVITE' && !this.calls.proxiedInvite(connection.id, target.id, message, caller))
      return this.reply(connection, message, 503, 'Service Unavailable');
    this.forward(connection, target, message, binding.contact, recordRoute);
  }

  private isOwnRoute(route: string): boolean {
    const uri = headerUri(route) ?? '';
    return this.ownRoute.test(uri);
  }

  /** In-dialog requests carry our Route: it names both ends, the request goes to the other one. */
  private inDialog(connection: SipConnection, message: SipMessage, route: string): void {
    shiftHeader(message, 'route');
    const [a, b] = (uriUser(headerUri(route)) ?? '').split('.');
    const otherId = connection.id === a ? b : connection.id === b ? a : undefined;
    const other = otherId && this.connections.get(otherId);
    if (!other) {
      if (message.method !== 'ACK') this.reply(connection, message, 481, 'Call/Transaction Does Not Exist');
      return;
    }
    this.calls.proxiedRequest(other.id, message);
    this.forward(connection, other, message, undefined, false);
  }

  private forward(
    from: SipConnection,
    to: SipConnection,
    message: SipMessage,
    uri: string | undefined,
    recordRoute: boolean,
  ): void {
    const maxForwards = Number(getHeader(message, 'max-forwards') ?? '70');
    setHeader(message, 'max-forwards', String(maxForwards - 1));
    if (uri) message.uri = uri;
    const host = this.options.hostPort;
    if (recordRoute) prependHeader(message, 'record-route', `<sip:${from.id}.${to.id}@${host};transport=ws;lr>`);
    // Same incoming branch, same outgoing branch: a CANCEL or non-2xx ACK matches the INVITE it belongs to.
    const incoming = headerParam(getHeader(message, 'via'), 'branch') ?? '';
    const hash = createHash('md5').update(`${from.id}|${incoming}`).digest('hex').slice(0, 16);
    prependHeader(message, 'via', `SIP/2.0/WS ${host};branch=${BRANCH_PREFIX}${from.id}-${hash}`);
    to.ws.send(serialize(message));
  }

  /** Responses lose our Via and go back on the connection its branch names. */
  private response(from: SipConnection, message: SipMessage): void {
    const via = getHeader(message, 'via') ?? '';
    const branch = headerParam(via, 'branch') ?? '';
    if (branch.startsWith(UA_BRANCH_PREFIX)) return this.calls.handleResponse(message);
    if (!branch.startsWith(BRANCH_PREFIX) || !via.includes(this.options.hostPort)) return; // not ours: dropped
    shiftHeader(message, 'via');
    if (!getHeader(message, 'via')) return;
    const connectionId = branch.slice(BRANCH_PREFIX.length).split('-')[0];
    this.calls.proxiedResponse(from.id, message);
    this.connections.get(connectionId)?.ws.send(serialize(message));
  }
}

export interface SipLogEntry {
  at: string;
  method: string;
  /** SIP user of the From header, e.g. the SIP-ID of the phone that sent it. */
  from: string;
  callId: string;
  /** The WebSocket connection it came on (c1, c2, …). */
  connection: string;
}

const MAX_LOG = 1000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
