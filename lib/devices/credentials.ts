/**
 * SIP credentials of VoIP devices: the REST API names them `credentials`, sipgate's newer web-app types
 * `sipCredentials`; both are read, and a device always comes back with `credentials` when it has any.
 */
import { ValidationError } from '../core/errors';
import type { Device, DeviceCredentials } from './devices.types';

const CREDENTIAL_FIELDS = ['username', 'password', 'sipServer', 'outboundProxy', 'sipServerWebsocketUrl'] as const;

/** The device with `sipCredentials` copied to `credentials` when only the former is present. */
export function withCredentials<T extends Device>(device: T): T {
  if (!device || typeof device !== 'object' || device.credentials) return device;
  const alternative = (device as { sipCredentials?: DeviceCredentials }).sipCredentials;
  return alternative && typeof alternative === 'object' ? { ...device, credentials: alternative } : device;
}

/** Checks a credentials object (as handed in by a caller or read from a device); ValidationError names the field. */
export function validateDeviceCredentials(value: unknown, field = 'credentials'): DeviceCredentials {
  if (value === null || typeof value !== 'object')
    throw new ValidationError(field, `${field} must be an object { ${CREDENTIAL_FIELDS.join(', ')} }`);
  const record = value as Record<string, unknown>;
  for (const name of ['username', 'password', 'sipServerWebsocketUrl'] as const) {
    if (typeof record[name] !== 'string' || record[name] === '')
      throw new ValidationError(`${field}.${name}`, `${field}.${name} must be a non-empty string`);
  }
  for (const name of ['sipServer', 'outboundProxy'] as const) {
    if (record[name] !== undefined && typeof record[name] !== 'string')
      throw new ValidationError(`${field}.${name}`, `${field}.${name} must be a string`);
  }
  let url: URL;
  try {
    url = new URL(record.sipServerWebsocketUrl as string);
  } catch {
    throw new ValidationError(
      `${field}.sipServerWebsocketUrl`,
      `${field}.sipServerWebsocketUrl must be a ws:// or wss:// URL`,
    );
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:')
    throw new ValidationError(
      `${field}.sipServerWebsocketUrl`,
      `${field}.sipServerWebsocketUrl must be a ws:// or wss:// URL`,
    );
  return {
    username: record.username as string,
    password: record.password as string,
    sipServer: (record.sipServer as string | undefined) || 'sipgate.de',
    outboundProxy: (record.outboundProxy as string | undefined) ?? '',
    sipServerWebsocketUrl: record.sipServerWebsocketUrl as string,
  };
}

/** The credentials of a fetched device, or a ValidationError when it has none (not a VoIP device). */
export function readDeviceCredentials(device: Device, what: string): DeviceCredentials {
  const credentials = withCredentials(device).credentials;
  if (!credentials)
    throw new ValidationError(
      'credentials',
      `${what} has no SIP credentials (only VoIP devices of type REGISTER have)`,
    );
  return validateDeviceCredentials(credentials);
}
