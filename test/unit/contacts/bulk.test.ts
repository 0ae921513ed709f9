/**
 * Bulk operations report exactly what failed, with the items ready to send again; the CSV import keeps what
 * the API can store (e-mail, company, address, more numbers, national numbers) and reports what it drops.
 */
import { expect } from 'chai';
import type { Progress } from '../../../lib/core';
import { BadRequestError, PermissionError } from '../../../lib/core/errors';
import { ContactsBulkError, type ContactImport, type ContactResponse, type ContactsDTO } from '../../../lib/contacts';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { contact, contactsModule, rejection } from '../../fixtures/contacts/contacts-fixtures';

function posted(path: string): unknown[] {
  return recordedRequests()
    .filter((request) => request.method === 'POST' && request.path === `/v2${path}`)
    .map((request) => request.body);
}

function card(name: string, number: string): string {
  return `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${name}\r\nTEL:${number}\r\nEND:VCARD`;
}

describe('contacts bulk failures carry the items to retry', () => {
  it('vCard import: the failed cards come back as ContactImports that create() accepts', async () => {
    mockApi()
      .post('/contacts', (body: ContactsDTO) => body.name !== 'Grace Hopper')
      .times(2)
      .reply(201)
      .post('/contacts', (body: ContactsDTO) => body.name === 'Grace Hopper')
      .reply(400)
      .post('/contacts')
      .reply(201);
    const book = [
      card('Ada Lovelace', '+4921112345'),
      card('Grace Hopper', '0211 123456'),
      card('Alan Turing', '+4421163553355'),
    ];
    const module = contactsModule();
    const error = await rejection(module.importVCardString(book.join('\r\n'), 'PRIVATE'));
    expect(error).to.be.instanceOf(ContactsBulkError);
    const bulk = error as ContactsBulkError<ContactImport>;
    expect(bulk.failures).to.have.length(1);
    expect(bulk.failures[0]).to.include({ index: 1, label: 'Grace Hopper' });
    expect(bulk.failures[0].error).to.be.instanceOf(BadRequestError);
    expect(bulk.failedItems).to.deep.equal([
      {
        firstname: '',
        lastname: '',
        name: 'Grace Hopper',
        numbers: [{ number: '0211 123456', type: [] }],
        emails: [],
        addresses: [],
        organization: [],
      },
    ]);
    // Retrying just the failed one sends the same body again.
    await module.create(bulk.failedItems[0], 'PRIVATE');
    const bodies = posted('/contacts') as ContactsDTO[];
    expect(bodies).to.have.length(4);
    expect(bodies[3]).to.deep.equal(bodies.find((body) => body.name === 'Grace Hopper'));
  });

  it('deleteAllShared: the failed contacts come back as they were read', async () => {
    const s2 = contact('s2', 'SHARED');
    mockApi()
      .get('/contacts')
      .query(true)
      .reply(200, { items: [contact('s1', 'SHARED'), s2], totalCount: 2 })
      .delete('/contacts/s1')
      .reply(204)
      .delete('/contacts/s2')
      .reply(403);
    const error = (await rejection(contactsModule().deleteAllShared())) as ContactsBulkError<ContactResponse>;
    expect(error.failedItems).to.deep.equal([s2]);
    expect(error.failures[0].error).to.be.instanceOf(PermissionError);
  });
});

describe('contacts CSV import keeps what the API can store', () => {
  const csv =
    'First Name;Last Name;Number;E-Mail;Company;Department;Street;City;ZIP;Country;Mobile;Birthday\n' +
    'Ada;Lovelace;0211 1234567;ada@example.com;sipgate;Dev;Gladbacher Str. 74;Düsseldorf;40219;DE;+49 157 999 12345;1815-12-10\n' +
    'Alan;Turing;+4421163553355;not-an-address;;;;;;;;\n' +
    'Grace;Hopper;;;;;;;;;;\n';

  it('creates each contact with e-mail, company, address and more numbers, and reports what it dropped', async () => {
    mockApi().post('/contacts').times(2).reply(201);
    const warnings: string[] = [];
    const progress: Progress[] = [];
    const report = await contactsModule().importFromCsvString(csv, {
      delimiter: ';',
      onWarning: (message) => warnings.push(message),
      onProgress: (p) => progress.push(p),
      concurrency: 1,
    });
    expect(report).to.deep.equal({
      imported: 2,
      method: 'create',
      droppedColumns: ['Birthday'],
      droppedRows: [{ row: 3, reason: '(Grace Hopper) has no number' }],
    });
    expect(posted('/contacts')).to.deep.equal([
      {
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        emails: [{ email: 'ada@example.com', type: [] }],
        numbers: [
          { number: '0211 1234567', type: [] },
          { number: '+4915799912345', type: ['cell'] },
        ],
        addresses: [
          {
            poBox: '',
            extendedAddress: '',
            streetAddress: 'Gladbacher Str. 74',
            locality: 'Düsseldorf',
            region: '',
            postalCode: '40219',
            country: 'DE',
          },
        ],
        organization: [['sipgate', 'Dev']],
        scope: 'PRIVATE',
      },
      {
        name: 'Alan Turing',
        family: 'Turing',
        given: 'Alan',
        emails: [],
        numbers: [{ number: '+4421163553355', type: [] }],
        addresses: [],
        organization: [],
        scope: 'PRIVATE',
      },
    ]);
    expect(warnings).to.include('CSV column(s) Birthday cannot be stored in a contact and were dropped');
    expect(warnings.some((warning) => warning.includes('row 2') && warning.includes('not-an-address'))).to.equal(true);
    expect(progress).to.deep.equal([
      { done: 1, total: 2, failed: 0 },
      { done: 2, total: 2, failed: 0 },
    ]);
  });

  it('uploads national numbers as written when only firstname, lastname and number are given', async () => {
    mockApi().post('/contacts/import/csv').reply(204);
    const progress: Progress[] = [];
    const report = await contactsModule().importFromCsvString(
      'firstname,lastname,number\nAda,Lovelace,0211 123-4567\nAlan,Turing,(0211) 1234568\n',
      { onProgress: (p) => progress.push(p) },
    );
    const [body] = posted('/contacts/import/csv') as Array<{ base64Content: string }>;
    expect(Buffer.from(body.base64Content, 'base64').toString('utf8')).to.equal(
      'firstname,lastname,number\nAda,Lovelace,0211 123-4567\nAlan,Turing,(0211) 1234568',
    );
    expect(report).to.include({ imported: 2, method: 'csv-upload' });
    expect(progress).to.deep.equal([{ done: 2, total: 2, failed: 0 }]);
  });

  it('creates shared contacts one by one, and a failed row comes back to retry', async () => {
    mockApi()
      .post('/contacts', (body: ContactsDTO) => body.given === 'Ada')
      .reply(201)
      .post('/contacts', (body: ContactsDTO) => body.given === 'Alan')
      .reply(500);
    const error = await rejection(
      contactsModule().importFromCsvString(
        'firstname,lastname,number\nAda,Lovelace,+4921112345\nAlan,Turing,+4921112346',
        {
          scope: 'SHARED',
        },
      ),
    );
    const bulk = error as ContactsBulkError<ContactImport>;
    expect(bulk).to.be.instanceOf(ContactsBulkError);
    expect(bulk.failures[0]).to.include({ index: 1, label: 'row 2 (Alan Turing)' });
    expect(bulk.failedItems).to.deep.equal([
      { firstname: 'Alan', lastname: 'Turing', numbers: [{ number: '+4921112346', type: [] }] },
    ]);
    expect((posted('/contacts') as ContactsDTO[]).map((body) => body.scope)).to.deep.equal(['SHARED', 'SHARED']);
  });
});
