/** Devices (VoIP phones, mobile and external devices) of the account's web users. */
import type { SipgateIOClient } from '../core';
import { ValidationError } from '../core/errors';
import { apiPath } from '../core/path';
import { moduleRequests } from '../core/request-options';
import { validateWebuserId } from '../core/validators';
import { readDeviceCredentials, withCredentials } from './credentials';
import type { Device, DevicesModule, RegisterDevice } from './devices.types';
import { validateDeviceAlias, validateDeviceId, validateRegisterDeviceId } from './validators';

const DEVICE_ERRORS = {
  403: 'Not allowed to access this device (unknown device, foreign user or missing devices scope)',
  404: 'Device not found',
};

export function createDevicesModule(client: SipgateIOClient): DevicesModule {
  const requests = moduleRequests(client, DEVICE_ERRORS);
  const getDevice: DevicesModule['getDevice'] = async (deviceId, options) => {
    validateDeviceId(deviceId);
    const device = await requests.get<Device>(apiPath`/devices/${{ deviceId }}`, options);
    return withCredentials(device);
  };

  return {
    async getDevices(webuserId, options) {
      validateWebuserId(webuserId);
      const response = await requests.get<{ items?: Device[] }>(apiPath`/${{ webuserId }}/devices`, options, {
        errorMessages: {
          403: `Not allowed to list the devices of ${webuserId} (foreign user or missing devices:read scope)`,
          404: `Web user ${webuserId} not found`,
        },
      });
      return (response?.items ?? []).map(withCredentials);
    },

    getDevice,

    async setDeviceAlias(deviceId, alias, options) {
      validateDeviceId(deviceId);
      validateDeviceAlias(alias);
      await requests.put(apiPath`/devices/${{ deviceId }}/alias`, { value: alias }, options);
    },

    async createRegisterDevice(webuserId, device, options) {
      validateWebuserId(webuserId);
      if (device !== undefined && (device === null || typeof device !== 'object'))
        throw new ValidationError('device', 'device must be an object { alias? }');
      const alias = device?.alias;
      if (alias !== undefined) validateDeviceAlias(alias);
      const created = await requests.post<RegisterDevice>(
        apiPath`/${{ webuserId }}/devices/register`,
        alias === undefined ? {} : { alias },
        options,
        {
          errorMessages: {
            403: `Not allowed to create a VoIP device for ${webuserId} (restriction CAN_CREATE_REGISTER_DEVICE or devices:write scope missing)`,
            404: `Web user ${webuserId} not found`,
          },
        },
      );
      return withCredentials(created);
    },

    async resetPassword(deviceId, options) {
      validateRegisterDeviceId(deviceId);
      await requests.post(apiPath`/devices/${{ deviceId }}/credentials/password`, undefined, options, {
        errorMessages: {
          403: 'Not allowed to change the SIP password of this device (unknown device or missing devices:write scope)',
          404: 'Device not found',
        },
      });
    },

    async getDeviceCredentials(deviceId, options) {
      validateRegisterDeviceId(deviceId);
      return readDeviceCredentials(await getDevice(deviceId, options), `device ${deviceId}`);
    },
  };
}
