import { expect } from 'chai';
import nock from 'nock';
import { BadRequestError, NotFoundError, PermissionError, ValidationError } from '../../lib/core/errors';
import { createNumbersModule, NumberResponseItemType } from '../../lib/numbers';
import { mockApi, recordedRequests } from '../support/api-mock';
import { rejection, testClient } from '../support/module-test-kit';

function numbersModule() {
  return createNumbersModule(testClient());
}

function numberItem(id: string) {
  return {
    id,
    number: '+4921100000000',
    localized: '0211 00000000',
    type: 'LANDLINE',
    endpointId: 'p0',
    endpointAlias: 'Ada',
    endpointUrl: 'https://api.sipgate.com/v2/w0/phonelines/p0',
  };
}

describe('numbers module', () => {
  describe('getAllNumbers', () => {
    it('sends GET /numbers with offset and limit and the statistics headers', async () => {
      const scope = mockApi()
        .get('/numbers')
        .query({ offset: '10', limit: '5' })
        .reply(200, { items: [numberItem('n1')] });
      const result = await numbersModule().getAllNumbers({ offset: 10, limit: 5 });
      expect(scope.isDone()).to.equal(true);
      expect(result).to.deep.equal({ items: [numberItem('n1')] });
      const [request] = recordedRequests();
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal('/v2/numbers');
      expect(request.headers['x-sipgate-client']).to.be.a('string');
      expect(request.headers['x-sipgate-version']).to.be.a('string');
    });

    it('sends no query without pagination and maps the type enum and mnpState date', async () => {
      const item = {
        ...numberItem('n2'),
        type: 'MOBILE',
        mnpState: { isReleased: true, releasedUntil: '2026-12-01T00:00:00Z' },
        portId: 7,
      };
      mockApi()
        .get('/numbers')
        .reply(200, { items: [item] });
      const { items } = await numbersModule().getAllNumbers();
      expect(recordedRequests()[0].query).to.deep.equal({});
      expect(items[0].type).to.equal(NumberResponseItemType.MOBILE);
      expect(items[0].mnpState?.releasedUntil).to.be.instanceOf(Date);
      expect(items[0].mnpState?.releasedUntil.toISOString()).to.equal('2026-12-01T00:00:00.000Z');
      expect(items[0].portId).to.equal(7);
    });

    it('maps 400 to BadRequestError with the module message', async () => {
      mockApi().get('/numbers').query(true).reply(400, { message: 'bad' });
      const error = await rejection(numbersModule().getAllNumbers({ limit: 3 }));
      expect(error).to.be.instanceOf(BadRequestError);
      expect((error as BadRequestError).message).to.contain('Invalid pagination input');
      expect((error as BadRequestError).status).to.equal(400);
    });

    it('maps 403 to PermissionError naming the scope', async () => {
      mockApi().get('/numbers').reply(403);
      const error = await rejection(numbersModule().getAllNumbers());
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as PermissionError).message).to.contain('numbers:read');
    });

    for (const [pagination, field] of [
      [{ offset: -1 }, 'pagination.offset'],
      [{ limit: 1.5 }, 'pagination.limit'],
      [{ limit: '10' }, 'pagination.limit'],
      ['all', 'pagination'],
    ] as const) {
      it(`rejects ${JSON.stringify(pagination)} without a request`, async () => {
        const scope = mockApi().get('/numbers').query(true).reply(200, { items: [] });
        const error = await rejection(numbersModule().getAllNumbers(pagination as never));
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field).to.equal(field);
        expect(scope.isDone()).to.equal(false);
        expect(recordedRequests()).to.have.length(0);
      });
    }
  });

  describe('iterate', () => {
    it('walks the pages until a short page', async () => {
      mockApi()
        .get('/numbers')
        .query({ offset: '0', limit: '2' })
        .reply(200, { items: [numberItem('a'), numberItem('b')] })
        .get('/numbers')
        .query({ offset: '2', limit: '2' })
        .reply(200, { items: [numberItem('c')] });
      const ids: string[] = [];
      for await (const item of numbersModule().iterate({ pageSize: 2 })) ids.push(item.id);
      expect(ids).to.deep.equal(['a', 'b', 'c']);
      expect(recordedRequests()).to.have.length(2);
    });

    it('stops on an empty page after full pages', async () => {
      mockApi()
        .get('/numbers')
        .query({ offset: '0', limit: '1' })
        .reply(200, { items: [numberItem('a')] })
        .get('/numbers')
        .query({ offset: '1', limit: '1' })
        .reply(200, { items: [] });
      const ids: string[] = [];
      for await (const item of numbersModule().iterate({ pageSize: 1 })) ids.push(item.id);
      expect(ids).to.deep.equal(['a']);
    });

    it('rejects a bad page size at the call, before any request', () => {
      const scope = mockApi().get('/numbers').query(true).reply(200, { items: [] });
      expect(() => numbersModule().iterate({ pageSize: 0 }))
        .to.throw(ValidationError)
        .with.property('field', 'pageSize');
      expect(scope.isDone()).to.equal(false);
    });
  });

  describe('getUserNumbers', () => {
    it('sends GET /{userId}/numbers and returns the items', async () => {
      mockApi()
        .get('/w3/numbers')
        .reply(200, { items: [numberItem('x')] });
      const items = await numbersModule().getUserNumbers('w3');
      expect(items.map((item) => item.id)).to.deep.equal(['x']);
      expect(recordedRequests()[0].path).to.equal('/v2/w3/numbers');
    });

    it('maps 404 to NotFoundError naming the user', async () => {
      mockApi().get('/w9/numbers').reply(404);
      const error = await rejection(numbersModule().getUserNumbers('w9'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as NotFoundError).message).to.contain('w9');
    });

    for (const bad of ['p0', 'w', '', '../w0', 5]) {
      it(`rejects web user id ${JSON.stringify(bad)} without a request`, async () => {
        nock.disableNetConnect();
        const error = await rejection(numbersModule().getUserNumbers(bad as string));
        expect(error).to.be.instanceOf(ValidationError).with.property('field', 'webuserId');
        expect(recordedRequests()).to.have.length(0);
      });
    }
  });
});
