/**
 * The sandbox as a SIP user agent towards the phones: requests it sends itself (in click-to-dial dialogs it is a
 * party of, or inserted into dialogs it proxies), the responses to them, ACK and CANCEL, and its answers to
 * the phones' requests. Its Via branches carry their own prefix, so the server hands it their responses.
 */
import { randomBytes } from 'crypto';
import { createResponse, cseqOf, getHeader, headerParam, type SipMessage } from './message';

export const UA_BRANCH_PREFIX = 'z9hG4bK-sbxua-';
const MAX_PENDING = 2000;
const TRANSACTION_MS = 32_000;

export const tag = () => randomBytes(6).toString('hex');

/** The headers a request of this transaction (ACK of a failure, CANCEL) copies from the request it follows. */
function transactionHeaders(request: SipMessage, names: string[]): Array<[string, string]> {
  return request.headers.filter(([name]) => names.includes(name));
}

/** One phone's dialog, seen from the side the sandbox speaks for. */
export interface Leg {
  connectionId: string;
  sipCallId: string;
  /** From of requests the sandbox sends to the phone (with tag). */
  local: string;
  /** To of those requests: the phone's own From/To (with its tag once known). */
  remote: string;
  /** The phone's Contact. */
  target: string;
  /** Contact the sandbox gives: the peer's (proxied) or its own (click-to-dial). */
  contact: string;
  /** Highest CSeq the phone has seen from the sandbox's side of the dialog. */
  cseq: number;
  /** A dialog between two phones the sandbox only proxies (it speaks for the peer). */
  proxied: boolean;
  /** CSeqs the sandbox inserted into a proxied dialog. */
  offset: number;
  /** The peer's session description, re-offered with another direction for hold. */
  peerSdp?: string;
  established: boolean;
  /** The INVITE that is still ringing this phone, for CANCEL. */
  ringing?: SipMessage;
  /** Settles when the sandbox's last re-INVITE to this phone has ended (see UserAgent.offer). */
  offering?: Promise<void>;
}

interface Pending {
  leg: Leg;
  request: SipMessage;
  timer: NodeJS.Timeout;
  onFinal?: (response: SipMessage) => void;
}

export interface UserAgentHost {
  readonly hostPort: string;
  send(connectionId: string, message: SipMessage): boolean;
}

export class SandboxUserAgent {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly host: UserAgentHost) {}

  /** An in-dialog (or dialog-creating) request to a phone; `onFinal` gets its final response. */
  request(
    leg: Leg,
    method: string,
    body: string,
    onFinal?: (response: SipMessage) => void,
    contentType = 'application/sdp',
    extra: Array<[string, string]> = [],
  ): SipMessage | undefined {
    if (this.pending.size >= MAX_PENDING) return undefined;
    leg.cseq += 1;
    const branch = `${UA_BRANCH_PREFIX}${tag()}`;
    const headers = this.dialogHeaders(leg, branch, `${leg.cseq} ${method}`);
    if (method === 'INVITE') headers.push(['contact', `<${leg.contact}>`], ['allow', 'INVITE, ACK, CANCEL, BYE, INFO']);
    if (body) headers.push(['content-type', contentType]);
    headers.push(...extra, ['user-agent', 'sipgate-io-sdk sandbox']);
    const request: SipMessage = { method, uri: leg.target, headers, body };
    // In a dialog the sandbox only proxies, its own requests use up CSeqs of the peer's sequence.
    if (leg.proxied) leg.offset += 1;
    const timer = setTimeout(() => this.pending.delete(branch), TRANSACTION_MS);
    timer.unref();
    this.pending.set(branch, { leg, request, timer, onFinal });
    this.host.send(leg.connectionId, request);
    return request;
  }

  /**
   * Re-INVITEs the phone with `sdp` (and ACKs a success), once the leg's previous re-INVITE has ended: a phone
   * refuses an offer while one is still open (491, RFC 3261 14.1), so back-to-back holds must not overlap.
   */
  offer(leg: Leg, sdp: string): void {
    leg.offering = (leg.offering ?? Promise.resolve()).then(
      () =>
        new Promise<void>((done) => {
          const settle = (): void => {
            clearTimeout(timer);
            done();
          };
          const timer = setTimeout(settle, TRANSACTION_MS);
          timer.unref();
          const sent = this.request(leg, 'INVITE', sdp, (response) => {
            if ((response.status ?? 0) < 300) this.ack(leg, response);
            settle();
          });
          if (!sent) settle();
        }),
    );
  }

  /** Via to CSeq of a request the sandbox sends in a leg's dialog. */
  private dialogHeaders(leg: Leg, branch: string, cseq: string): Array<[string, string]> {
    return [
      ['via', `SIP/2.0/WS ${this.host.hostPort};branch=${branch}`],
      ['max-forwards', '70'],
      ['from', leg.local],
      ['to', leg.remote],
      ['call-id', leg.sipCallId],
      ['cseq', cseq],
    ];
  }

  /** A response to a request the sandbox sent (its Via branch says so). */
  handleResponse(response: SipMessage): void {
    const branch = headerParam(getHeader(response, 'via'), 'branch') ?? '';
    const pending = this.pending.get(branch);
    const { method } = cseqOf(response);
    // A CANCEL shares its INVITE's branch: its own 200 is not the INVITE's answer.
    if (!pending || (response.status ?? 0) < 200 || method !== pending.request.method) return;
    clearTimeout(pending.timer);
    this.pending.delete(branch);
    const { request, leg } = pending;
    // A failed INVITE is acknowledged on its own transaction (RFC 3261 17.1.1.3); a 2xx by whoever completes it.
    if (request.method === 'INVITE' && (response.status ?? 0) >= 300) {
      const ack: SipMessage = {
        method: 'ACK',
        uri: request.uri,
        headers: transactionHeaders(request, ['via', 'max-forwards', 'from', 'call-id']).concat([
          ['to', getHeader(response, 'to') ?? leg.remote],
          ['cseq', `${cseqOf(request).number} ACK`],
        ]),
        body: '',
      };
      this.host.send(leg.connectionId, ack);
    }
    pending.onFinal?.(response);
  }

  /** The ACK of a 2xx: a transaction of its own (new branch), the INVITE's CSeq number. */
  ack(leg: Leg, response: SipMessage, body = ''): void {
    const headers = this.dialogHeaders(leg, `${UA_BRANCH_PREFIX}${tag()}`, `${cseqOf(response).number} ACK`);
    if (body) headers.push(['content-type', 'application/sdp']);
    this.host.send(leg.connectionId, { method: 'ACK', uri: leg.target, headers, body });
  }

  cancel(leg: Leg, invite: SipMessage): void {
    leg.ringing = undefined;
    const headers = transactionHeaders(invite, ['via', 'max-forwards', 'from', 'to', 'call-id']).concat([
      ['cseq', `${cseqOf(invite).number} CANCEL`],
    ]);
    // Only the top Via: the CANCEL goes exactly where the INVITE went.
    const topVia = headers.findIndex(([name]) => name === 'via');
    const cancel: SipMessage = {
      method: 'CANCEL',
      uri: invite.uri,
      headers: headers.filter(([name], i) => name !== 'via' || i === topVia),
      body: '',
    };
    this.host.send(leg.connectionId, cancel);
  }

  respond(
    connectionId: string,
    request: SipMessage,
    status: number,
    reason: string,
    extra: Array<[string, string]> = [],
    body = '',
  ): boolean {
    const response = createResponse(request, status, reason, extra, tag());
    if (body) response.headers.push(['content-type', 'application/sdp']);
    response.body = body;
    this.host.send(connectionId, response);
    return true;
  }

  clear(): void {
    for (const pending of this.pending.values()) clearTimeout(pending.timer);
    this.pending.clear();
  }
}
