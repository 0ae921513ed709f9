/** Devices (VoIP phones, mobile and external devices) of the account's web users. */
import type { SipgateIOClient } from '../core';
import { apiPath } from '../core/path';
import { validateWebuserId } from '../core/validators';
import type { Device, DevicesModule } from './devices.types';
import { validateDeviceAlias, validateDeviceId } from './validators';

const DEVICE_ERRORS = {
  403: 'Not allowed to access this device (unknown device, foreign user or missing devices scope)',
  404: 'Device not found',
};

export function createDevicesModule(client: SipgateIOClient): DevicesModule {
  return {
    async getDevices(webuserId, options) {
      validateWebuserId(webuserId);
      const response = await client.get<{ items?: Device[] }>(apiPath`/${{ webuserId }}/devices`, {
        signal: options?.signal,
        errorMessages: {
          403: `Not allowed to list the devices of ${webuserId} (foreign user or missing devices:read scope)`,
          404: `Web user ${webuserId} not found`,
        },
      });
      return response?.items ?? [];
    },

    async getDevice(deviceId, options) {
      validateDeviceId(deviceId);
      return client.get<Device>(apiPath`/devices/${{ deviceId }}`, {
        signal: options?.signal,
        errorMessages: DEVICE_ERRORS,
      });
    },

    async setDeviceAlias(deviceId, alias, options) {
      validateDeviceId(deviceId);
      validateDeviceAlias(alias);
      await client.put(
        apiPath`/devices/${{ deviceId }}/alias`,
        { value: alias },
        { signal: options?.signal, errorMessages: DEVICE_ERRORS },
      );
    },
  };
}
