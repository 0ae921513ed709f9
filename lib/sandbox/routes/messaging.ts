/**
 * SMS and fax: extensions, caller ids, sending (which writes history) and the fax status progression.
 */
import type { Router } from '../router';
import type { RequestContext } from '../context';
import { HttpError } from '../http';
import { addHistoryEntry } from '../history-entry';
import type { HistoryRecord } from '../state';
import { bodyObject, notFound, optionalBoolean, requiredString, requireUser, userItems } from './input';
import { e164 } from './phone-numbers';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;
const PDF_MAGIC = '%PDF-';

function requireSmsExtension(ctx: RequestContext, smsId: string): void {
  if (!ctx.state.smsExtensions.some((s) => s.id === smsId)) throw new HttpError(403, `invalid SMS extension ${smsId}`);
}

function sendSms(ctx: RequestContext) {
  const body = bodyObject(ctx);
  const smsId = requiredString(body, 'smsId');
  const recipient = e164(body.recipient, 'recipient');
  const message = requiredString(body, 'message');
  let scheduled: string | null = null;
  if (body.sendAt !== undefined && body.sendAt !== null) {
    if (typeof body.sendAt !== 'number' || !Number.isFinite(body.sendAt))
      throw new HttpError(400, 'sendAt must be a Unix timestamp in seconds');
    const at = body.sendAt * 1000;
    if (at < Date.now() - 60_000) throw new HttpError(400, 'sendAt must not be in the past');
    if (at > Date.now() + THIRTY_DAYS_MS) throw new HttpError(400, 'sendAt must be at most 30 days in the future');
    scheduled = new Date(at).toISOString();
  }
  requireSmsExtension(ctx, smsId);
  const callerIds = ctx.state.smsCallerIds.get(smsId) ?? [];
  const sender = callerIds.find((c) => c.defaultNumber)?.phonenumber ?? 'sipgate';
  const entry = addHistoryEntry(ctx.state, {
    type: 'SMS',
    direction: 'OUTGOING',
    read: true,
    source: sender,
    target: recipient,
    connectionIds: [smsId],
    endpoints: [{ type: 'ROUTED', endpoint: { extension: smsId, type: 'SMS' } }],
    smsContent: message,
    scheduled,
  });
  ctx.state.sentSms.push({ smsId, recipient, message, sender, scheduled, historyId: entry.id });
  return { status: 204 };
}

function pdfCheck(base64Content: string): void {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(base64Content)) throw new HttpError(400, 'base64Content is not base64');
  const head = Buffer.from(base64Content.slice(0, 16), 'base64').toString('latin1');
  if (!head.startsWith(PDF_MAGIC))
    throw new HttpError(400, 'base64Content must be a PDF document (starting with %PDF-)');
}

function createFaxEntry(ctx: RequestContext, faxlineId: string, recipient: string, pageCount: number): HistoryRecord {
  const faxNumber = ctx.state.numbers.find((n) => n.endpointId === faxlineId)?.number;
  const entry = addHistoryEntry(ctx.state, {
    type: 'FAX',
    direction: 'OUTGOING',
    read: true,
    source: typeof faxNumber === 'string' ? faxNumber : '',
    target: recipient,
    connectionIds: [faxlineId],
    endpoints: [{ type: 'ROUTED', endpoint: { extension: faxlineId, type: 'FAX' } }],
    faxStatusType: 'PENDING',
    scheduled: null,
    pageCount,
    documentUrl: `${ctx.config.baseUrl}/sandbox-files/fax.pdf`,
    reportUrl: '',
    previewUrl: '',
  });
  ctx.state.faxProgress.set(entry.id, { startedAt: Date.now(), fails: ctx.config.failingFaxNumbers.has(recipient) });
  return entry;
}

function requireFaxline(ctx: RequestContext, faxlineId: string): void {
  const known = [...ctx.state.faxlines, ...ctx.state.groupFaxlines].some((f) => f.id === faxlineId);
  if (!known) throw new HttpError(403, `fax line ${faxlineId} not found or not allowed`);
}

function sendFax(ctx: RequestContext) {
  const body = bodyObject(ctx);
  const faxlineId = requiredString(body, 'faxlineId');
  const recipient = e164(body.recipient, 'recipient');
  requiredString(body, 'filename');
  const base64Content = requiredString(body, 'base64Content');
  if (base64Content.length > 28_330_000) throw new HttpError(400, 'base64Content is longer than 28330000 characters');
  pdfCheck(base64Content);
  requireFaxline(ctx, faxlineId);
  const pages =
    Buffer.from(base64Content, 'base64')
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g)?.length ?? 1;
  const entry = createFaxEntry(ctx, faxlineId, recipient, Math.max(1, pages));
  return { status: 200, body: { sessionId: entry.id } };
}

function resendFax(ctx: RequestContext) {
  const body = bodyObject(ctx);
  const faxId = requiredString(body, 'faxId');
  const original = ctx.state.history.find((h) => h.id === faxId && h.type === 'FAX');
  if (!original) throw notFound(`fax ${faxId}`);
  const faxlineId =
    typeof body.faxlineId === 'string' && body.faxlineId !== '' ? body.faxlineId : original.connectionIds[0];
  requireFaxline(ctx, faxlineId);
  createFaxEntry(ctx, faxlineId, original.target, typeof original.pageCount === 'number' ? original.pageCount : 1);
  return { status: 204 };
}

export function registerMessagingRoutes(router: Router): void {
  router
    .add('GET', '/{userId}/sms', (ctx) => ({ status: 200, body: { items: userItems(ctx, ctx.state.smsExtensions) } }))
    .add('GET', '/{userId}/sms/{smsId}/callerids', (ctx) => {
      requireUser(ctx);
      requireSmsExtension(ctx, ctx.params.smsId);
      return { status: 200, body: { items: ctx.state.smsCallerIds.get(ctx.params.smsId) ?? [] } };
    })
    .add('PUT', '/{userId}/sms/{smsId}/callerids/{callerId}', (ctx) => {
      requireUser(ctx);
      requireSmsExtension(ctx, ctx.params.smsId);
      const callerIds = ctx.state.smsCallerIds.get(ctx.params.smsId) ?? [];
      const target = callerIds.find((c) => String(c.id) === ctx.params.callerId);
      if (!target) throw notFound(`caller id ${ctx.params.callerId}`);
      const makeDefault = optionalBoolean(bodyObject(ctx), 'defaultNumber');
      if (makeDefault === true) {
        if (!target.verified) throw new HttpError(403, 'caller id is not verified');
        for (const callerId of callerIds) callerId.defaultNumber = callerId === target;
      } else if (makeDefault === false) {
        target.defaultNumber = false;
      }
      return { status: 204 };
    })
    .add('POST', '/sessions/sms', sendSms)
    .add('POST', '/sessions/fax', sendFax)
    .add('POST', '/sessions/fax/resend', resendFax)
    .add('GET', '/{userId}/faxlines', (ctx) => ({ status: 200, body: { items: userItems(ctx, ctx.state.faxlines) } }))
    .add('GET', '/groupfaxlines', (ctx) => ({ status: 200, body: { items: ctx.state.groupFaxlines } }));
}
