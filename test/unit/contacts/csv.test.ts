import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServerError, ValidationError } from '../../../lib/core/errors';
import { utf8ToBase64 } from '../../../lib/core/base64';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { contactsModule, expectNoRequest, rejection } from '../../fixtures/contacts/contacts-fixtures';
import { FIXTURES_DIR } from '../../support/paths';

function uploadedCsv(): string {
  const [request] = recordedRequests();
  expect(request.method).to.equal('POST');
  expect(request.path).to.equal('/v2/contacts/import/csv');
  const body = request.body as { base64Content: string };
  expect(Object.keys(body)).to.deep.equal(['base64Content']);
  return Buffer.from(body.base64Content, 'base64').toString('utf8');
}

describe('contacts CSV import', () => {
  it('re-projects quoted, reordered, UTF-8 CSV to firstname,lastname,number and uploads it as base64', async () => {
    const scope = mockApi().post('/contacts/import/csv').reply(204);
    const warnings: string[] = [];
    const csv = readFileSync(join(FIXTURES_DIR, 'contacts/messy-contacts.csv'), 'utf8');
    await contactsModule().importFromCsvString(csv, { onWarning: (message) => warnings.push(message) });
    expect(scope.isDone()).to.equal(true);
    expect(uploadedCsv()).to.equal(
      'firstname,lastname,number\nAda,"Lovelace, Countess",+4921112345678\nZoë,Müller,+4915799912345',
    );
    expect(warnings).to.deep.equal(['CSV column(s) Notes cannot be stored in a contact and were dropped']);
  });

  it('quotes names with quotes and line breaks in the uploaded CSV', async () => {
    mockApi().post('/contacts/import/csv').reply(204);
    await contactsModule().importFromCsvString('firstname,lastname,number\n"Jo ""JJ""","Smith\nJr.",+4921112345\n');
    expect(uploadedCsv()).to.equal('firstname,lastname,number\n"Jo ""JJ""","Smith\nJr.",+4921112345');
  });

  it('accepts another input delimiter when asked', async () => {
    mockApi().post('/contacts/import/csv').reply(204);
    await contactsModule().importFromCsvString('lastname;firstname;number\nTuring;Alan;+4921163553355', {
      delimiter: ';',
    });
    expect(uploadedCsv()).to.equal('firstname,lastname,number\nAlan,Turing,+4921163553355');
  });

  it('encodes UTF-8 with platform APIs (same bytes as Node Buffer)', () => {
    const text = 'Zoë, Ærøskøbing, 東京, 😀';
    expect(utf8ToBase64(text)).to.equal(Buffer.from(text, 'utf8').toString('base64'));
    const long = 'ë'.repeat(100_000);
    expect(utf8ToBase64(long)).to.equal(Buffer.from(long, 'utf8').toString('base64'));
  });

  it('warns about empty records but imports the rest', async () => {
    mockApi().post('/contacts/import/csv').reply(204);
    const warnings: string[] = [];
    await contactsModule().importFromCsvString('firstname,lastname,number\n,,\nAda,Lovelace,+4921112345\n , ,\n', {
      onWarning: (message) => warnings.push(message),
    });
    expect(uploadedCsv()).to.equal('firstname,lastname,number\nAda,Lovelace,+4921112345');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('row 1').and.contain('empty record');
    expect(warnings[1]).to.contain('row 3');
  });

  it('warns and sends nothing for a header-only string', async () => {
    const scope = mockApi().post('/contacts/import/csv').reply(204);
    const warnings: string[] = [];
    await contactsModule().importFromCsvString('firstname,lastname,number\n', {
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no contacts');
    expectNoRequest(scope);
  });

  it('warns through console.warn when no onWarning callback is given', async () => {
    const original = console.warn;
    const seen: unknown[][] = [];
    console.warn = (...args: unknown[]) => seen.push(args);
    try {
      await contactsModule().importFromCsvString('number,firstname,lastname');
    } finally {
      console.warn = original;
    }
    expect(seen).to.have.length(1);
    expect(String(seen[0][0])).to.contain('no contacts');
  });

  it('names every missing required column', async () => {
    const scope = mockApi().post('/contacts/import/csv').reply(204);
    const error = await rejection(contactsModule().importFromCsvString('name,phone\nAda,+4921112345'));
    expect(error).to.be.instanceOf(ValidationError).with.property('field', 'csvContent');
    expect((error as Error).message).to.contain('firstname, lastname, number');
    const one = await rejection(
      contactsModule().importFromCsvString('firstname,lastname,phone\nAda,Lovelace,+4921112345'),
    );
    expect((one as Error).message).to.match(/missing the column\(s\) number /);
    expectNoRequest(scope);
  });

  it('drops and reports rows with an invalid number or no name, and imports the rest', async () => {
    mockApi().post('/contacts/import/csv').reply(204);
    const warnings: string[] = [];
    const report = await contactsModule().importFromCsvString(
      'firstname,lastname,number\nAda,Lovelace,+4921112345\nAlan,Turing,0211-not-a-number\n,,+4921112346\nGrace,Hopper,\n',
      { onWarning: (message) => warnings.push(message) },
    );
    expect(uploadedCsv()).to.equal('firstname,lastname,number\nAda,Lovelace,+4921112345');
    expect(report).to.deep.equal({
      imported: 1,
      method: 'csv-upload',
      droppedColumns: [],
      droppedRows: [
        { row: 2, reason: '(Alan Turing) has an invalid number "0211-not-a-number"' },
        { row: 3, reason: 'has neither a firstname nor a lastname' },
        { row: 4, reason: '(Grace Hopper) has no number' },
      ],
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('row 2').and.contain('Alan Turing').and.contain('dropped');
  });

  it('strict: refuses an invalid number or a nameless row naming the row, without a request', async () => {
    const scope = mockApi().post('/contacts/import/csv').reply(204);
    const error = await rejection(
      contactsModule().importFromCsvString(
        'firstname,lastname,number\nAda,Lovelace,+4921112345\nAlan,Turing,0211-not-a-number\n',
        { strict: true },
      ),
    );
    expect(error).to.be.instanceOf(ValidationError).with.property('field', 'csvContent[2].number');
    expect((error as Error).message)
      .to.contain('row 2')
      .and.contain('Alan Turing');
    const noName = await rejection(
      contactsModule().importFromCsvString('firstname,lastname,number\n,,+4921112345', { strict: true }),
    );
    expect(noName).to.be.instanceOf(ValidationError).with.property('field', 'csvContent[1].firstname');
    expectNoRequest(scope);
  });

  it('rejects an unclosed quote and text after a closing quote, naming the line', async () => {
    const scope = mockApi().post('/contacts/import/csv').reply(204);
    const quote = await rejection(
      contactsModule().importFromCsvString('firstname,lastname,number\n"Ada,Lovelace,+4921112345'),
    );
    expect(quote).to.be.instanceOf(ValidationError).with.property('field', 'csvContent');
    expect((quote as Error).message).to.contain('line 2');
    const after = await rejection(
      contactsModule().importFromCsvString('firstname,lastname,number\n"Ada"x,Lovelace,+4921112345'),
    );
    expect(after).to.be.instanceOf(ValidationError).with.property('field', 'csvContent');
    expectNoRequest(scope);
  });

  for (const [what, input, options, field] of [
    ['an empty string', '', undefined, 'csvContent'],
    ['a non-string', 42, undefined, 'csvContent'],
    ['a two-character delimiter', 'firstname,lastname,number', { delimiter: '::' }, 'delimiter'],
  ] as const) {
    it(`rejects ${what} without a request`, async () => {
      const scope = mockApi().post('/contacts/import/csv').reply(204);
      const error = await rejection(contactsModule().importFromCsvString(input as never, options as never));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
      expectNoRequest(scope);
    });
  }

  it('maps a 500 answer to ServerError "Invalid CSV string" and sends the POST once', async () => {
    mockApi().post('/contacts/import/csv').reply(500);
    const error = await rejection(
      contactsModule().importFromCsvString('firstname,lastname,number\nAda,Lovelace,+4921112345'),
    );
    expect(error).to.be.instanceOf(ServerError);
    expect((error as Error).message).to.contain('Invalid CSV string');
    expect(recordedRequests()).to.have.length(1);
  });
});
