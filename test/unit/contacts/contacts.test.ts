import { expect } from 'chai';
import nock from 'nock';
import { BadRequestError, NotFoundError, PermissionError, ValidationError } from '../../../lib/core/errors';
import { ContactsBulkError, type ContactResponse } from '../../../lib/contacts';
import { mockApi, recordedRequests } from '../../support/api-mock';
import {
  ada,
  contact,
  contactsModule,
  expectNoRequest,
  rejection,
  zoe,
} from '../../fixtures/contacts/contacts-fixtures';

describe('contacts module', () => {
  describe('import / create', () => {
    it('sends POST /contacts with the CreateContactRequest body and the statistics headers', async () => {
      const scope = mockApi().post('/contacts').reply(201);
      await contactsModule().import(
        {
          firstname: 'Ada',
          lastname: 'Lovelace',
          phone: { number: '0049 211 123-45678', type: ['work'] },
          email: { email: ' ada@example.com ', type: ['home'] },
          address: { streetAddress: 'Gladbacher Str. 74', postalCode: '40219', locality: 'Düsseldorf', country: 'DE' },
          organization: ['sipgate', 'Dev'],
        },
        'SHARED',
      );
      expect(scope.isDone()).to.equal(true);
      const [request] = recordedRequests();
      expect(request.method).to.equal('POST');
      expect(request.path).to.equal('/v2/contacts');
      expect(request.body).to.deep.equal({
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        emails: [{ email: 'ada@example.com', type: ['home'] }],
        numbers: [{ number: '+4921112345678', type: ['work'] }],
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
        scope: 'SHARED',
      });
      expect(request.headers['x-sipgate-client']).to.be.a('string');
      expect(request.headers['x-sipgate-version']).to.be.a('string');
    });

    it('create (official name) sends several numbers, e-mails and organisations and the picture', async () => {
      mockApi().post('/contacts').reply(201);
      await contactsModule().create(
        {
          firstname: 'Zoë',
          lastname: '',
          numbers: [
            { number: '+31201234567', type: ['home'] },
            { number: '+4915799912345', type: [] },
          ],
          emails: [{ email: 'zoe@example.org', type: [] }],
          organization: [['ACME'], ['sipgate', 'Dev']],
          picture: 'https://example.org/zoe.png',
        },
        'PRIVATE',
      );
      expect(recordedRequests()[0].body).to.deep.equal({
        name: 'Zoë',
        family: '',
        given: 'Zoë',
        emails: [{ email: 'zoe@example.org', type: [] }],
        numbers: [
          { number: '+31201234567', type: ['home'] },
          { number: '+4915799912345', type: [] },
        ],
        addresses: [],
        organization: [['ACME'], ['sipgate', 'Dev']],
        picture: 'https://example.org/zoe.png',
        scope: 'PRIVATE',
      });
    });

    it('maps 403 to PermissionError naming the contacts scope', async () => {
      mockApi().post('/contacts').reply(403);
      const error = await rejection(
        contactsModule().import(
          { firstname: 'A', lastname: 'B', phone: { number: '+4921112345', type: [] } },
          'PRIVATE',
        ),
      );
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('contacts:write');
    });

    it('maps 400 to BadRequestError', async () => {
      mockApi().post('/contacts').reply(400);
      const error = await rejection(contactsModule().import({ firstname: 'A', lastname: 'B' }, 'PRIVATE'));
      expect(error).to.be.instanceOf(BadRequestError);
      expect((error as Error).message).to.contain('Invalid contact');
    });

    const invalid: Array<[string, unknown, unknown, string]> = [
      ['an unknown scope', { firstname: 'A', lastname: 'B' }, 'PUBLIC', 'scope'],
      ['the INTERNAL scope', { firstname: 'A', lastname: 'B' }, 'INTERNAL', 'scope'],
      ['no name at all', { firstname: ' ', lastname: '' }, 'PRIVATE', 'contact.firstname'],
      ['a numeric firstname', { firstname: 5, lastname: 'B' }, 'PRIVATE', 'contact.firstname'],
      [
        'a number that is not E.164',
        { firstname: 'A', lastname: 'B', phone: { number: '12ab', type: [] } },
        'PRIVATE',
        'contact.numbers[0].number',
      ],
      [
        'a bad second number',
        {
          firstname: 'A',
          lastname: 'B',
          numbers: [
            { number: '+4921112345', type: [] },
            { number: '', type: [] },
          ],
        },
        'PRIVATE',
        'contact.numbers[1].number',
      ],
      [
        'an e-mail without @',
        { firstname: 'A', lastname: 'B', email: { email: 'ada.example.com', type: [] } },
        'PRIVATE',
        'contact.emails[0].email',
      ],
      [
        'number types that are not strings',
        { firstname: 'A', lastname: 'B', phone: { number: '+4921112345', type: [1] } },
        'PRIVATE',
        'contact.numbers[0].type',
      ],
      [
        'an address that is a string',
        { firstname: 'A', lastname: 'B', address: 'Main St' },
        'PRIVATE',
        'contact.addresses[0]',
      ],
      [
        'a mixed organization',
        { firstname: 'A', lastname: 'B', organization: ['x', ['y']] },
        'PRIVATE',
        'contact.organization[0]',
      ],
      ['a contact that is not an object', null, 'PRIVATE', 'contact'],
    ];
    for (const [what, input, scopeValue, field] of invalid) {
      it(`rejects ${what} without a request`, async () => {
        const scope = mockApi().post('/contacts').reply(201);
        const error = await rejection(contactsModule().import(input as never, scopeValue as never));
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field).to.equal(field);
        expectNoRequest(scope);
      });
    }
  });

  describe('update, delete, deleteAllPrivate', () => {
    it('update sends PUT /contacts/{id} with the UpdateContactRequest body', async () => {
      mockApi().put('/contacts/c-ada').reply(204);
      await contactsModule().update({ ...ada, scope: 'SHARED' });
      expect(recordedRequests()[0].body).to.deep.equal({
        id: 'c-ada',
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        emails: ada.emails,
        numbers: ada.numbers,
        addresses: ada.addresses,
        organization: ada.organization,
        scope: 'SHARED',
      });
    });

    it('update rejects an INTERNAL contact and a missing id without a request', async () => {
      const scope = mockApi()
        .put(/\/contacts\/.*/)
        .reply(204);
      const internal = await rejection(contactsModule().update({ ...ada, scope: 'INTERNAL' as never }));
      expect(internal).to.be.instanceOf(ValidationError).with.property('field', 'contact.scope');
      const noId = await rejection(contactsModule().update({ ...ada, scope: 'SHARED', id: '' }));
      expect(noId).to.be.instanceOf(ValidationError).with.property('field', 'contact.id');
      expectNoRequest(scope);
    });

    it('delete sends DELETE /contacts/{id} with the id encoded and maps 404', async () => {
      mockApi().delete('/contacts/a%2Fb').reply(204).delete('/contacts/gone').reply(404);
      await contactsModule().delete('a/b');
      expect(recordedRequests()[0].path).to.equal('/v2/contacts/a%2Fb');
      const error = await rejection(contactsModule().delete('gone'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as Error).message).to.contain('Contact gone could not be found');
    });

    it('delete rejects an empty id without a request', async () => {
      nock.disableNetConnect();
      const error = await rejection(contactsModule().delete(''));
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'id');
      expect(recordedRequests()).to.have.length(0);
    });

    it('deleteAllPrivate sends DELETE /contacts', async () => {
      const scope = mockApi().delete('/contacts').reply(204);
      await contactsModule().deleteAllPrivate();
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()[0]).to.include({ method: 'DELETE', path: '/v2/contacts' });
    });
  });

  describe('deleteAllShared', () => {
    it('collects shared contacts from every page first, then deletes each of them', async () => {
      mockApi()
        .get('/contacts')
        .query({ offset: '0', limit: '2' })
        .reply(200, { items: [contact('s1', 'SHARED'), contact('p1')], totalCount: 6 })
        .get('/contacts')
        .query({ offset: '2', limit: '2' })
        .reply(200, { items: [contact('p2'), contact('s2', 'SHARED')], totalCount: 6 })
        .get('/contacts')
        .query({ offset: '4', limit: '2' })
        .reply(200, { items: [contact('s3', 'SHARED'), contact('i1', 'INTERNAL')], totalCount: 6 })
        .delete('/contacts/s1')
        .reply(204)
        .delete('/contacts/s2')
        .reply(204)
        .delete('/contacts/s3')
        .reply(204);
      const progress: number[] = [];
      await contactsModule().deleteAllShared({ pageSize: 2, onProgress: (p) => progress.push(p.done) });
      const requests = recordedRequests();
      expect(requests.slice(0, 3).every((request) => request.method === 'GET')).to.equal(true);
      const deleted = requests.filter((request) => request.method === 'DELETE').map((request) => request.path);
      expect(deleted.sort()).to.deep.equal(['/v2/contacts/s1', '/v2/contacts/s2', '/v2/contacts/s3']);
      expect(progress).to.deep.equal([1, 2, 3]);
    });

    it('tries every contact and reports the failed ones in one ContactsBulkError', async () => {
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, {
          items: [contact('s1', 'SHARED'), contact('s2', 'SHARED'), contact('s3', 'SHARED')],
          totalCount: 3,
        })
        .delete('/contacts/s1')
        .reply(204)
        .delete('/contacts/s2')
        .reply(403)
        .delete('/contacts/s3')
        .reply(204);
      const error = await rejection(contactsModule().deleteAllShared());
      expect(error).to.be.instanceOf(ContactsBulkError);
      const bulk = error as ContactsBulkError;
      expect(bulk.failures.map((failure) => failure.index)).to.deep.equal([1]);
      expect(bulk.failures[0].error).to.be.instanceOf(PermissionError);
      expect(bulk.succeeded).to.equal(2);
      expect(bulk.message).to.contain('s2');
      expect(recordedRequests().filter((request) => request.method === 'DELETE')).to.have.length(3);
    });
  });

  describe('exportAsObjects, get and paginatedGet', () => {
    // 5000 is the page size the SDK asks for; a second page proves filtering happens after all pages are read.
    function twoServerPages() {
      const firstPage = Array.from({ length: 5000 }, (_, index) =>
        contact(`p${index}`, index === 10 ? 'SHARED' : 'PRIVATE'),
      );
      return mockApi()
        .get('/contacts')
        .query({ offset: '0', limit: '5000' })
        .reply(200, { items: firstPage, totalCount: 5003 })
        .get('/contacts')
        .query({ offset: '5000', limit: '5000' })
        .reply(200, {
          items: [contact('s2', 'SHARED'), contact('i1', 'INTERNAL'), contact('s3', 'SHARED')],
          totalCount: 5003,
        });
    }

    it('filters the scope across every server page', async () => {
      const scope = twoServerPages();
      const shared = await contactsModule().exportAsObjects('SHARED');
      expect(shared.map((item) => item.id)).to.deep.equal(['p10', 's2', 's3']);
      expect(scope.isDone()).to.equal(true);
    });

    it('paginatedGet cuts full pages from the filtered list and says hasMore correctly', async () => {
      twoServerPages();
      const page = await contactsModule().paginatedGet('SHARED', { offset: 0, limit: 2 });
      expect(page.response.map((item) => item.id)).to.deep.equal(['p10', 's2']);
      expect(page.hasMore).to.equal(true);
      twoServerPages();
      const last = await contactsModule().paginatedGet('SHARED', { offset: 2, limit: 2 });
      expect(last.response.map((item) => item.id)).to.deep.equal(['s3']);
      expect(last.hasMore).to.equal(false);
    });

    it('passes pagination of scope ALL to the server and uses totalCount for hasMore', async () => {
      mockApi()
        .get('/contacts')
        .query({ offset: '10', limit: '2' })
        .reply(200, { items: [contact('a'), contact('b', 'INTERNAL')], totalCount: 13 });
      const page = await contactsModule().paginatedGet('ALL', { offset: 10, limit: 2 });
      expect(page.response.map((item) => item.id)).to.deep.equal(['a', 'b']);
      expect(page.hasMore).to.equal(true);
      expect(recordedRequests()).to.have.length(1);
    });

    it('sends the phone number filter as repeated, normalised keys', async () => {
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, { items: [zoe], totalCount: 1 });
      const result = await contactsModule().get('PRIVATE', undefined, {
        phonenumbers: ['0031 20 1234567', '+4921112345'],
      });
      expect(result).to.deep.equal([zoe]);
      expect(recordedRequests()[0].query).to.deep.equal({
        phonenumbers: ['+31201234567', '+4921112345'],
        offset: '0',
        limit: '5000',
      });
    });

    it('exportAsJSON returns the official shape: contacts with string lists, and the count of the scope', async () => {
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, { items: [ada, zoe], totalCount: 2 });
      expect(JSON.parse(await contactsModule().exportAsJSON('PRIVATE'))).to.deep.equal({
        contacts: [
          {
            id: 'c-zoe',
            name: 'Zoë van der Berg',
            emails: ['zoe@example.org', 'zoe.work@example.org'],
            numbers: ['+31201234567'],
            addresses: [],
            organizations: [],
            scope: 'PRIVATE',
          },
        ],
        totalCount: 1,
      });
    });

    it('maps 403 on GET to PermissionError', async () => {
      mockApi().get('/contacts').query(true).reply(403);
      const error = await rejection(contactsModule().exportAsObjects('ALL'));
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('contacts:read');
    });

    const invalid: Array<[string, () => Promise<unknown>, string]> = [
      ['an unknown scope', () => contactsModule().exportAsObjects('EVERYONE' as never), 'scope'],
      ['a negative offset', () => contactsModule().paginatedGet('ALL', { offset: -5 }), 'pagination.offset'],
      ['a fractional limit', () => contactsModule().get('ALL', { limit: 0.5 }), 'pagination.limit'],
      [
        'a bad filter number',
        () => contactsModule().get('ALL', undefined, { phonenumbers: ['abc'] }),
        'filter.phonenumbers[0]',
      ],
      [
        'a filter without phonenumbers',
        () => contactsModule().get('ALL', undefined, {} as never),
        'filter.phonenumbers',
      ],
    ];
    for (const [what, call, field] of invalid) {
      it(`rejects ${what} without a request`, async () => {
        const scope = mockApi().get('/contacts').query(true).reply(200, { items: [], totalCount: 0 });
        const error = await rejection(call());
        expect(error).to.be.instanceOf(ValidationError).with.property('field', field);
        expectNoRequest(scope);
      });
    }
  });

  describe('exportAsCsv', () => {
    it('writes the official layout by default: quoted cells, JSON lists, no scope column', async () => {
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, { items: [ada, zoe, contact('x', 'INTERNAL')], totalCount: 3 });
      const csv = await contactsModule().exportAsCsv('SHARED', ';');
      expect(csv).to.equal(
        '"id";"name";"emails";"numbers";"addresses";"organizations"\n' +
          '"c-ada";"Ada Lovelace";"[""ada@example.com""]";"[""+4921112345678"",""+4915799912345""]";' +
          '"[{""poBox"":"""",""extendedAddress"":""Floor 2"",""streetAddress"":""Gladbacher Str. 74"",' +
          '""locality"":""Düsseldorf"",""region"":""NRW"",""postalCode"":""40219"",""country"":""Germany""}]";' +
          '"[[""sipgate"",""Dev; Research""]]"',
      );
    });

    it('writes JSON cells as JSON.stringify does, with escaped keys and values, in every row', async () => {
      const addresses = [{ 'we"ird\\key': 'va"l\u0001ue', streetAddress: 'Str. 1', ü: '' }];
      const items = [1, 2].map((n) => contact(`a${n}`, 'SHARED', { addresses } as never));
      mockApi().get('/contacts').query(true).reply(200, { items, totalCount: 2 });
      const rows = (await contactsModule().exportAsCsv('ALL')).split('\n').slice(1);
      const cell = `"${JSON.stringify(addresses).replaceAll('"', '""')}"`;
      expect(rows).to.have.length(2);
      for (const row of rows) expect(row).to.include(`,${cell},`);
    });

    it('writes the flat layout on request: lists as text, a scope column, quoting only where needed', async () => {
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, { items: [ada, zoe, contact('x', 'INTERNAL')], totalCount: 3 });
      const csv = await contactsModule().exportAsCsv('SHARED', ';', undefined, undefined, { format: 'flat' });
      expect(csv).to.equal(
        'id;name;emails;numbers;addresses;organization;scope\n' +
          'c-ada;Ada Lovelace;ada@example.com;+4921112345678 | +4915799912345;' +
          'Floor 2, Gladbacher Str. 74, 40219 Düsseldorf, NRW, Germany;"sipgate, Dev; Research";SHARED',
      );
    });

    it('defuses formula cells in both layouts and keeps phone numbers in the number column', async () => {
      const reply = { items: [contact('f', 'PRIVATE', { name: '=HYPERLINK("x")' })], totalCount: 1 };
      mockApi().get('/contacts').query(true).times(2).reply(200, reply);
      const official = await contactsModule().exportAsCsv('ALL');
      expect(official.split('\n')[1]).to.equal(`"f","'=HYPERLINK(""x"")","[]","[""+4921100000000""]","[]","[]"`);
      const flat = await contactsModule().exportAsCsv('ALL', ',', undefined, undefined, { format: 'flat' });
      expect(flat.split('\n')[1]).to.equal(`f,"'=HYPERLINK(""x"")",,+4921100000000,,,PRIVATE`);
    });

    it('defuses a formula hidden in the number column of the flat layout', async () => {
      const numbers = [
        { number: '+4921100000000', type: [] },
        { number: "-2+3+cmd|' /C calc'!A0", type: [] },
      ];
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, { items: [contact('f', 'PRIVATE', { numbers })], totalCount: 1 });
      const flat = await contactsModule().exportAsCsv('ALL', ',', undefined, undefined, { format: 'flat' });
      expect(flat.split('\n')[1]).to.contain(`,'+4921100000000 | -2+3+cmd|' /C calc'!A0,`);
    });

    it('rejects an unknown format without a request', async () => {
      const scope = mockApi().get('/contacts').query(true).reply(200, { items: [], totalCount: 0 });
      const error = await rejection(
        contactsModule().exportAsCsv('ALL', ',', undefined, undefined, { format: 'xlsx' as never }),
      );
      expect(error).to.be.instanceOf(ValidationError).with.property('field', 'options.format');
      expectNoRequest(scope);
    });

    it('paginatedExportAsCsv reports hasMore', async () => {
      mockApi()
        .get('/contacts')
        .query(true)
        .reply(200, { items: [zoe, contact('p2')], totalCount: 2 });
      const page = await contactsModule().paginatedExportAsCsv('PRIVATE', ',', { offset: 0, limit: 1 });
      expect(page.hasMore).to.equal(true);
      expect(page.response.split('\n')).to.have.length(2);
    });

    for (const delimiter of ['', ';;', '"', '\n', 5]) {
      it(`rejects the delimiter ${JSON.stringify(delimiter)} without a request`, async () => {
        const scope = mockApi().get('/contacts').query(true).reply(200, { items: [], totalCount: 0 });
        const error = await rejection(contactsModule().exportAsCsv('ALL', delimiter as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'delimiter');
        expectNoRequest(scope);
      });
    }
  });

  describe('iterate', () => {
    it('walks three pages and stops on totalCount', async () => {
      const scope = mockApi()
        .get('/contacts')
        .query({ offset: '0', limit: '2' })
        .reply(200, { items: [contact('a'), contact('b')], totalCount: 6 })
        .get('/contacts')
        .query({ offset: '2', limit: '2' })
        .reply(200, { items: [contact('c'), contact('d')], totalCount: 6 })
        .get('/contacts')
        .query({ offset: '4', limit: '2' })
        .reply(200, { items: [contact('e'), contact('f')], totalCount: 6 });
      const ids: string[] = [];
      for await (const item of contactsModule().iterate({ pageSize: 2 })) ids.push(item.id);
      expect(ids).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(scope.isDone()).to.equal(true);
      expect(recordedRequests()).to.have.length(3);
    });

    it('yields only the requested scope and sends the filter', async () => {
      mockApi()
        .get('/contacts')
        .query({ phonenumbers: '+4921112345', offset: '0', limit: '5000' })
        .reply(200, { items: [contact('a'), contact('s', 'SHARED'), contact('b')], totalCount: 3 });
      const found: ContactResponse[] = [];
      for await (const item of contactsModule().iterate({ scope: 'SHARED', filter: { phonenumbers: ['+4921112345'] } }))
        found.push(item);
      expect(found.map((item) => item.id)).to.deep.equal(['s']);
    });

    it('rejects a bad page size or scope at the call, before any request', () => {
      const scope = mockApi().get('/contacts').query(true).reply(200, { items: [], totalCount: 0 });
      expect(() => contactsModule().iterate({ pageSize: 0 }))
        .to.throw(ValidationError)
        .with.property('field', 'pageSize');
      expect(() => contactsModule().iterate({ scope: 'NONE' as never }))
        .to.throw(ValidationError)
        .with.property('field', 'options.scope');
      expectNoRequest(scope);
    });
  });
});
