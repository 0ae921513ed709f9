/**
 * Per-call options reach every method of the modules the same way: `maxRetries: 0` turns off the retry of a
 * 503 (so exactly one request is seen), a wrong option is refused before any request, and an aborted signal
 * stops the call with an AbortError.
 */
import { expect } from 'chai';
import { AbortError, RateLimitError, ServerError, TimeoutError, ValidationError } from '../../lib/core/errors';
import type { RequestOptions } from '../../lib/core/request-options';
import { createCallModule } from '../../lib/call';
import { createFaxModule } from '../../lib/fax';
import { createHistoryModule } from '../../lib/history';
import { createNumbersModule } from '../../lib/numbers';
import { createRTCMModule } from '../../lib/rtcm';
import { createSettingsModule } from '../../lib/settings';
import { createSMSModule } from '../../lib/sms';
import { createVoicemailsModule } from '../../lib/voicemails';
import { createContactsModule } from '../../lib/contacts';
import { ContactsBulkError } from '../../lib/contacts/errors';
import { createDevicesModule } from '../../lib/devices';
import { collect } from '../../lib/core/pagination';
import { contact } from '../support/api-fixtures';
import { mockApi, recordedRequests } from '../support/api-mock';
import { sdkRejection, testClient } from '../support/module-test-kit';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const VCARD = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nTEL;TYPE=work:+4921100000\r\nEND:VCARD\r\n';

/** A bulk operation reports its requests' failures in one ContactsBulkError: its first one is the request's. */
async function firstBulkFailure(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    throw error instanceof ContactsBulkError ? error.failures[0].error : error;
  }
}

function methods(): Array<[string, (options: RequestOptions) => Promise<unknown>]> {
  const client = testClient({ maxRetries: 2 });
  const history = createHistoryModule(client);
  const fax = createFaxModule(client);
  const sms = createSMSModule(client);
  const rtcm = createRTCMModule(client);
  const numbers = createNumbersModule(client);
  const voicemails = createVoicemailsModule(client);
  const settings = createSettingsModule(client);
  const call = createCallModule(client);
  const contacts = createContactsModule(client);
  const devices = createDevicesModule(client);
  const callRef = { callId: 'c1' };
  return [
    ['call.initiate', (o) => call.initiate({ from: 'p0', to: '+4921100000' }, o)],
    ['history.fetchAll', (o) => history.fetchAll({}, undefined, o)],
    ['history.fetchPage', (o) => history.fetchPage({}, undefined, o)],
    ['history.iterate', async (o) => collect(history.iterate({}, o))],
    ['history.fetchById', (o) => history.fetchById('h1', o)],
    ['history.deleteById', (o) => history.deleteById('h1', o)],
    ['history.deleteByListOfIds', (o) => history.deleteByListOfIds(['h1'], o)],
    ['history.updateById', (o) => history.updateById('h1', { read: true }, o)],
    ['history.batchUpdate', (o) => history.batchUpdate([{ id: 'h1', read: true }], o)],
    ['history.batchUpdateEvents', (o) => history.batchUpdateEvents([{ id: 'h1' } as never], () => ({ read: true }), o)],
    ['history.exportAsCsvString', (o) => history.exportAsCsvString({}, undefined, o)],
    ['fax.send', (o) => fax.send({ to: '+4921100000', fileContent: PDF, faxlineId: 'f0' }, o)],
    ['fax.getFaxStatus', (o) => fax.getFaxStatus('s1', o)],
    ['fax.getFaxlinesByWebUser', (o) => fax.getFaxlinesByWebUser('w0', o)],
    ['fax.resend', (o) => fax.resend({ faxId: 'x1', faxlineId: 'f0' }, o)],
    ['sms.send', (o) => sms.send({ smsId: 's0', to: '+4915700000', message: 'hi' }, undefined, o)],
    [
      'sms.schedule',
      (o) => sms.schedule({ smsId: 's0', to: '+4915700000', message: 'hi' }, new Date(Date.now() + 3_600_000), o),
    ],
    ['sms.getSmsExtensions', (o) => sms.getSmsExtensions('w0', o)],
    ['rtcm.getEstablishedCalls', (o) => rtcm.getEstablishedCalls(o)],
    ['rtcm.mute', (o) => rtcm.mute(callRef, true, o)],
    ['rtcm.record', (o) => rtcm.record(callRef, { announcement: false, value: true }, o)],
    ['rtcm.announce', (o) => rtcm.announce(callRef, 'https://example.com/a.wav', o)],
    ['rtcm.transfer', (o) => rtcm.transfer(callRef, { attended: false, phoneNumber: '+4921100000' }, o)],
    ['rtcm.sendDTMF', (o) => rtcm.sendDTMF(callRef, '1', o)],
    ['rtcm.hold', (o) => rtcm.hold(callRef, true, o)],
    ['rtcm.hangUp', (o) => rtcm.hangUp(callRef, o)],
    ['numbers.getAllNumbers', (o) => numbers.getAllNumbers(undefined, o)],
    ['numbers.fetchPage', (o) => numbers.fetchPage(undefined, o)],
    ['numbers.iterate', async (o) => collect(numbers.iterate(o))],
    ['numbers.getUserNumbers', (o) => numbers.getUserNumbers('w0', o)],
    ['voicemails.getVoicemails', (o) => voicemails.getVoicemails(o)],
    ['voicemails.getVoicemail', (o) => voicemails.getVoicemail('v0', o)],
    ['voicemails.getPhonelineVoicemails', (o) => voicemails.getPhonelineVoicemails('w0', 'p0', o)],
    ['settings.getWebhookSettings', (o) => settings.getWebhookSettings(o)],
    ['settings.setIncomingUrl', (o) => settings.setIncomingUrl('https://example.com/in', o)],
    ['settings.setOutgoingUrl', (o) => settings.setOutgoingUrl('https://example.com/out', o)],
    ['settings.setWhitelist', (o) => settings.setWhitelist(['p0'], o)],
    ['settings.setLog', (o) => settings.setLog(true, o)],
    ['settings.clearIncomingUrl', (o) => settings.clearIncomingUrl(o)],
    ['settings.clearOutgoingUrl', (o) => settings.clearOutgoingUrl(o)],
    ['settings.clearWhitelist', (o) => settings.clearWhitelist(o)],
    ['settings.disableWhitelist', (o) => settings.disableWhitelist(o)],
    ['contacts.create', (o) => contacts.create({ firstname: 'Ada', lastname: 'Lovelace' }, 'PRIVATE', o)],
    [
      'contacts.update',
      (o) =>
        contacts.update({ ...contact('c1'), name: 'Ada', family: 'L', given: 'Ada', scope: 'PRIVATE' as const }, o),
    ],
    ['contacts.delete', (o) => contacts.delete('c1', o)],
    ['contacts.deleteAllPrivate', (o) => contacts.deleteAllPrivate(o)],
    ['contacts.deleteAllShared', (o) => firstBulkFailure(contacts.deleteAllShared(o))],
    [
      'contacts.importFromCsvString',
      (o) => contacts.importFromCsvString('firstname,lastname,number\nAda,L,+4921100000', o),
    ],
    ['contacts.importVCardString', (o) => firstBulkFailure(contacts.importVCardString(VCARD, 'PRIVATE', o))],
    ['contacts.get', (o) => contacts.get('ALL', undefined, undefined, o)],
    ['contacts.exportAsCsv', (o) => contacts.exportAsCsv('PRIVATE', ',', undefined, undefined, o)],
    ['contacts.exportAsJSON', (o) => contacts.exportAsJSON('ALL', { offset: 0, limit: 10 }, undefined, o)],
    ['contacts.iterate', async (o) => collect(contacts.iterate(o))],
    ['devices.getDevices', (o) => devices.getDevices('w0', o)],
    ['devices.getDevice', (o) => devices.getDevice('e0', o)],
    ['devices.setDeviceAlias', (o) => devices.setDeviceAlias('e0', 'desk', o)],
    ['devices.createRegisterDevice', (o) => devices.createRegisterDevice('w0', { alias: 'web' }, o)],
    ['devices.resetPassword', (o) => devices.resetPassword('e0', o)],
    ['devices.getDeviceCredentials', (o) => devices.getDeviceCredentials('e0', o)],
  ];
}

function answerEverything(status: number): void {
  for (const method of ['GET', 'PUT', 'POST', 'DELETE']) {
    mockApi()
      .persist()
      .intercept(() => true, method)
      .reply(status);
  }
}

describe('per-call options reach every module method', () => {
  for (const [name, call] of methods()) {
    it(`${name}: maxRetries 0 sends one attempt, a bad option sends nothing, an aborted signal aborts`, async () => {
      answerEverything(503);
      expect(await sdkRejection(call({ maxRetries: 0 })), name).to.be.instanceOf(ServerError);
      expect(recordedRequests(), name).to.have.length(1);

      for (const bad of [
        { timeout: -1 },
        { deadline: 0 },
        { maxRetries: 1.5 },
        { signal: 'stop' },
      ] as RequestOptions[]) {
        const error = await sdkRejection(call(bad));
        expect(error, `${name} ${JSON.stringify(bad)}`).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field).to.match(/^options\./);
      }
      expect(recordedRequests(), name).to.have.length(1);

      expect(await sdkRejection(call({ signal: AbortSignal.abort() })), name).to.be.instanceOf(AbortError);
    });

    it(`${name}: a per-call deadline ends the call across its retries`, async () => {
      // Every answer is a 429 (retried for every method) after 40 ms: with the client's two retries the call
      // would take three attempts; the 60 ms deadline ends it within the second.
      for (const method of ['GET', 'PUT', 'POST', 'DELETE']) {
        mockApi()
          .persist()
          .intercept(() => true, method)
          .delay(40)
          .reply(429);
      }
      const error = await sdkRejection(call({ deadline: 60 }));
      expect(recordedRequests().length, name).to.be.at.most(2);
      expect(error, name).to.satisfy((e: unknown) => e instanceof RateLimitError || e instanceof TimeoutError);
    });
  }
});
