import { expect } from 'chai';
import { isIsoDateTime, reviveDate, reviveDateFields } from '../../../lib/core/dates';
import { serializeQuery } from '../../../lib/core/query';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { testClient } from '../../support/module-test-kit';

const client = testClient;

describe('core: dates and query strings', () => {
  describe('response dates', () => {
    it('turns the declared date fields into Dates at any depth and leaves every other string alone', async () => {
      mockApi()
        .get('/history')
        .reply(200, {
          items: [
            {
              id: '1',
              created: '2024-03-01T12:30:00Z',
              lastModified: '2024-03-01T14:30:00.123+02:00',
              note: 'call back 2024-03-01T12:30:00Z please',
              subject: '2024-03-01T12:30:00Z',
              source: '+4921100000',
              labels: ['2024-03-01', '12:30', '2024-03-01T12:30:00'],
              nested: [{ when: '2024-12-31T23:59:59.5-0100' }],
            },
          ],
          totalCount: 1,
        });
      const body = await client().get<{ items: Array<Record<string, unknown>>; totalCount: number }>('/history', {
        dateFields: ['items[].created', 'items[].lastModified', 'items[].nested[].when', 'items[].labels[]'],
      });
      const [entry] = body.items;
      expect(entry.created).to.be.instanceOf(Date);
      expect((entry.created as Date).toISOString()).to.equal('2024-03-01T12:30:00.000Z');
      expect((entry.lastModified as Date).toISOString()).to.equal('2024-03-01T12:30:00.123Z');
      expect((entry.nested as Array<{ when: Date }>)[0].when.toISOString()).to.equal('2025-01-01T00:59:59.500Z');
      expect(entry.note).to.equal('call back 2024-03-01T12:30:00Z please');
      expect(entry.source).to.equal('+4921100000');
      // Looks like a date-time, but the API does not document it as one: text stays text.
      expect(entry.subject).to.equal('2024-03-01T12:30:00Z');
      // A date without time, a bare time and a date-time without zone are ambiguous: kept as text.
      expect(entry.labels).to.deep.equal(['2024-03-01', '12:30', '2024-03-01T12:30:00']);
      expect(body.totalCount).to.equal(1);
    });

    it('keeps strings when parseDates is false', async () => {
      mockApi()
        .get('/history')
        .reply(200, { items: [{ created: '2024-03-01T12:30:00Z' }] });
      const body = await client().get<{ items: Array<{ created: unknown }> }>('/history', {
        parseDates: false,
        dateFields: ['items[].created'],
      });
      expect(body.items[0].created).to.equal('2024-03-01T12:30:00Z');
    });

    it('leaves an impossible date as a string and keeps numbers, booleans and null', () => {
      expect(
        reviveDateFields({ a: '2024-13-45T99:99:00Z', b: 1, c: true, d: null }, ['a', 'b', 'c', 'd']),
      ).to.deep.equal({
        a: '2024-13-45T99:99:00Z',
        b: 1,
        c: true,
        d: null,
      });
      expect(isIsoDateTime('2024-03-01T12:30Z')).to.equal(true);
      expect(isIsoDateTime(' 2024-03-01T12:30:00Z')).to.equal(false);
    });
  });

  describe('the digit-by-digit fast path for the API shape', () => {
    /** What the general path (the ISO pattern plus the engine's parser) makes of a string. */
    function general(text: string): number | string {
      if (!isIsoDateTime(text)) return text;
      const time = new Date(text).getTime();
      return Number.isNaN(time) ? text : time;
    }
    const result = (value: unknown): number | string => (value instanceof Date ? value.getTime() : (value as string));

    it('gives exactly what the general path gives, on edge cases and on random variations', () => {
      const cases = [
        '2024-03-01T12:30:00Z',
        '2024-03-01T12:30:00.123Z',
        '2024-02-28T23:59:59.999Z',
        '2024-02-29T10:00:00Z',
        '2023-02-30T10:00:00Z',
        '2024-02-29T24:00:00Z',
        '2024-01-01T10:00:60Z',
        '2024-13-01T10:00:00Z',
        '2024-00-10T10:00:00Z',
        '2024-01-00T10:00:00Z',
        '0099-01-01T00:00:00Z',
        '0100-01-01T00:00:00Z',
        '2024-01-01T10:00:00.12Z',
        '2024-01-01T10:00:00.1234Z',
        '2024-01-01T10:00:00+01:30',
        '2024-01-01t10:00:00Z',
        '2024-01-01T10:00:00z',
        '2024-01-01 10:00:00Z',
        '2024-1-01T10:00:00Z',
        '2024-01-01T1a:00:00Z',
        '２０２４-01-01T10:00:00Z',
      ];
      const alphabet = '0123456789-:TZ.+ ';
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let round = 0; round < 20_000; round += 1) {
        const base = cases[Math.floor(random() * 3)].split('');
        for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits -= 1) {
          base[Math.floor(random() * base.length)] = alphabet[Math.floor(random() * alphabet.length)];
        }
        cases.push(base.join(''));
      }
      for (const text of cases) expect(result(reviveDate(text)), text).to.equal(general(text));
    });
  });

  describe('query parameters', () => {
    it('sends arrays as repeated keys, Dates as ISO strings and leaves out undefined/null', async () => {
      mockApi().get('/history').query(true).reply(200, { items: [], totalCount: 0 });
      await client().get('/history', {
        params: {
          types: ['CALL', 'SMS'],
          directions: ['INCOMING'],
          from: new Date('2024-01-02T03:04:05Z'),
          archived: false,
          limit: 10,
          phonenumber: undefined,
          to: null,
        },
      });
      const [request] = recordedRequests();
      expect(request.query).to.deep.equal({
        types: ['CALL', 'SMS'],
        directions: 'INCOMING',
        from: '2024-01-02T03:04:05.000Z',
        archived: 'false',
        limit: '10',
      });
    });

    it('serialises exactly as key=a&key=b, with encoding and no brackets', () => {
      expect(serializeQuery({ types: ['CALL', 'SMS'], q: 'a b&c', n: 0 })).to.equal(
        'types=CALL&types=SMS&q=a+b%26c&n=0',
      );
      expect(serializeQuery({ ids: [] })).to.equal('');
      expect(serializeQuery(undefined)).to.equal('');
    });
  });
});

describe('reviveDateFields on hostile JSON', () => {
  it('leaves a parsed "__proto__" key as data and does not change the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": "yes"}, "created": "2026-01-02T03:04:05Z"}') as Record<
      string,
      unknown
    >;
    const revived = reviveDateFields(parsed, ['created', '__proto__.polluted', 'constructor.prototype.x']);
    expect(Object.getPrototypeOf(revived)).to.equal(Object.prototype);
    expect((revived as { polluted?: string }).polluted).to.equal(undefined);
    expect(revived.created).to.be.instanceOf(Date);
  });
});
