import { expect } from 'chai';
import { NotFoundError, PermissionError, ValidationError } from '../../lib/core/errors';
import { createDevicesModule } from '../../lib/devices';
import { mockApi, recordedRequests } from '../support/api-mock';
import { rejection, testClient } from '../support/module-test-kit';

function devicesModule() {
  return createDevicesModule(testClient());
}

const registerDevice = {
  id: 'e0',
  alias: 'Desk phone',
  type: 'REGISTER',
  online: true,
  dnd: false,
  activePhonelines: [{ id: 'p0', alias: 'Ada' }],
  activeGroups: [],
};

describe('devices module', () => {
  describe('getDevices', () => {
    it('sends GET /{userId}/devices with the statistics headers and returns the items', async () => {
      const scope = mockApi()
        .get('/w0/devices')
        .reply(200, { items: [registerDevice] });
      const devices = await devicesModule().getDevices('w0');
      expect(scope.isDone()).to.equal(true);
      expect(devices).to.deep.equal([registerDevice]);
      const [request] = recordedRequests();
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal('/v2/w0/devices');
      expect(request.body).to.equal(undefined);
      expect(request.headers['x-sipgate-client']).to.be.a('string');
      expect(request.headers['x-sipgate-version']).to.be.a('string');
    });

    it('returns an empty list when the body has no items', async () => {
      mockApi().get('/w1/devices').reply(200, {});
      expect(await devicesModule().getDevices('w1')).to.deep.equal([]);
    });

    it('maps 403 to PermissionError naming the user', async () => {
      mockApi().get('/w2/devices').reply(403);
      const error = await rejection(devicesModule().getDevices('w2'));
      expect(error).to.be.instanceOf(PermissionError).with.property('status', 403);
      expect((error as Error).message)
        .to.contain('w2')
        .and.contain('devices:read');
    });

    for (const bad of ['e0', 'w-1', 'w01', '', undefined, 'w0/../x']) {
      it(`rejects web user id ${JSON.stringify(bad)} without a request`, async () => {
        const scope = mockApi().get(/.*/).reply(200, { items: [] });
        const error = await rejection(devicesModule().getDevices(bad as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'webuserId');
        expect(scope.isDone()).to.equal(false);
      });
    }
  });

  describe('getDevice', () => {
    it('sends GET /devices/{deviceId} and returns the device', async () => {
      const mobile = { ...registerDevice, id: 'y3', type: 'MOBILE', owner: 'w0', callerId: '+4915799912345' };
      mockApi().get('/devices/y3').reply(200, mobile);
      expect(await devicesModule().getDevice('y3')).to.deep.equal(mobile);
      expect(recordedRequests()[0].path).to.equal('/v2/devices/y3');
    });

    it('maps 404 to NotFoundError with the module message', async () => {
      mockApi().get('/devices/x9').reply(404);
      const error = await rejection(devicesModule().getDevice('x9'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as Error).message).to.contain('Device not found');
      expect(error).to.include({ method: 'GET', path: '/devices/x9' });
    });

    it('maps 403 to PermissionError', async () => {
      mockApi().get('/devices/e7').reply(403);
      expect(await rejection(devicesModule().getDevice('e7'))).to.be.instanceOf(PermissionError);
    });

    for (const bad of ['p0', 'w0', 'e', 'E1', 'e1?x=1', 12]) {
      it(`rejects device id ${JSON.stringify(bad)} without a request`, async () => {
        const scope = mockApi().get(/.*/).reply(200, registerDevice);
        const error = await rejection(devicesModule().getDevice(bad as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'deviceId');
        expect(scope.isDone()).to.equal(false);
      });
    }
  });

  describe('setDeviceAlias', () => {
    it('sends PUT /devices/{deviceId}/alias with { value }', async () => {
      mockApi().put('/devices/e0/alias', { value: 'Kitchen' }).reply(204);
      await devicesModule().setDeviceAlias('e0', 'Kitchen');
      const [request] = recordedRequests();
      expect(request.method).to.equal('PUT');
      expect(request.body).to.deep.equal({ value: 'Kitchen' });
      expect(request.headers['content-type']).to.match(/^application\/json/);
    });

    it('maps 403 (the spec\'s "Device not found") to PermissionError', async () => {
      mockApi().put('/devices/e5/alias').reply(403);
      expect(await rejection(devicesModule().setDeviceAlias('e5', 'x'))).to.be.instanceOf(PermissionError);
    });

    for (const [deviceId, alias, field] of [
      ['e0', '', 'alias'],
      ['e0', '   ', 'alias'],
      ['e0', 'x'.repeat(256), 'alias'],
      ['e0', 42, 'alias'],
      ['g1', 'Kitchen', 'deviceId'],
    ] as const) {
      it(`rejects (${JSON.stringify(deviceId)}, ${JSON.stringify(alias).slice(0, 12)}) naming ${field}, without a request`, async () => {
        const scope = mockApi().put(/.*/).reply(204);
        const error = await rejection(devicesModule().setDeviceAlias(deviceId, alias as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
        expect(scope.isDone()).to.equal(false);
      });
    }
  });

  const credentials = {
    username: '1234567e0',
    password: 'secret-sip',
    sipServer: 'sipgate.de',
    outboundProxy: 'sipgate.de',
    sipServerWebsocketUrl: 'wss://sip.sipgate.de',
  };

  describe('device credentials', () => {
    it('reads credentials and registrations of a VoIP device', async () => {
      const device = { ...registerDevice, credentials, registered: [{ ip: '10.0.0.1', port: '5060', userAgent: 'x' }] };
      mockApi().get('/devices/e0').reply(200, device);
      const read = await devicesModule().getDevice('e0');
      expect(read.credentials).to.deep.equal(credentials);
      expect(read.registered).to.deep.equal(device.registered);
    });

    it('accepts sipCredentials (the newer name) and exposes them as credentials, in lists too', async () => {
      mockApi()
        .get('/w0/devices')
        .reply(200, { items: [{ ...registerDevice, sipCredentials: credentials }] });
      const [device] = await devicesModule().getDevices('w0');
      expect(device.credentials).to.deep.equal(credentials);
    });

    it('getDeviceCredentials returns the credentials of a VoIP device', async () => {
      mockApi()
        .get('/devices/e0')
        .reply(200, { ...registerDevice, credentials });
      expect(await devicesModule().getDeviceCredentials('e0')).to.deep.equal(credentials);
    });

    it('getDeviceCredentials of a device without credentials is a ValidationError naming credentials', async () => {
      mockApi().get('/devices/e3').reply(200, registerDevice);
      const error = await rejection(devicesModule().getDeviceCredentials('e3'));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'credentials');
      expect((error as Error).message).to.not.contain('secret');
    });

    it('getDeviceCredentials with incomplete credentials names the missing field', async () => {
      mockApi()
        .get('/devices/e4')
        .reply(200, { ...registerDevice, credentials: { ...credentials, sipServerWebsocketUrl: '' } });
      const error = await rejection(devicesModule().getDeviceCredentials('e4'));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'credentials.sipServerWebsocketUrl');
    });

    for (const bad of ['x0', 'y0', 'w0', '', 'e0/../x']) {
      it(`getDeviceCredentials rejects ${JSON.stringify(bad)} (not a VoIP device id) without a request`, async () => {
        const scope = mockApi().get(/.*/).reply(200, registerDevice);
        const error = await rejection(devicesModule().getDeviceCredentials(bad));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'deviceId');
        expect(scope.isDone()).to.equal(false);
      });
    }
  });

  describe('createRegisterDevice', () => {
    it('sends POST /{userId}/devices/register with the alias and returns the device with credentials', async () => {
      const created = { ...registerDevice, id: 'e7', alias: 'Browser', credentials, registered: [] };
      mockApi().post('/w0/devices/register', { alias: 'Browser' }).reply(200, created);
      const device = await devicesModule().createRegisterDevice('w0', { alias: 'Browser' });
      expect(device).to.deep.equal(created);
      const [request] = recordedRequests();
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/v2/w0/devices/register');
    });

    it('sends an empty object without an alias', async () => {
      mockApi()
        .post('/w1/devices/register', {})
        .reply(200, { ...registerDevice, id: 'e8' });
      expect((await devicesModule().createRegisterDevice('w1')).id).to.equal('e8');
    });

    it('maps 403 to PermissionError naming the restriction', async () => {
      mockApi().post('/w0/devices/register').reply(403);
      const error = await rejection(devicesModule().createRegisterDevice('w0', { alias: 'x' }));
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('CAN_CREATE_REGISTER_DEVICE');
    });

    for (const [webuserId, device, field] of [
      ['e0', { alias: 'x' }, 'webuserId'],
      ['w0', { alias: '' }, 'alias'],
      ['w0', { alias: 7 }, 'alias'],
      ['w0', 'Browser', 'device'],
      ['w0', null, 'device'],
    ] as const) {
      it(`rejects (${JSON.stringify(webuserId)}, ${JSON.stringify(device)}) naming ${field}, without a request`, async () => {
        const scope = mockApi().post(/.*/).reply(200, registerDevice);
        const error = await rejection(devicesModule().createRegisterDevice(webuserId, device as never));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
        expect(scope.isDone()).to.equal(false);
      });
    }
  });

  describe('resetPassword', () => {
    it('sends POST /devices/{deviceId}/credentials/password', async () => {
      const scope = mockApi().post('/devices/e2/credentials/password').reply(204);
      await devicesModule().resetPassword('e2');
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()[0]).to.include({ method: 'POST', path: '/v2/devices/e2/credentials/password' });
    });

    it('maps 404 to NotFoundError', async () => {
      mockApi().post('/devices/e9/credentials/password').reply(404);
      expect(await rejection(devicesModule().resetPassword('e9'))).to.be.instanceOf(NotFoundError);
    });

    for (const bad of ['y0', 'x1', 'e', 'e1?x', 3]) {
      it(`rejects ${JSON.stringify(bad)} without a request`, async () => {
        const scope = mockApi().post(/.*/).reply(204);
        const error = await rejection(devicesModule().resetPassword(bad as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'deviceId');
        expect(scope.isDone()).to.equal(false);
      });
    }
  });
});
