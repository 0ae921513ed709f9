/**
 * Code written for the official `sipgateio` package, in the style of the API
 * contract, must compile (the type
 * check covers this file) and behave the same against our SDK.
 */
import { expect } from 'chai';
import {
  createCallModule,
  createContactsModule,
  createFaxModule,
  createHistoryModule,
  createRTCMModule,
  createSettingsModule,
  createSMSModule,
  createWebhookModule,
  FaxStatus,
  HistoryDirection,
  HistoryEntryType,
  RejectReason,
  sipgateIO,
  WebhookResponse,
  type CallData,
  type HistoryFilter,
  type Pagination,
  type RTCMCall,
  type ShortMessage,
  type WebhookServer,
} from '../../lib';
import { mockApi, recordedRequests } from '../support/api-mock';
import { TEST_CREDENTIALS } from '../support/module-test-kit';

describe('contract usage (code written for the official package)', () => {
  const client = sipgateIO(TEST_CREDENTIALS, { baseUrl: 'https://api.sipgate.com/v2', retryBaseDelayMs: 1 });

  it('createXModule(client) factories work with the client returned by sipgateIO', async () => {
    const sms = createSMSModule(client);
    const message: ShortMessage = { smsId: 's0', to: '+4915799912345', message: 'hi' };
    mockApi().post('/sessions/sms').reply(204);
    await sms.send(message);

    const call = createCallModule(client);
    const callData: CallData = { from: 'p0', to: '+4921165432', callerId: '+4917012345678' };
    mockApi().post('/sessions/calls').reply(200, { sessionId: 'c1' });
    expect(await call.initiate(callData)).to.deep.equal({ sessionId: 'c1' });

    const fax = createFaxModule(client);
    mockApi().get('/history/f1').reply(200, { id: 'f1', type: 'FAX', faxStatusType: 'SENT' });
    expect(await fax.getFaxStatus('f1')).to.equal(FaxStatus.SENT);

    const history = createHistoryModule(client);
    const filter: HistoryFilter = { types: [HistoryEntryType.CALL], directions: [HistoryDirection.INCOMING] };
    const pagination: Pagination = { offset: 0, limit: 2 };
    mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
    expect(await history.fetchAll(filter, pagination)).to.deep.equal([]);

    const rtcm = createRTCMModule(client);
    mockApi().get('/calls').reply(200, { data: [] });
    const calls: RTCMCall[] = await rtcm.getEstablishedCalls();
    expect(calls).to.deep.equal([]);

    const settings = createSettingsModule(client);
    mockApi().get('/settings/sipgateio').reply(200, { incomingUrl: '', outgoingUrl: '', log: false, whitelist: [] });
    expect((await settings.getWebhookSettings()).log).to.equal(false);

    const contacts = createContactsModule(client);
    expect(contacts.importFromCsvString).to.be.a('function');
    expect(recordedRequests().map((request) => `${request.method} ${request.path.split('?')[0]}`)).to.deep.equal([
      'POST /v2/sessions/sms',
      'POST /v2/sessions/calls',
      'GET /v2/history/f1',
      'GET /v2/history',
      'GET /v2/calls',
      'GET /v2/settings/sipgateio',
    ]);
  });

  it('the client carries every module of the product as a member', () => {
    for (const member of [
      'sms',
      'fax',
      'call',
      'webhook',
      'settings',
      'contacts',
      'history',
      'rtcm',
      'numbers',
      'devices',
      'voicemails',
    ] as const) {
      expect(client[member], member).to.be.an('object');
    }
    expect(client.get).to.be.a('function');
    expect(client.getAuthenticatedWebuserId).to.be.a('function');
  });

  it('the webhook module of the contract serves and answers with the response builder', async () => {
    const server: WebhookServer = await createWebhookModule().createServer({
      port: 0,
      hostname: '127.0.0.1',
      serverAddress: 'http://127.0.0.1:1/',
      skipSignatureVerification: true,
    });
    try {
      server.onNewCall(() => WebhookResponse.rejectCall({ reason: RejectReason.BUSY }));
      const response = await fetch(`http://127.0.0.1:${server.port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'event=newCall&from=4930123456&to=4921100000000&direction=in&callId=1&user%5B%5D=Ada',
      });
      expect(response.status).to.equal(200);
      expect(await response.text()).to.contain('<Reject reason="busy"/>');
    } finally {
      await server.stop();
    }
  });
});
