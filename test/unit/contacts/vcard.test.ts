import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AbortError, ServerError, ValidationError } from '../../../lib/core/errors';
import type { Progress } from '../../../lib/core';
import { ContactsBulkError, type ContactResponse, type ContactsDTO } from '../../../lib/contacts';
import { mockApi, recordedRequests } from '../../support/api-mock';
import {
  ada,
  contact,
  contactsModule,
  expectNoRequest,
  rejection,
  zoe,
} from '../../fixtures/contacts/contacts-fixtures';
import { FIXTURES_DIR } from '../../support/paths';

function postedBodies(): ContactsDTO[] {
  return recordedRequests()
    .filter((request) => request.method === 'POST' && request.path === '/v2/contacts')
    .map((request) => request.body as ContactsDTO)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function card(index: number): string {
  return `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person ${index}\r\nN:${index};Person;;;\r\nTEL:+492111234${String(index).padStart(2, '0')}\r\nEND:VCARD`;
}

describe('contacts vCard import', () => {
  it('creates one contact per card (4.0 and 3.0, several TEL/EMAIL/ADR, no ORG needed, LF line breaks)', async () => {
    const scope = mockApi().post('/contacts').times(2).reply(201);
    const progress: Progress[] = [];
    const vcf = readFileSync(join(FIXTURES_DIR, 'contacts/two-cards.vcf'), 'utf8');
    await contactsModule().importVCardString(vcf, 'SHARED', { onProgress: (p) => progress.push(p) });
    expect(scope.isDone()).to.equal(true);
    expect(postedBodies()).to.deep.equal([
      {
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        emails: [
          { email: 'ada@example.com', type: ['work'] },
          { email: 'ada@home.example', type: [] },
        ],
        numbers: [
          { number: '+4921112345678', type: ['work', 'voice'] },
          { number: '+4915799912345', type: ['cell'] },
        ],
        addresses: [
          {
            poBox: '',
            extendedAddress: 'Floor 2',
            streetAddress: 'Gladbacher Str. 74',
            locality: 'Düsseldorf',
            region: 'NRW',
            postalCode: '40219',
            country: 'Germany',
          },
          {
            poBox: '',
            extendedAddress: '',
            streetAddress: '12 St James, Square',
            locality: 'London',
            region: '',
            postalCode: 'SW1',
            country: 'UK',
          },
        ],
        organization: [['sipgate', 'Dev; Research']],
        scope: 'SHARED',
      },
      {
        name: 'Alan Turing',
        family: 'Turing',
        given: 'Alan',
        emails: [],
        numbers: [{ number: '+4421163553355', type: ['home'] }],
        addresses: [],
        organization: [],
        scope: 'SHARED',
      },
    ]);
    expect(progress).to.deep.equal([
      { done: 1, total: 2, failed: 0 },
      { done: 2, total: 2, failed: 0 },
    ]);
  });

  it('never has more requests in flight than the concurrency limit', async () => {
    const total = 10;
    const limit = 3;
    let inFlight = 0;
    let maxInFlight = 0;
    let answered = 0;
    let held: Array<() => void> = [];
    // Replies are held until as many requests wait as the limit allows (or all that are left):
    // if the module sent more at once, inFlight would exceed the limit; if fewer, it would hang.
    mockApi()
      .post('/contacts')
      .times(total)
      .reply((_uri, _body, callback) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        held.push(() => {
          inFlight -= 1;
          answered += 1;
          callback(null, [201, '']);
        });
        if (held.length === Math.min(limit, total - answered)) {
          const release = held;
          held = [];
          release.forEach((reply) => reply());
        }
      });
    const progress: number[] = [];
    const book = Array.from({ length: total }, (_, index) => card(index)).join('\r\n');
    await contactsModule().importVCardString(book, 'PRIVATE', {
      concurrency: limit,
      onProgress: (p) => progress.push(p.done),
    });
    expect(maxInFlight).to.equal(limit);
    expect(recordedRequests()).to.have.length(total);
    expect(progress).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('sends every card and reports the failed ones together in one ContactsBulkError', async () => {
    mockApi()
      .post('/contacts', (body: ContactsDTO) => body.name !== 'Person 1')
      .times(2)
      .reply(201)
      .post('/contacts', (body: ContactsDTO) => body.name === 'Person 1')
      .reply(500);
    const progress: Progress[] = [];
    const error = await rejection(
      contactsModule().importVCardString([card(0), card(1), card(2)].join('\r\n'), 'PRIVATE', {
        onProgress: (p) => progress.push(p),
      }),
    );
    expect(error).to.be.instanceOf(ContactsBulkError);
    const bulk = error as ContactsBulkError;
    expect(bulk.failures).to.have.length(1);
    expect(bulk.failures[0]).to.include({ index: 1, label: 'Person 1' });
    expect(bulk.failures[0].error).to.be.instanceOf(ServerError);
    expect(bulk.succeeded).to.equal(2);
    expect(bulk.message).to.contain('1 of 3 failed');
    expect(recordedRequests()).to.have.length(3);
    expect(progress[progress.length - 1]).to.deep.equal({ done: 3, total: 3, failed: 1 });
  });

  it('reports a cancelled import as AbortError, not as one failure per card', async () => {
    const scope = mockApi().post('/contacts').times(3).reply(201);
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      contactsModule().importVCardString([card(0), card(1), card(2)].join('\r\n'), 'PRIVATE', {
        signal: controller.signal,
      }),
    );
    expect(error).to.be.instanceOf(AbortError);
    expect(error).not.to.be.instanceOf(ContactsBulkError);
    expectNoRequest(scope);
  });

  it('checks every card before sending anything: a card without TEL names its position', async () => {
    const scope = mockApi().post('/contacts').reply(201);
    const noTel = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No Phone\r\nEND:VCARD';
    const error = await rejection(contactsModule().importVCardString([card(0), noTel].join('\r\n'), 'PRIVATE'));
    expect(error).to.be.instanceOf(ValidationError).with.property('field', 'vcardContent[2]');
    expect((error as Error).message)
      .to.contain('No Phone')
      .and.contain('TEL');
    expectNoRequest(scope);
  });

  const invalid: Array<[string, unknown, unknown, string]> = [
    [
      'an invalid number in a card',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nTEL:0211\r\nEND:VCARD',
      'PRIVATE',
      'vcardContent[1].numbers[0].number',
    ],
    [
      'a card without a name',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nTEL:+4921112345\r\nEND:VCARD',
      'PRIVATE',
      'vcardContent[1]',
    ],
    ['a vCard 2.1', 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nTEL:+4921112345\r\nEND:VCARD', 'PRIVATE', 'vcardContent[1]'],
    ['a card without END', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nTEL:+4921112345', 'PRIVATE', 'vcardContent[1]'],
    ['text that is no vCard', 'hello', 'PRIVATE', 'vcardContent'],
    ['an empty string', '', 'PRIVATE', 'vcardContent'],
    ['a bad scope', card(1), 'ALL', 'scope'],
    ['a bad concurrency', card(1), 'PRIVATE', 'concurrency'],
  ];
  for (const [what, input, scopeValue, field] of invalid) {
    it(`rejects ${what} without a request`, async () => {
      const scope = mockApi().post('/contacts').reply(201);
      const options = field === 'concurrency' ? { concurrency: 0 } : undefined;
      const error = await rejection(contactsModule().importVCardString(input as string, scopeValue as never, options));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
      expectNoRequest(scope);
    });
  }
});

describe('contacts vCard export', () => {
  it('writes a standard vCard 4.0 with FN, N, typed TEL and EMAIL, a 7-part ADR and ORG, escaping values', async () => {
    mockApi()
      .get('/contacts')
      .query(true)
      .reply(200, { items: [ada, zoe], totalCount: 2 });
    const cards = await contactsModule().exportAsVCards('SHARED');
    expect(cards).to.have.length(1);
    expect(cards[0].split('\r\n')).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ada Lovelace',
      'N:Lovelace;Ada;;;',
      'TEL;TYPE=work:+4921112345678',
      'TEL;TYPE=cell:+4915799912345',
      'EMAIL;TYPE=work:ada@example.com',
      'ADR:;Floor 2;Gladbacher Str. 74;Düsseldorf;NRW;40219;Germany',
      'ORG:sipgate;Dev\\; Research',
      'END:VCARD',
    ]);
  });

  it('writes one address book with one card per contact of the scope', async () => {
    mockApi()
      .get('/contacts')
      .query(true)
      .reply(200, { items: [ada, zoe, contact('p2')], totalCount: 3 });
    const book = await contactsModule().exportAsSingleVCard('PRIVATE');
    expect(book.match(/^BEGIN:VCARD$/gm)).to.have.length(2);
    expect(book.match(/^END:VCARD$/gm)).to.have.length(2);
    expect(book).to.contain('FN:Zoë van der Berg\r\nN:Berg;Zoë van der;;;');
    expect(book).not.to.contain('Ada');
  });

  it('round-trips: exported cards import as the same contacts', async () => {
    const tricky: ContactResponse = contact('t1', 'PRIVATE', {
      name: 'Jean-Luc Picard, Jr.',
      emails: [{ email: 'jl@example.com', type: ['home'] }],
      addresses: [
        {
          poBox: 'PO 1',
          extendedAddress: '',
          streetAddress: 'Line 1\nLine 2; rear',
          locality: 'La Barre',
          region: '',
          postalCode: '123',
          country: 'FR',
        },
      ],
      organization: [['Starfleet', 'Enterprise, NCC-1701-D'], ['Vineyard']],
    });
    const originals = [ada, zoe, tricky];
    mockApi()
      .get('/contacts')
      .query(true)
      .reply(200, { items: originals, totalCount: 3 })
      .post('/contacts')
      .times(3)
      .reply(201);
    const book = await contactsModule().exportAsSingleVCard('ALL');
    await contactsModule().importVCardString(book, 'PRIVATE');
    const imported = postedBodies();
    const expected = [...originals].sort((a, b) => a.name.localeCompare(b.name));
    expect(
      imported.map(({ name, numbers, emails, addresses, organization }) => ({
        name,
        numbers,
        emails,
        addresses,
        organization,
      })),
    ).to.deep.equal(
      expected.map(({ name, numbers, emails, addresses, organization }) => ({
        name,
        numbers,
        emails,
        addresses,
        organization,
      })),
    );
  });
});
