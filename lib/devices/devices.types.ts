/** Public types of the devices module (names as in the official 2.15 package). */
export interface DevicesModule {
  /** The devices of one web user (`GET /{userId}/devices`). */
  getDevices(webuserId: string, options?: { signal?: AbortSignal }): Promise<Device[]>;
  /** One device by id, e.g. `e0`, `x1`, `y2` (`GET /devices/{deviceId}`). */
  getDevice(deviceId: string, options?: { signal?: AbortSignal }): Promise<Device>;
  /** Renames a device (`PUT /devices/{deviceId}/alias`). */
  setDeviceAlias(deviceId: string, alias: string, options?: { signal?: AbortSignal }): Promise<void>;
}

export type DeviceType = 'REGISTER' | 'MOBILE' | 'EXTERNAL';

/** A phone line or group a device currently rings for. */
export interface ActiveRouting {
  id: string;
  alias: string;
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
}
