/**
 * Why a webhook request was refused, as a typed error every mount reports through
 * `onReject` (or `onError`), and the fixed HTTP answer for each reason.
 * No Node imports: the Fetch mount uses this file too.
 */
import { SipgateIOError } from '../core/errors';
import { keepErrorNames } from '../core/error-names';

/** Every reason a request is answered with an error status instead of reaching a handler. */
export type WebhookRejectReason =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'signature-missing'
  | 'signature-invalid'
  | 'body-undecodable'
  | 'event-missing'
  | 'body-unreadable'
  | 'body-consumed';

export interface WebhookHttpResult {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

/** What the mount knows about the refused request (never its body, never header values). */
export interface RejectedRequestInfo {
  method: string;
  /** Request path; the query string is dropped before it is reported (a webhook URL may carry a token there). */
  path?: string;
  contentType?: string;
}

export const FORM_TYPE = 'application/x-www-form-urlencoded';
export const TEXT_HEADERS = Object.freeze({ 'content-type': 'text/plain; charset=utf-8' });

export function plain(
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = TEXT_HEADERS,
): WebhookHttpResult {
  return Object.freeze({ status, headers, body });
}

/** The answer for each reason; they never vary, so each is built once. */
export const REJECTION_RESULTS: Readonly<Record<WebhookRejectReason, WebhookHttpResult>> = Object.freeze({
  'method-not-allowed': plain(405, 'Method Not Allowed: sipgate.io webhooks are POST requests\n', {
    ...TEXT_HEADERS,
    allow: 'POST',
  }),
  'unsupported-media-type': plain(415, `Unsupported Media Type: expected ${FORM_TYPE}\n`),
  'payload-too-large': plain(413, 'Payload Too Large\n', { ...TEXT_HEADERS, connection: 'close' }),
  'signature-missing': plain(401, 'Unauthorized: X-Sipgate-Signature header missing\n'),
  'signature-invalid': plain(403, 'Forbidden: X-Sipgate-Signature does not match the body\n'),
  'body-undecodable': plain(400, 'Bad Request: body is not valid UTF-8 form data\n'),
  'event-missing': plain(400, 'Bad Request: field "event" missing\n'),
  'body-unreadable': plain(400, 'Bad Request: body could not be read\n'),
  'body-consumed': plain(
    500,
    'Internal Server Error: another middleware read the request body and kept no raw bytes (mount the webhook handler before body parsers, or keep req.rawBody); details went to onReject\n',
  ),
});

/** The first line of each answer, without the status words: the reason in prose. */
const DEFAULT_DETAILS: Readonly<Record<WebhookRejectReason, string>> = {
  'method-not-allowed': 'the request method is not POST',
  'unsupported-media-type': `the Content-Type is not ${FORM_TYPE}`,
  'payload-too-large': 'the body is larger than maxBodyBytes',
  'signature-missing': 'the X-Sipgate-Signature header is missing',
  'signature-invalid':
    'X-Sipgate-Signature does not match the body (wrong public key, or a proxy or middleware changed the body)',
  'body-undecodable': 'the body is not valid UTF-8 form data',
  'event-missing': 'the form has no "event" field',
  'body-unreadable': 'the body could not be read (the client aborted or the stream failed)',
  'body-consumed': 'another middleware consumed the request body and kept no raw bytes',
};

/** A webhook request was refused before reaching a handler; `status` is what the sender was answered. */
export class WebhookRejectedError extends SipgateIOError {
  readonly reason: WebhookRejectReason;
  readonly contentType?: string;

  constructor(reason: WebhookRejectReason, request: RejectedRequestInfo, detail = DEFAULT_DETAILS[reason]) {
    const status = REJECTION_RESULTS[reason].status;
    const path = pathWithoutQuery(request.path);
    const where = path === undefined ? request.method : `${request.method} ${path}`;
    super(`webhook ${where} rejected with ${status} (${reason}): ${detail}`, {
      status,
      request: { method: request.method, path: path ?? '' },
    });
    // Set by hand so the name survives minification.
    this.name = 'WebhookRejectedError';
    this.reason = reason;
    if (request.contentType !== undefined) this.contentType = request.contentType;
  }
}

/** Strips the query string: a webhook URL may carry a secret token there, and errors never carry secrets. */
export function pathWithoutQuery(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

const SUPPRESS_MS = 10_000;

/**
 * The reporter used when the app gave neither onReject nor onError: one console line per
 * reason at most every 10 s, so a scanner hammering the endpoint cannot flood the log.
 */
export function createDefaultRejectReporter(now: () => number = Date.now): (error: WebhookRejectedError) => void {
  const lastLogged = new Map<WebhookRejectReason, { at: number; suppressed: number }>();
  return (error) => {
    const seen = lastLogged.get(error.reason);
    const time = now();
    if (seen !== undefined && time - seen.at < SUPPRESS_MS) {
      seen.suppressed++;
      return;
    }
    const suppressed = seen === undefined || seen.suppressed === 0 ? '' : ` (${seen.suppressed} more suppressed)`;
    lastLogged.set(error.reason, { at: time, suppressed: 0 });
    // eslint-disable-next-line no-console
    console.warn(`[sipgate-io webhook] ${error.message}${suppressed}`);
  };
}

keepErrorNames({ WebhookRejectedError });
