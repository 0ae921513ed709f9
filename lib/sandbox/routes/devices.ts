/**
 * Devices: lists, alias, new VoIP devices and SIP password changes. VoIP devices carry SIP credentials whose
 * WebSocket URL points at the sandbox's own SIP registrar; `online`/`registered` are kept by that registrar.
 */
import { randomBytes } from 'crypto';
import type { RequestContext } from '../context';
import { registerDevice } from '../fixtures';
import { HttpError } from '../http';
import type { Router } from '../router';
import type { Json } from '../state';
import { bodyObject, notFound, optionalString, requiredString, requireUser } from './input';

/** Bounds the devices a client can create (the state lives in memory). */
const MAX_DEVICES = 200;

/** The device as the API answers it: credentials with the live WebSocket URL. */
export function presentDevice(ctx: RequestContext, device: Json): Json {
  const credentials = device.credentials as Json | undefined;
  if (!credentials) return device;
  return { ...device, credentials: { ...credentials, sipServerWebsocketUrl: ctx.config.sipWebsocketUrl } };
}

function findDevice(ctx: RequestContext): Json | undefined {
  return ctx.state.devices.find((d) => d.id === ctx.params.deviceId);
}

/** Devices without an owner belong to the sandbox's main user w0. */
function ownerOf(ctx: RequestContext, device: Json): string {
  return typeof device.owner === 'string' ? device.owner : ctx.state.webuserId;
}

function nextRegisterDeviceId(ctx: RequestContext): string {
  const used = new Set(ctx.state.devices.map((d) => d.id));
  let n = 0;
  while (used.has(`e${n}`)) n++;
  return `e${n}`;
}

export function registerDeviceRoutes(router: Router): void {
  router
    .add('GET', '/{userId}/devices', (ctx) => {
      requireUser(ctx);
      const items = ctx.state.devices.filter((d) => ownerOf(ctx, d) === ctx.params.userId);
      return { status: 200, body: { items: items.map((d) => presentDevice(ctx, d)) } };
    })
    .add('GET', '/devices/{deviceId}', (ctx) => {
      const device = findDevice(ctx);
      if (!device) throw notFound(`device ${ctx.params.deviceId}`);
      return { status: 200, body: presentDevice(ctx, device) };
    })
    .add('PUT', '/devices/{deviceId}/alias', (ctx) => {
      const alias = requiredString(bodyObject(ctx), 'value');
      const device = findDevice(ctx);
      if (!device) throw new HttpError(403, `device ${ctx.params.deviceId} not found`); // the spec's answer for it
      device.alias = alias;
      return { status: 204 };
    })
    .add('POST', '/{userId}/devices/register', (ctx) => {
      requireUser(ctx);
      const body = ctx.body === undefined ? {} : bodyObject(ctx);
      const alias = optionalString(body, 'alias') ?? 'VoIP phone';
      if (alias.length > 255) throw new HttpError(400, 'alias must be at most 255 characters');
      if (ctx.state.devices.length >= MAX_DEVICES)
        throw new HttpError(403, `no more devices allowed (the sandbox keeps at most ${MAX_DEVICES})`);
      const id = nextRegisterDeviceId(ctx);
      const device = registerDevice(id, alias, ctx.params.userId, []);
      ctx.state.devices.push(device);
      return { status: 200, body: presentDevice(ctx, device) };
    })
    .add('POST', '/devices/{deviceId}/credentials/password', (ctx) => {
      const device = findDevice(ctx);
      if (!device) throw notFound(`device ${ctx.params.deviceId}`);
      const credentials = device.credentials as Json | undefined;
      if (!credentials) throw new HttpError(400, `device ${ctx.params.deviceId} is not a VoIP device`);
      credentials.password = randomBytes(12).toString('base64url');
      return { status: 204 };
    });
}
