/** Finding the sandbox's VoIP devices by what a SIP message names: SIP-ID, device id or the number that rings them. */
import { toE164 } from '../wire-formats';
import type { Json, SandboxState } from '../state';

export interface SipDevice {
  record: Json;
  id: string;
  username: string;
  password: string;
}

/** A VoIP device with SIP credentials; undefined for any other record. */
function asSipDevice(record: Json): SipDevice | undefined {
  const credentials = record.credentials as Json | undefined;
  if (record.type !== 'REGISTER' || typeof credentials?.username !== 'string' || credentials.username === '')
    return undefined;
  return {
    record,
    id: String(record.id),
    username: credentials.username,
    password: String(credentials.password),
  };
}

export function deviceById(state: SandboxState, id: string): SipDevice | undefined {
  const record = state.devices.find((d) => d.id === id);
  return record && asSipDevice(record);
}

export function deviceByUsername(state: SandboxState, username: string): SipDevice | undefined {
  for (const record of state.devices) {
    const device = asSipDevice(record);
    if (device && device.username === username) return device;
  }
  return undefined;
}

/** E.164 with or without "+", with 00, or national German (0211…); undefined when it is not a phone number. */
export function asE164(user: string): string | undefined {
  const candidate = /^[1-9]/.test(user) ? `+${user}` : /^0[1-9]/.test(user) ? `+49${user.slice(1)}` : user;
  return toE164(candidate);
}

/** The device a dialled user part reaches: its SIP-ID, its device id (`e1`) or its number (`callerId`). */
export function deviceForTarget(state: SandboxState, user: string): SipDevice | undefined {
  const byName = deviceByUsername(state, user);
  if (byName) return byName;
  const number = asE164(user);
  for (const record of state.devices) {
    const device = asSipDevice(record);
    if (!device) continue;
    if (device.id === user || (number !== undefined && record.callerId === number)) return device;
  }
  return undefined;
}
