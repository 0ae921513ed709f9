import { expect } from 'chai';
import { NotFoundError, PermissionError, ServerError, ValidationError } from '../../lib/core/errors';
import { createVoicemailsModule } from '../../lib/voicemails';
import { mockApi, recordedRequests } from '../support/api-mock';
import { rejection, testClient } from '../support/module-test-kit';

function voicemailsModule() {
  return createVoicemailsModule(testClient());
}

const voicemail = { id: 'v0', alias: 'Mailbox Ada', belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' } };

describe('voicemails module', () => {
  describe('getVoicemails', () => {
    it('sends GET /voicemails with the statistics headers and returns the items', async () => {
      mockApi()
        .get('/voicemails')
        .reply(200, { items: [voicemail] });
      expect(await voicemailsModule().getVoicemails()).to.deep.equal([voicemail]);
      const [request] = recordedRequests();
      expect(request).to.include({ method: 'GET', path: '/v2/voicemails' });
      expect(request.headers['x-sipgate-client']).to.be.a('string');
      expect(request.headers['x-sipgate-version']).to.be.a('string');
    });

    it('maps 403 to PermissionError with the module message', async () => {
      mockApi().get('/voicemails').reply(403);
      const error = await rejection(voicemailsModule().getVoicemails());
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('voicemails:read');
    });

    it('retries a 503 and then returns the items', async () => {
      mockApi().get('/voicemails').reply(503).get('/voicemails').reply(200, { items: [] });
      expect(await voicemailsModule().getVoicemails()).to.deep.equal([]);
      expect(recordedRequests()).to.have.length(2);
    });

    it('gives up after the retries with ServerError', async () => {
      mockApi().get('/voicemails').times(3).reply(500);
      expect(await rejection(voicemailsModule().getVoicemails())).to.be.instanceOf(ServerError);
      expect(recordedRequests()).to.have.length(3);
    });
  });

  describe('getVoicemail', () => {
    it('sends GET /voicemails/{voicemailId} and returns the details', async () => {
      const details = {
        ...voicemail,
        transcription: true,
        canTranscribe: true,
        activeGreetingId: 'g1',
        accessNumber: '+4921100000',
      };
      mockApi().get('/voicemails/v0').reply(200, details);
      expect(await voicemailsModule().getVoicemail('v0')).to.deep.equal(details);
    });

    it('maps 404 to NotFoundError naming the voicemail', async () => {
      mockApi().get('/voicemails/v4').reply(404);
      const error = await rejection(voicemailsModule().getVoicemail('v4'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as Error).message).to.contain('Voicemail v4 not found');
    });

    for (const bad of ['p0', 'v', 'v-1', '', null]) {
      it(`rejects voicemail id ${JSON.stringify(bad)} without a request`, async () => {
        const scope = mockApi().get(/.*/).reply(200, voicemail);
        const error = await rejection(voicemailsModule().getVoicemail(bad as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'voicemailId');
        expect(scope.isDone()).to.equal(false);
      });
    }
  });

  describe('getPhonelineVoicemails', () => {
    it('sends GET /{userId}/phonelines/{phonelineId}/voicemails and returns the items', async () => {
      const box = { id: 'v0', alias: 'Mailbox', timeout: 20, active: true, transcription: false, canTranscribe: true };
      mockApi()
        .get('/w0/phonelines/p1/voicemails')
        .reply(200, { items: [box] });
      expect(await voicemailsModule().getPhonelineVoicemails('w0', 'p1')).to.deep.equal([box]);
      expect(recordedRequests()[0].path).to.equal('/v2/w0/phonelines/p1/voicemails');
    });

    it('maps 403 to PermissionError (feature not booked)', async () => {
      mockApi().get('/w0/phonelines/p1/voicemails').reply(403);
      const error = await rejection(voicemailsModule().getPhonelineVoicemails('w0', 'p1'));
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('not booked');
    });

    for (const [webuserId, phonelineId, field] of [
      ['p0', 'p1', 'webuserId'],
      ['w0', 'w1', 'phonelineId'],
      ['w0', '', 'phonelineId'],
    ] as const) {
      it(`rejects (${webuserId}, ${JSON.stringify(phonelineId)}) naming ${field}, without a request`, async () => {
        const scope = mockApi().get(/.*/).reply(200, { items: [] });
        const error = await rejection(voicemailsModule().getPhonelineVoicemails(webuserId, phonelineId));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
        expect(scope.isDone()).to.equal(false);
      });
    }
  });
});
