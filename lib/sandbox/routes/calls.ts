/**
 * Click-to-dial sessions, real-time call control (RTCM) and the sipgate.io settings that decide where
 * webhooks of those calls go.
 */
import type { Router } from '../router';
import type { RequestContext } from '../context';
import { HttpError } from '../http';
import { openCall } from '../call-record';
import { lineNumber, type CallRecord } from '../state';
import { bodyObject, notFound, optionalString, requiredBoolean, requiredString } from './input';
import { e164 } from './phone-numbers';
import { isExtensionId, toDtmf } from '../wire-formats';

const CALLER_TYPES = ['e', 'p', 'x', 'y'];

function requireKnownExtension(ctx: RequestContext, extension: string, field: string): void {
  const known = extension === 'p0' || ctx.state.devices.some((d) => d.id === extension);
  if (!known) throw new HttpError(403, `${field} ${extension} is not an extension of this account`);
}

/** The number the callee sees: explicit callerId, a phone-number caller, or the account's landline. */
function callerNumber(ctx: RequestContext, caller: string, callerId: string | undefined): string {
  if (callerId !== undefined && callerId !== '') return e164(callerId, 'callerId');
  if (!isExtensionId(caller)) return caller;
  return lineNumber(ctx.state);
}

function newCall(ctx: RequestContext) {
  const body = bodyObject(ctx);
  const rawCaller = requiredString(body, 'caller');
  const callee = e164(body.callee, 'callee');
  const deviceId = optionalString(body, 'deviceId');
  let caller = rawCaller;
  if (isExtensionId(rawCaller)) {
    if (!isExtensionId(rawCaller, CALLER_TYPES))
      throw new HttpError(400, 'caller must be an e, p, x or y extension or a phone number');
    requireKnownExtension(ctx, rawCaller, 'caller');
  } else {
    caller = e164(rawCaller, 'caller');
    if (deviceId === undefined || deviceId === '')
      throw new HttpError(400, 'deviceId is required if caller is a phone number');
  }
  if (deviceId !== undefined && deviceId !== '') {
    if (!isExtensionId(deviceId, CALLER_TYPES)) throw new HttpError(400, 'deviceId must be an e, p, x or y extension');
    requireKnownExtension(ctx, deviceId, 'deviceId');
  }
  const from = callerNumber(ctx, caller, optionalString(body, 'callerId'));
  const extension = deviceId || (isExtensionId(rawCaller) ? rawCaller : 'p0');
  const call = openCall(ctx.state, from, callee, extension);
  // A browser phone registered as the device rings first (click-to-dial); otherwise the webhook-only model.
  if (!ctx.sip?.clickToDial(call, extension) && ctx.state.settings.outgoingUrl !== '') ctx.flows.startOutgoing(call);
  return { status: 200, body: { sessionId: call.callId } };
}

export function callToWire(call: CallRecord) {
  return {
    callId: call.callId,
    muted: call.muted,
    recording: call.recording,
    hold: call.hold,
    participants: call.participants.map((p) => ({ ...p })),
  };
}

function findCall(ctx: RequestContext): CallRecord {
  const call = ctx.state.calls.get(ctx.params.callId);
  if (!call) throw notFound(`call ${ctx.params.callId}`);
  return call;
}

function httpUrl(value: string, field: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) throw new HttpError(400, `${field} must be an http(s) URL`);
  return value;
}

function settingsUrl(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string (empty to clear it)`);
  return value === '' ? value : httpUrl(value, field);
}

export function registerCallRoutes(router: Router): void {
  router
    .add('POST', '/sessions/calls', newCall)
    .add('GET', '/calls', (ctx) => ({ status: 200, body: { data: [...ctx.state.calls.values()].map(callToWire) } }))
    .add('PUT', '/calls/{callId}/muted', (ctx) => {
      const value = requiredBoolean(bodyObject(ctx), 'value');
      const call = findCall(ctx);
      call.muted = value;
      call.participants.filter((p) => p.owner).forEach((p) => (p.muted = value));
      return { status: 204 };
    })
    .add('PUT', '/calls/{callId}/hold', (ctx) => {
      const value = requiredBoolean(bodyObject(ctx), 'value');
      const call = findCall(ctx);
      call.hold = value;
      call.participants.forEach((p) => (p.hold = value));
      ctx.sip?.hold(call.callId, value);
      return { status: 204 };
    })
    .add('PUT', '/calls/{callId}/recording', (ctx) => {
      const body = bodyObject(ctx);
      const value = requiredBoolean(body, 'value');
      requiredBoolean(body, 'announcement');
      const call = findCall(ctx);
      call.recording = value;
      return { status: 204 };
    })
    .add('POST', '/calls/{callId}/announcements', (ctx) => {
      const url = httpUrl(requiredString(bodyObject(ctx), 'url'), 'url');
      findCall(ctx).announcements.push(url);
      return { status: 204 };
    })
    .add('POST', '/calls/{callId}/transfer', (ctx) => {
      const body = bodyObject(ctx);
      requiredBoolean(body, 'attended');
      const phoneNumber = e164(body.phoneNumber, 'phoneNumber');
      const call = findCall(ctx);
      const other = call.participants.find((p) => !p.owner);
      if (other) other.phoneNumber = phoneNumber;
      return { status: 204 };
    })
    .add('POST', '/calls/{callId}/dtmf', (ctx) => {
      const sequence = toDtmf(bodyObject(ctx).sequence);
      if (sequence === undefined) throw new HttpError(400, 'sequence must consist of 0-9, A-D, * and # only');
      const call = findCall(ctx);
      call.dtmf.push(sequence);
      ctx.sip?.sendDtmf(call.callId, sequence);
      return { status: 204 };
    })
    .add('DELETE', '/calls/{callId}', (ctx) => {
      const call = findCall(ctx);
      ctx.sip?.hangUp(call.callId);
      ctx.flows.endCall(call, 'normalClearing');
      return { status: 204 };
    })
    .add('GET', '/settings/sipgateio', (ctx) => {
      const { incomingUrl, outgoingUrl, log, whitelist } = ctx.state.settings;
      return {
        status: 200,
        body: whitelist === null ? { incomingUrl, outgoingUrl, log } : { incomingUrl, outgoingUrl, log, whitelist },
      };
    })
    .add('PUT', '/settings/sipgateio', (ctx) => {
      const body = bodyObject(ctx);
      const incomingUrl = settingsUrl(body, 'incomingUrl');
      const outgoingUrl = settingsUrl(body, 'outgoingUrl');
      const log = body.log === undefined || body.log === null ? false : body.log;
      if (typeof log !== 'boolean') throw new HttpError(400, 'log must be a boolean');
      const whitelist = body.whitelist;
      if (
        whitelist !== undefined &&
        whitelist !== null &&
        (!Array.isArray(whitelist) || whitelist.some((w) => typeof w !== 'string' || !isExtensionId(w)))
      ) {
        throw new HttpError(400, 'whitelist must be an array of extensions or null');
      }
      ctx.state.settings = { incomingUrl, outgoingUrl, log, whitelist: (whitelist as string[] | undefined) ?? null };
      return { status: 204 };
    });
}
