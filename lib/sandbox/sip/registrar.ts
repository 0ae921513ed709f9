/**
 * SIP registrations (RFC 3261 section 10) of the sandbox's VoIP devices: bindings of a device to a contact on
 * one WebSocket connection, with a granted expiry. Every change is mirrored into the device record
 * (`online`, `registered`) so the REST API shows it. Tables are bounded.
 */
import type { Json, SandboxState } from '../state';
import { uriUser } from './message';

export interface Binding {
  deviceId: string;
  /** Contact URI without parameters, as the phone sent it. */
  contact: string;
  connectionId: string;
  expiresAt: number;
  ip: string;
  port: string;
  userAgent: string;
  registeredAt: number;
}

export const MAX_BINDINGS_PER_DEVICE = 10;
export const MAX_BINDINGS = 1000;

export class Registrar {
  private readonly bindings = new Map<string, Binding[]>();
  private total = 0;

  constructor(private readonly state: () => SandboxState) {}

  /** Adds or refreshes a binding; false when the table is full. */
  bind(binding: Binding): boolean {
    const list = this.live(binding.deviceId).filter((b) => b.contact !== binding.contact);
    if (list.length >= MAX_BINDINGS_PER_DEVICE) list.shift(); // the oldest makes room
    if (this.total - (this.bindings.get(binding.deviceId)?.length ?? 0) + list.length + 1 > MAX_BINDINGS) return false;
    list.push(binding);
    this.replace(binding.deviceId, list);
    return true;
  }

  unbind(deviceId: string, contact?: string): void {
    const list = this.live(deviceId).filter((b) => contact !== undefined && b.contact !== contact);
    this.replace(deviceId, list);
  }

  /** A connection closed: its bindings go away at once. */
  dropConnection(connectionId: string): void {
    for (const [deviceId, list] of [...this.bindings]) {
      if (list.some((b) => b.connectionId === connectionId))
        this.replace(
          deviceId,
          list.filter((b) => b.connectionId !== connectionId),
        );
    }
  }

  /** Unexpired bindings of a device, oldest first. */
  live(deviceId: string): Binding[] {
    const now = Date.now();
    const list = this.bindings.get(deviceId) ?? [];
    const alive = list.filter((b) => b.expiresAt > now);
    if (alive.length !== list.length) this.replace(deviceId, alive);
    return [...alive];
  }

  /** The binding a call to the device goes to: the newest one. */
  newest(deviceId: string): Binding | undefined {
    return this.live(deviceId).at(-1);
  }

  /**
   * The unexpired binding whose contact has this user part (requests sent to a phone's contact rather than its
   * AOR); `user` is decoded like the Request-URI's (uriUser), so both sides compare the same string.
   */
  byContactUser(user: string): Binding | undefined {
    const now = Date.now();
    for (const list of this.bindings.values()) {
      const match = list.find((b) => b.expiresAt > now && uriUser(b.contact) === user);
      if (match) return match;
    }
    return undefined;
  }

  /** Drops expired bindings (called on a timer). */
  sweep(): void {
    for (const deviceId of [...this.bindings.keys()]) this.live(deviceId);
  }

  clear(): void {
    for (const deviceId of [...this.bindings.keys()]) this.replace(deviceId, []);
  }

  private replace(deviceId: string, list: Binding[]): void {
    this.total += list.length - (this.bindings.get(deviceId)?.length ?? 0);
    if (list.length === 0) this.bindings.delete(deviceId);
    else this.bindings.set(deviceId, list);
    const device: Json | undefined = this.state().devices.find((d) => d.id === deviceId);
    if (!device) return;
    device.online = list.length > 0;
    device.registered = list.map(({ ip, port, userAgent }) => ({ ip, port, userAgent }));
  }
}
