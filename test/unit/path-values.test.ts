/**
 * No path value can change the endpoint: every module function that puts a caller's value into the URL path
 * refuses dot segments (also percent-encoded, also encoded twice), empty and non-string values with a
 * ValidationError naming the field, and sends nothing.
 */
import { expect } from 'chai';
import { ValidationError } from '../../lib/core/errors';
import { apiPath, pathSegment } from '../../lib/core/path';
import { createContactsModule } from '../../lib/contacts';
import { createDevicesModule } from '../../lib/devices';
import { createFaxModule } from '../../lib/fax';
import { createHistoryModule } from '../../lib/history';
import { createNumbersModule } from '../../lib/numbers';
import { createRTCMModule } from '../../lib/rtcm';
import { createSMSModule } from '../../lib/sms';
import { createVoicemailsModule } from '../../lib/voicemails';
import { mockApi, recordedRequests } from '../support/api-mock';
import { sdkRejection, testClient } from '../support/module-test-kit';

const BAD_VALUES: unknown[] = [
  '.',
  '..',
  '%2e',
  '%2E%2e',
  '.%2E',
  '%252e%252e',
  '',
  '   ',
  null,
  undefined,
  {},
  ['a'],
  true,
];

/** Accepts any request, so a request that slipped through would be recorded rather than fail for another reason. */
function acceptEverything(): void {
  for (const method of ['GET', 'PUT', 'POST', 'DELETE']) {
    mockApi()
      .persist()
      .intercept(() => true, method)
      .reply(200, { items: [], sub: 'w0' });
  }
}

type Call = (value: never) => Promise<unknown>;

function cases(): Array<{ name: string; field: string; call: Call }> {
  const client = testClient({ maxRetries: 0 });
  const history = createHistoryModule(client);
  const fax = createFaxModule(client);
  const sms = createSMSModule(client);
  const rtcm = createRTCMModule(client);
  const numbers = createNumbersModule(client);
  const voicemails = createVoicemailsModule(client);
  const devices = createDevicesModule(client);
  const contacts = createContactsModule(client);
  const contact = (id: unknown) =>
    ({ id, name: 'Ada Lovelace', emails: [], numbers: [], addresses: [], organization: [], scope: 'PRIVATE' }) as never;
  return [
    { name: 'history.fetchById', field: 'entryId', call: (id) => history.fetchById(id) },
    { name: 'history.deleteById', field: 'entryId', call: (id) => history.deleteById(id) },
    { name: 'history.updateById', field: 'entryId', call: (id) => history.updateById(id, { read: true }) },
    {
      name: 'history.batchUpdate (entry with note)',
      field: 'updates[0].id',
      call: (id) => history.batchUpdate([{ id, note: 'n' }]),
    },
    {
      name: 'history.batchUpdateEvents',
      field: 'events[0].id',
      call: (id) => history.batchUpdateEvents([{ id } as never], () => ({ note: 'n' })),
    },
    { name: 'fax.getFaxStatus', field: 'sessionId', call: (id) => fax.getFaxStatus(id) },
    { name: 'fax.getFaxlinesByWebUser', field: 'webuserId', call: (id) => fax.getFaxlinesByWebUser(id) },
    { name: 'sms.getSmsExtensions', field: 'webuserId', call: (id) => sms.getSmsExtensions(id) },
    { name: 'sms.getSmsCallerIds', field: 'smsId', call: (id) => sms.getSmsCallerIds(id) },
    { name: 'rtcm.mute', field: 'call.callId', call: (id) => rtcm.mute({ callId: id }, true) },
    {
      name: 'rtcm.record',
      field: 'call.callId',
      call: (id) => rtcm.record({ callId: id }, { announcement: false, value: true }),
    },
    {
      name: 'rtcm.announce',
      field: 'call.callId',
      call: (id) => rtcm.announce({ callId: id }, 'https://example.com/a.wav'),
    },
    {
      name: 'rtcm.transfer',
      field: 'call.callId',
      call: (id) => rtcm.transfer({ callId: id }, { attended: false, phoneNumber: '+4921100000' }),
    },
    { name: 'rtcm.sendDTMF', field: 'call.callId', call: (id) => rtcm.sendDTMF({ callId: id }, '1') },
    { name: 'rtcm.hold', field: 'call.callId', call: (id) => rtcm.hold({ callId: id }, true) },
    { name: 'rtcm.hangUp', field: 'call.callId', call: (id) => rtcm.hangUp({ callId: id }) },
    { name: 'numbers.getUserNumbers', field: 'webuserId', call: (id) => numbers.getUserNumbers(id) },
    { name: 'voicemails.getVoicemail', field: 'voicemailId', call: (id) => voicemails.getVoicemail(id) },
    {
      name: 'voicemails.getPhonelineVoicemails (webuserId)',
      field: 'webuserId',
      call: (id) => voicemails.getPhonelineVoicemails(id, 'p0'),
    },
    {
      name: 'voicemails.getPhonelineVoicemails (phonelineId)',
      field: 'phonelineId',
      call: (id) => voicemails.getPhonelineVoicemails('w0', id),
    },
    { name: 'devices.getDevices', field: 'webuserId', call: (id) => devices.getDevices(id) },
    { name: 'devices.getDevice', field: 'deviceId', call: (id) => devices.getDevice(id) },
    { name: 'devices.setDeviceAlias', field: 'deviceId', call: (id) => devices.setDeviceAlias(id, 'Desk') },
    { name: 'contacts.delete', field: 'id', call: (id) => contacts.delete(id) },
    { name: 'contacts.update', field: 'contact.id', call: (id) => contacts.update(contact(id)) },
  ];
}

describe('path values never leave their segment', () => {
  for (const { name, field, call } of cases()) {
    it(`${name} refuses dot segments, empty and non-string values (field ${field}) and sends nothing`, async () => {
      acceptEverything();
      for (const value of BAD_VALUES) {
        const error = await sdkRejection(call(value as never));
        expect(error, `${name}(${JSON.stringify(value)})`).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field, `${name}(${JSON.stringify(value)})`).to.equal(field);
      }
      expect(recordedRequests(), name).to.deep.equal([]);
    });
  }

  describe('apiPath', () => {
    it('refuses every dot segment, however often it was percent-encoded', () => {
      for (const value of ['.', '..', '%2e', '%2E', '%2e%2E', '.%2e', '%252e', '%25252E%2e']) {
        expect(() => apiPath`/contacts/${{ id: value }}`, value)
          .to.throw(ValidationError)
          .with.property('field', 'id');
      }
    });

    it('refuses empty strings and values that are neither strings nor non-negative integers', () => {
      for (const value of ['', ' ', null, undefined, -1, 1.5, Number.NaN, {}, [], true]) {
        expect(() => pathSegment(value, 'entryId'), String(value)).to.throw(ValidationError);
      }
    });

    it('keeps slashes, query and fragment characters inside the segment', () => {
      expect(apiPath`/history/${{ entryId: '../a/b?c#d' }}`).to.equal('/history/..%2Fa%2Fb%3Fc%23d');
      expect(apiPath`/${{ webuserId: 'w0' }}/sms/${{ smsId: 's1' }}/callerids/${{ callerId: 7 }}`).to.equal(
        '/w0/sms/s1/callerids/7',
      );
    });

    it('accepts dots inside a value ("a.b", "...")', () => {
      expect(apiPath`/contacts/${{ id: 'a.b' }}`).to.equal('/contacts/a.b');
      expect(apiPath`/contacts/${{ id: '...' }}`).to.equal('/contacts/...');
    });
  });
});
