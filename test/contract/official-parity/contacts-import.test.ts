/**
 * Contacts CSV import side by side with the official package: the national numbers address books hold are
 * uploaded as written, in the same request. Ours returns a report where the official returns nothing
 * (README "Differences from sipgateio").
 */
import { expect } from 'chai';
import { createContactsModule } from '../../../lib/contacts';
import { official, officialClient, ourClient, runBoth, type Interceptors } from './parity-kit';

const uploaded: Interceptors = (scope) => {
  scope().post('/contacts/import/csv').reply(204);
};

describe('official parity: contacts CSV import', () => {
  const files = {
    'national and international numbers':
      'firstname,lastname,number\nAda,Lovelace,02111234567\nAlan,Turing,+4915799912345',
    'columns in another order, a Windows line end': 'number,lastname,firstname\r\n0301234567,Hopper,Grace\r\n',
  };
  for (const [name, csv] of Object.entries(files)) {
    it(`importFromCsvString: ${name}: the same upload`, async () => {
      const { official: theirs, ours } = await runBoth(
        uploaded,
        () => official.createContactsModule(officialClient()).importFromCsvString(csv),
        () => createContactsModule(ourClient()).importFromCsvString(csv, { onWarning: () => undefined }),
      );
      if (theirs.error || ours.error) throw theirs.error ?? ours.error;
      expect(ours.requests).to.deep.equal(theirs.requests);
      expect(theirs.result).to.equal(undefined);
      expect(ours.result).to.deep.include({ method: 'csv-upload', imported: csv.trim().split('\n').length - 1 });
    });
  }
});
