/** numbers.getAllNumbers and voicemails.getVoicemails side by side with the official package. */
import { createNumbersModule } from '../../../lib/numbers';
import { createVoicemailsModule } from '../../../lib/voicemails';
import { expectParity, official, officialClient, ourClient } from './parity-kit';

const number = {
  id: 'n1',
  number: '+4921100000000',
  localized: '0211 00000000',
  type: 'LANDLINE',
  endpointId: 'p0',
  endpointAlias: 'Ada',
  endpointUrl: '/w0/phonelines/p0',
  mnpState: { isReleased: false, releasedUntil: '2024-06-01T00:00:00Z' },
};

describe('official parity: numbers', () => {
  for (const [name, pagination] of Object.entries({
    'without pagination': undefined,
    'with offset and limit': { offset: 20, limit: 10 },
  })) {
    it(`getAllNumbers ${name}`, async () => {
      await expectParity(
        (scope) => {
          scope()
            .get('/numbers')
            .query(true)
            .reply(200, { items: [number] });
        },
        () => official.createNumbersModule(officialClient()).getAllNumbers(pagination),
        () => createNumbersModule(ourClient()).getAllNumbers(pagination),
      );
    });
  }
});

describe('official parity: voicemails', () => {
  it('getVoicemails', async () => {
    const voicemail = { id: 'v0', alias: 'Box', belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' } };
    await expectParity(
      (scope) => {
        scope()
          .get('/voicemails')
          .reply(200, { items: [voicemail] });
      },
      () => official.createVoicemailsModule(officialClient()).getVoicemails(),
      () => createVoicemailsModule(ourClient()).getVoicemails(),
    );
  });
});
