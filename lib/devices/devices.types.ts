/** Public types of the devices module (names as in the official 2.15 package, plus the SIP credentials). */
import type { RequestOptions } from '../core/request-options';
export interface DevicesModule {
  /** The devices of one web user (`GET /{userId}/devices`). */
  getDevices(webuserId: string, options?: RequestOptions): Promise<Device[]>;
  /** One device by id, e.g. `e0`, `x1`, `y2` (`GET /devices/{deviceId}`). */
  getDevice(deviceId: string, options?: RequestOptions): Promise<Device>;
  /** Renames a device (`PUT /devices/{deviceId}/alias`). */
  setDeviceAlias(deviceId: string, alias: string, options?: RequestOptions): Promise<void>;
  /**
   * Creates a VoIP (REGISTER) device for a web user (`POST /{userId}/devices/register`); the answer carries the
   * new device's SIP credentials. The web user needs the restriction CAN_CREATE_REGISTER_DEVICE.
   */
  createRegisterDevice(
    webuserId: string,
    device?: { alias?: string },
    options?: RequestOptions,
  ): Promise<RegisterDevice>;
  /**
   * Gives a VoIP device a new SIP password (`POST /devices/{deviceId}/credentials/password`). The old one stops
   * working; read the new one with `getDevice`.
   */
  resetPassword(deviceId: string, options?: RequestOptions): Promise<void>;
  /**
   * The SIP credentials of a VoIP device (from `credentials`, or `sipCredentials` where the API names it so).
   * Rejects with a ValidationError (field `credentials`) when the device has none, e.g. a mobile device.
   */
  getDeviceCredentials(deviceId: string, options?: RequestOptions): Promise<DeviceCredentials>;
}

export type DeviceType = 'REGISTER' | 'MOBILE' | 'EXTERNAL';

/** A phone line or group a device currently rings for. */
export interface ActiveRouting {
  id: string;
  alias: string;
}

/** What a SIP phone needs to register as a VoIP device. */
export interface DeviceCredentials {
  /** The device's SIP-ID, e.g. `1234567e0`; also the digest user name. */
  username: string;
  /** The SIP password: a secret, readable by every script of a page that holds it. */
  password: string;
  /** SIP domain and digest realm, e.g. `sipgate.de`. */
  sipServer: string;
  outboundProxy: string;
  /** Where a browser phone connects (SIP over WebSocket, RFC 7118). Treat it as opaque. */
  sipServerWebsocketUrl: string;
}

/** One live registration of a VoIP device. */
export interface RegisteredDevice {
  ip: string;
  port: string;
  userAgent: string;
}

export interface Device {
  id: string;
  alias: string;
  type: DeviceType;
  dnd: boolean;
  online: boolean;
  callerId?: string;
  owner?: string;
  activePhonelines?: ActiveRouting[];
  activeGroups?: ActiveRouting[];
  /** VoIP devices: the SIP credentials (also accepted under the name `sipCredentials`). */
  credentials?: DeviceCredentials;
  /** VoIP devices: the current registrations (empty when no phone is registered). */
  registered?: RegisteredDevice[];
}

/** A VoIP device, as `createRegisterDevice` answers it. */
export interface RegisterDevice extends Device {
  type: 'REGISTER';
  emergencyAddressId?: string;
  addressUrl?: string;
}
