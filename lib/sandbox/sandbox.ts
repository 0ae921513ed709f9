/**
 * The offline sipgate sandbox: a local HTTP server (node:http) that behaves like the sipgate REST API v2
 * under /v2, with state in memory, and plays sipgate's side of webhook calls against your webhook server.
 *
 *   const sandbox = await createSandbox();           // listening on 127.0.0.1, a free port
 *   const client = createClient(SANDBOX_CREDENTIALS, { baseUrl: sandbox.url });
 *   ...
 *   await sandbox.stop();
 *
 * `createSandbox` resolves once the server listens; `stop()` closes it, aborts webhook requests in flight
 * and waits for them. Nothing else is needed.
 *
 * Webhooks: PUT /settings/sipgateio with your server's URLs (or set `sandbox.state.settings`), give your
 * webhook server `sandbox.publicKeyPem` as the key to verify X-Sipgate-Signature, then
 *   const transcript = await sandbox.simulateIncomingCall({ from: '+4930123456', to: SANDBOX_NUMBERS.landline, dtmf: '1' });
 * Calls started with POST /sessions/calls go to the outgoingUrl; `await sandbox.waitForCall(sessionId)` waits
 * for that exchange, DELETE /calls/{id} sends the hangup event.
 *
 * From another process (a CLI sandbox), the same is reachable over HTTP under /_sandbox, see control.ts.
 *
 * Faults: `sandbox.injectFault({ path: '/sessions/sms', status: 429, retryAfterSeconds: 2 })`, also
 * `{ latencyMs }`, `{ dropConnection: true }`, `{ method, times }`; `clearFaults()` removes them.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { RequestContext, SandboxConfig } from './context';
import {
  createHostPolicy,
  createOriginPolicy,
  createWebhookTargetRule,
  type HostPolicy,
  type OriginPolicy,
} from './access';
import { CONTROL_PREFIX, createControlRoutes } from './control';
import { createAuthenticator, DEFAULT_SANDBOX_CREDENTIALS, type Authenticator } from './credentials';
import { SandboxOptionError } from './errors';
import { FaultTable } from './faults';
import { REQUEST_SCHEMAS } from './openapi/request-schemas';
import { checkRequest } from './request-check';
import { seedState } from './fixtures';
import { SIP_PATH, SipServer, type SipLogEntry } from './sip/server';
import { corsHeaders, errorBody, HttpError, parseJsonBody, readBody, send, type HandlerResult } from './http';
import type { Router } from './router';
import { createRoutes } from './routes';
import type { SandboxState } from './state';
import type {
  CallTranscript,
  FaultSpec,
  IncomingCallSimulation,
  PhoneCallSimulation,
  RecordedRequest,
  SandboxOptions,
} from './types';
import { discardCall, openCall } from './call-record';
import { deviceForTarget } from './sip/devices';
import { CallFlows } from './webhooks/call-flow';
import { signingKey } from './webhooks/keys';
import {
  callerOption,
  dtmfOption,
  optionalArray,
  optionalBoolean,
  optionalInteger,
  phoneNumberOption,
  requireOptionObject,
} from './options';
import { AuthorizationServer, checkScope, OAUTH_PREFIX, type SandboxOAuthControl } from './oauth';

const API_PREFIX = '/v2';
const DEFAULT_MAX_BODY = 30 * 1024 * 1024;
const MAX_RECORDED = 1000;
const MAX_RECORDED_BODY = 64 * 1024;
const OAUTH_MAX_FORM_BYTES = 64 * 1024;

export interface Sandbox {
  /** Base URL of the API, e.g. http://127.0.0.1:40123/v2 — pass it as the client's baseUrl. */
  readonly url: string;
  /** The SIP-over-WebSocket registrar and proxy on the same port, e.g. ws://127.0.0.1:40123/sip. */
  readonly sipUrl: string;
  readonly port: number;
  readonly host: string;
  /** PEM public key matching the X-Sipgate-Signature of the sandbox's webhooks. */
  readonly publicKeyPem: string;
  /** The live in-memory account (read it in tests; changes take effect immediately). */
  readonly state: SandboxState;
  /** Transcripts of every call the sandbox played against webhook URLs, oldest first. */
  readonly transcripts: CallTranscript[];
  getTranscript(callId: string): CallTranscript | undefined;
  /** Waits until the webhook exchange queued for a call (e.g. after POST /sessions/calls) is done. */
  waitForCall(callId: string): Promise<CallTranscript | undefined>;
  /**
   * A line outside the account calls a registered phone: newCall (direction in) goes to settings.incomingUrl
   * and its XML answer is followed (Reject, Hangup, Voicemail or a Dial elsewhere decide without the phone;
   * Gather gets `dtmf`); otherwise the phone rings (an INVITE without offer; the line answers the phone's
   * offer and sends no media) and answer and hangup follow the phone. Returns the callId RTCM and the webhooks use; SandboxOptionError
   * when `to` is not a VoIP device with a registered phone.
   */
  callPhone(call: PhoneCallSimulation): string;
  /** Plays an incoming call through the webhook server at settings.incomingUrl; resolves when it ended. */
  simulateIncomingCall(call: IncomingCallSimulation): Promise<CallTranscript>;
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** Back to the seed data: state, transcripts and faults. */
  reset(): void;
  stop(): Promise<void>;
  /** The last 1000 requests received (oldest first), e.g. to assert what your code sent. */
  readonly requests: RecordedRequest[];
  /** The last 1000 SIP requests the SIP side received (oldest first), e.g. to assert a phone re-registered. */
  readonly sipRequests: SipLogEntry[];
  /** The endpoints served, as "METHOD /template". */
  readonly endpoints: string[];
  /** Base of the OAuth endpoints (…/oauth: /auth, /token, /revoke): the SDK's `authServerUrl`. */
  readonly oauthUrl: string;
  /** Token lifetimes, expiry and revocation of the sandbox's authorization server. */
  readonly oauth: SandboxOAuthControl;
}

class SandboxServer implements Sandbox {
  url = '';
  port = 0;
  state: SandboxState = seedState();
  readonly publicKeyPem: string;
  private readonly server: http.Server;
  private readonly faults = new FaultTable();
  private readonly router: Router = createRoutes();
  private readonly controlRouter: Router = createControlRoutes(this);
  private readonly flows: CallFlows;
  private readonly config: SandboxConfig;
  private readonly authenticator: Authenticator;
  private readonly cors: boolean;
  private readonly origins: OriginPolicy;
  private readonly hosts: HostPolicy;
  private readonly maxBodyBytes: number;
  readonly oauth: AuthorizationServer;
  private stopping?: Promise<void>;
  private recorded: RecordedRequest[] = [];
  private sip?: SipServer;
  private readonly sipOptions: SandboxOptions['sip'];

  constructor(
    readonly host: string,
    options: SandboxOptions,
  ) {
    const credentials =
      options.credentials === undefined
        ? DEFAULT_SANDBOX_CREDENTIALS
        : ([] as SandboxOptions['credentials'][]).concat(options.credentials);
    this.authenticator = createAuthenticator(credentials as Parameters<typeof createAuthenticator>[0]);
    const key = signingKey(options.webhookPrivateKey);
    this.publicKeyPem = key.publicKeyPem;
    this.cors = options.cors ?? true;
    this.oauth = new AuthorizationServer(options.oauth);
    this.origins = createOriginPolicy(options.allowedOrigins);
    this.hosts = createHostPolicy(options.allowedHosts);
    const refusal = createWebhookTargetRule(options.webhookOrigins, () => [
      this.state.settings.incomingUrl,
      this.state.settings.outgoingUrl,
    ]);
    this.sipOptions = options.sip;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    this.config = {
      failingFaxNumbers: new Set(
        optionalArray(options.failingFaxNumbers, 'failingFaxNumbers', 'phone numbers', phoneNumberOption),
      ),
      faxStepMs: options.faxStepMs ?? 50,
      baseUrl: '',
      sipWebsocketUrl: '',
    };
    this.flows = new CallFlows({
      state: () => this.state,
      key,
      timeoutMs: options.webhookTimeoutMs ?? 5000,
      maxSteps: options.maxWebhookSteps ?? 20,
      outgoingDtmf: dtmfOption(options.outgoingCallDtmf, 'outgoingCallDtmf'),
      refusal,
    });
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) send(res, { status: 500, body: errorBody(500, 'sandbox error') }, {});
        else res.destroy();
      });
    });
    this.server.on('clientError', (_error, socket) => socket.destroy());
    // SIP over WebSocket (RFC 7118) shares the port: ws://host:port/sip.
    this.server.on('upgrade', (req, socket) => {
      if (this.sip) this.sip.handleUpgrade(req, socket);
      else socket.destroy();
    });
    // A client that stalls mid-request must not hold a socket for node's default five minutes.
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 60_000;
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, this.host, () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as AddressInfo).port;
        const hostInUrl = this.host.includes(':') ? `[${this.host}]` : this.host;
        this.url = `http://${hostInUrl}:${this.port}${API_PREFIX}`;
        this.config.baseUrl = this.url;
        this.config.sipWebsocketUrl = `ws://${hostInUrl}:${this.port}${SIP_PATH}`;
        this.sip = new SipServer({
          hostPort: `${hostInUrl}:${this.port}`,
          state: () => this.state,
          flows: this.flows,
          maxExpires: this.sipOptions?.maxExpiresSeconds,
          qop: this.sipOptions?.qop,
          nonceTtlMs: this.sipOptions?.nonceTtlMs,
          ringTimeoutMs: this.sipOptions?.ringTimeoutMs,
        });
        resolve();
      });
    });
  }

  get sipUrl(): string {
    return this.config.sipWebsocketUrl;
  }

  get sipRequests(): SipLogEntry[] {
    return [...(this.sip?.log ?? [])];
  }

  get transcripts(): CallTranscript[] {
    return this.flows.transcripts;
  }

  get requests(): RecordedRequest[] {
    return [...this.recorded];
  }

  get endpoints(): string[] {
    return this.router.list().map((route) => `${route.method} ${route.template}`);
  }

  get oauthUrl(): string {
    return this.url.replace(/\/v2$/, OAUTH_PREFIX);
  }

  getTranscript(callId: string): CallTranscript | undefined {
    return this.flows.getTranscript(callId);
  }

  waitForCall(callId: string): Promise<CallTranscript | undefined> {
    return this.flows.settled(callId);
  }

  simulateIncomingCall(call: IncomingCallSimulation): Promise<CallTranscript> {
    requireOptionObject(call, 'call', 'an object { from, to, dtmf?, direction?, user? }');
    const from = callerOption(call.from);
    const to = phoneNumberOption(call.to, 'to');
    const dtmf = dtmfOption(call.dtmf);
    if (call.direction !== undefined && call.direction !== 'in' && call.direction !== 'out') {
      throw new SandboxOptionError('direction', 'direction must be "in" or "out"');
    }
    if (call.user !== undefined) {
      const user = requireOptionObject(call.user, 'user', 'an object { id, name }');
      if (typeof user.id !== 'string' || user.id === '' || typeof user.name !== 'string')
        throw new SandboxOptionError('user', 'user must be an object { id, name } of two strings');
    }
    return this.flows.simulateIncoming({ ...call, dtmf }, from, to);
  }

  callPhone(call: PhoneCallSimulation): string {
    requireOptionObject(call, 'call', 'an object { from, to, dtmf? }');
    const from = callerOption(call.from);
    const device = typeof call.to === 'string' ? deviceForTarget(this.state, call.to) : undefined;
    if (!device) throw new SandboxOptionError('to', 'to must be the number, SIP-ID or id of a VoIP device (e.g. e1)');
    if (!this.sip?.calls.hasPhone(device.id))
      throw new SandboxOptionError('to', `no phone is registered as device ${device.id}`);
    const dtmf = dtmfOption(call.dtmf);
    const number = typeof device.record.callerId === 'string' ? device.record.callerId : device.username;
    const record = openCall(this.state, from, number, device.id, 'in');
    if (!this.sip.calls.callFromOutside(record, device.id, dtmf)) {
      discardCall(this.state, record);
      throw new SandboxOptionError('to', 'too many calls at once');
    }
    return record.callId;
  }

  injectFault(fault: FaultSpec): void {
    this.faults.add(fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  reset(): void {
    this.sip?.closeAll();
    this.state = seedState();
    this.recorded = [];
    this.flows.clear();
    this.faults.clear();
    this.oauth.reset();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.sip?.stop();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
      await this.flows.close();
      await closed;
    })();
    return this.stopping;
  }

  private isOwnOrigin(origin: string | undefined): boolean {
    if (origin === undefined) return false;
    try {
      const url = new URL(origin);
      return url.protocol === 'http:' && url.port === String(this.port) && this.hosts.allows(url.host);
    } catch {
      return false;
    }
  }

  /** The scopes of a valid access token the authorization server issued; undefined for any other header. */
  private issuedTokenScopes(authorization: string | undefined): string[] | undefined {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return bearer === null ? undefined : this.oauth.grantedScopes(bearer[1]);
  }

  /** The authorization server takes urlencoded forms (RFC 6749), not JSON. */
  private async handleOAuth(req: http.IncomingMessage, method: string, url: URL): Promise<HandlerResult> {
    const raw = await readBody(req, OAUTH_MAX_FORM_BYTES);
    const form = new URLSearchParams(raw.toString('utf8'));
    const path = url.pathname.slice(OAUTH_PREFIX.length).replace(/\/+$/, '') || '/';
    return this.oauth.handle(method, path, url.searchParams, form, req.headers.authorization);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = { method, path: req.url ?? '/', status: 0, at: new Date().toISOString() };
    this.recorded.push(record);
    if (this.recorded.length > MAX_RECORDED) this.recorded.splice(0, this.recorded.length - MAX_RECORDED);
    const origin = req.headers.origin;
    // The sandbox's own pages (the OAuth consent form) post with its own origin.
    const originAllowed = this.origins.allows(origin) || this.isOwnOrigin(origin);
    const cors = this.cors && originAllowed ? corsHeaders(req) : {};
    const reply = (result: HandlerResult) => {
      record.status = result.status;
      send(res, result, cors);
    };
    try {
      if (!this.hosts.allows(req.headers.host))
        throw new HttpError(421, `Host ${req.headers.host ?? '(none)'} is not this sandbox (see allowedHosts)`);
      if (!originAllowed) throw new HttpError(403, `origin ${origin} may not use this sandbox (see allowedOrigins)`);
      if (method === 'OPTIONS' && this.cors) {
        reply({ status: 204 });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
      const under = (prefix: string) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
      if (under(OAUTH_PREFIX)) {
        reply(await this.handleOAuth(req, method, url));
        return;
      }
      const control = under(CONTROL_PREFIX);
      if (!control && !under(API_PREFIX))
        throw new HttpError(404, `no such path ${url.pathname} (the API is served under ${API_PREFIX})`);
      const path = url.pathname.slice((control ? CONTROL_PREFIX : API_PREFIX).length).replace(/\/+$/, '') || '/';

      // Faults simulate the sipgate API; the control API must keep working while they are set.
      const fault = control ? undefined : this.faults.take(method, path);
      if (fault) {
        if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
        if (fault.dropConnection) {
          record.status = 'dropped';
          req.socket.destroy();
          return;
        }
        if (fault.status !== undefined) {
          const retry = fault.retryAfterSeconds ?? (fault.status === 429 ? 1 : undefined);
          const extra: Record<string, string> = retry === undefined ? {} : { 'Retry-After': String(retry) };
          reply({
            status: fault.status,
            body: errorBody(fault.status, 'fault injected by the sandbox'),
            headers: extra,
          });
          return;
        }
      }

      const staticCredentials = this.authenticator.accepts(req.headers.authorization);
      const scopes = staticCredentials ? undefined : this.issuedTokenScopes(req.headers.authorization);
      if (!staticCredentials && scopes === undefined) {
        throw new HttpError(401, 'missing or invalid credentials', {
          'WWW-Authenticate': 'Basic realm="sipgate sandbox", Bearer',
        });
      }
      const match = (control ? this.controlRouter : this.router).match(method, path);
      if (match.kind === 'notFound') throw new HttpError(404, `no endpoint ${path}`);
      if (match.kind === 'wrongMethod')
        throw new HttpError(405, `${method} is not allowed on ${path}`, { Allow: match.allowed.join(', ') });
      const schema = control ? undefined : REQUEST_SCHEMAS[`${method} ${match.route.template}`];
      if (scopes) checkScope(scopes, schema?.scopes);

      const raw = await readBody(req, this.maxBodyBytes);
      const ctx: RequestContext = {
        method,
        path,
        params: match.params,
        query: url.searchParams,
        body: parseJsonBody(raw, req.headers['content-type']),
        state: this.state,
        config: this.config,
        flows: this.flows,
        sip: this.sip?.calls,
      };
      // Large bodies (a fax carries megabytes) are not kept: 1000 of them would fill the memory.
      record.body = raw.length <= MAX_RECORDED_BODY ? ctx.body : `[${raw.length} bytes not recorded]`;
      if (!control) checkRequest(schema, url.searchParams, ctx.body);
      reply(await match.route.handler(ctx));
    } catch (error) {
      if (error instanceof HttpError) {
        const extra = error.status === 413 ? { ...error.headers, Connection: 'close' } : error.headers;
        reply({ status: error.status, body: errorBody(error.status, error.message), headers: extra });
        if (error.status === 413) req.resume();
        return;
      }
      reply({ status: 500, body: errorBody(500, 'sandbox error') });
    }
  }
}

/** The numbers and switches among the options; the rest is checked where it is used (credentials, origins). */
function validateOptions(options: SandboxOptions): void {
  requireOptionObject(options, 'options', 'an object');
  optionalInteger(options.port, 'port', 0, 65535);
  if (options.host !== undefined && (typeof options.host !== 'string' || options.host === ''))
    throw new SandboxOptionError('host', 'host must be an IP address or host name');
  optionalBoolean(options.cors, 'cors');
  optionalInteger(options.faxStepMs, 'faxStepMs', 0);
  optionalInteger(options.webhookTimeoutMs, 'webhookTimeoutMs', 1);
  optionalInteger(options.maxWebhookSteps, 'maxWebhookSteps', 1);
  optionalInteger(options.maxBodyBytes, 'maxBodyBytes', 1);
  if (options.sip === undefined) return;
  const sip = requireOptionObject(options.sip, 'sip', 'an object');
  optionalInteger(sip.ringTimeoutMs, 'sip.ringTimeoutMs', 1);
  optionalInteger(sip.maxExpiresSeconds, 'sip.maxExpiresSeconds', 1, undefined, 'seconds');
  optionalBoolean(sip.qop, 'sip.qop');
  optionalInteger(sip.nonceTtlMs, 'sip.nonceTtlMs', 1);
}

/** Starts a sandbox and resolves once it listens. Options are checked up front (SandboxOptionError on bad ones). */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  validateOptions(options);
  const sandbox = new SandboxServer(options.host ?? '127.0.0.1', options);
  await sandbox.listen(options.port ?? 0);
  return sandbox;
}
