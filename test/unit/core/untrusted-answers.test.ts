import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as util from 'node:util';
import { expect } from 'chai';
import nock from 'nock';
import { ServerError, UnexpectedResponseError, type SipgateIOError } from '../../../lib/core/errors';
import { createSettingsModule } from '../../../lib/settings';
import { mockApi, recordedRequests } from '../../support/api-mock';
import { nodeHttpClient, sdkRejection, testClient } from '../../support/module-test-kit';

const PORTAL_PAGE = '<html><body>Please log in to the hotel Wi-Fi</body></html>';

describe('core: answers that are not what the API sends', () => {
  describe('a 2xx that is empty or not JSON is an error, never data', () => {
    it('HTML on a JSON endpoint: UnexpectedResponseError with status and a short excerpt', async () => {
      mockApi().get('/history').reply(200, PORTAL_PAGE, { 'Content-Type': 'text/html' });
      const error = await sdkRejection(testClient({ maxRetries: 0 }).get('/history'));
      expect(error).to.be.instanceOf(UnexpectedResponseError).and.include({ status: 200, retryable: false });
      expect(error.name).to.equal('UnexpectedResponseError');
      expect(error.message).to.contain('not JSON').and.contain('hotel Wi-Fi').and.contain('text/html');
    });

    it('an empty 200 to a read is an error; an empty answer to a write is fine', async () => {
      mockApi().get('/authorization/userinfo').reply(200, '').delete('/history/e1').reply(200, '');
      const client = testClient({ maxRetries: 0 });
      const error = await sdkRejection(client.getAuthenticatedWebuserId());
      expect(error).to.be.instanceOf(UnexpectedResponseError);
      expect(error.message).to.contain('empty body');
      expect(await client.delete('/history/e1')).to.equal(undefined);
    });

    it('a userinfo without sub is not cached as the web user id', async () => {
      mockApi()
        .get('/authorization/userinfo')
        .reply(200, { domain: 'sipgate.de' })
        .get('/authorization/userinfo')
        .reply(200, { sub: 'w3', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
      const client = testClient();
      expect(await sdkRejection(client.getAuthenticatedWebuserId())).to.be.instanceOf(UnexpectedResponseError);
      expect(await client.getAuthenticatedWebuserId()).to.equal('w3');
    });

    it('settings.setLog does not PUT after a GET answered with a portal page (nothing read, nothing written)', async () => {
      mockApi()
        .get('/settings/sipgateio')
        .reply(200, PORTAL_PAGE, { 'Content-Type': 'text/html' })
        .put('/settings/sipgateio')
        .reply(204);
      const settings = createSettingsModule(testClient({ maxRetries: 0 }));
      const error = await sdkRejection(settings.setLog(true));
      expect(error).to.be.instanceOf(UnexpectedResponseError);
      expect(recordedRequests().map((request) => request.method)).to.deep.equal(['GET']);
    });

    it('settings.setLog does not PUT after an empty GET', async () => {
      mockApi().get('/settings/sipgateio').reply(200, '').put('/settings/sipgateio').reply(204);
      const settings = createSettingsModule(testClient({ maxRetries: 0 }));
      expect(await sdkRejection(settings.setLog(true))).to.be.instanceOf(UnexpectedResponseError);
      expect(recordedRequests().map((request) => request.method)).to.deep.equal(['GET']);
    });
  });

  describe('server text in errors is bounded, sanitised and never carries a credential', () => {
    const password = 'pa55-word-that-must-not-leak';
    const credentials = { username: 'ada@example.com', password };
    const basic = Buffer.from(`ada@example.com:${password}`).toString('base64');

    /** A gateway that answers 502 with the request headers it received, as some proxies do. */
    async function echoingGateway(): Promise<{ url: string; close: () => void }> {
      const server = http.createServer((req, res) => {
        const echo = Object.entries(req.headers)
          .map(([name, value]) => `${name}: ${String(value)}`)
          .join('\r\n');
        res
          .writeHead(502, { 'Content-Type': 'text/plain' })
          .end(`Bad gateway. Your request:\r\n${echo}\u0007\u001b[31m`);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      };
    }

    function renderings(error: SipgateIOError): string {
      return [
        error.message,
        JSON.stringify(error),
        util.inspect(error, { depth: 10, showHidden: true }),
        String(error.stack),
        JSON.stringify(error.body),
      ].join('\n');
    }

    it('a gateway echoing the Authorization header: no password, no Basic value, no control characters', async () => {
      const gateway = await echoingGateway();
      try {
        const client = nodeHttpClient(credentials, { baseUrl: gateway.url, maxRetries: 0 });
        const error = await sdkRejection(client.get('/balance'));
        expect(error).to.be.instanceOf(ServerError).and.include({ status: 502 });
        const text = renderings(error);
        expect(text).not.to.contain(basic).and.not.to.contain(password);
        expect(String(error.body)).to.contain('[REDACTED]');
        // eslint-disable-next-line no-control-regex
        expect(error.message).not.to.match(/[\u0000-\u001f\u007f]/);
        expect(error.message).to.contain('Bad gateway');
      } finally {
        gateway.close();
      }
    });

    it('an OAuth token echoed inside a JSON error body is redacted there too', async () => {
      const payload = Buffer.from(JSON.stringify({ sub: 'w0' })).toString('base64url');
      const jwt = `eyJhbGciOiJSUzI1NiJ9.${payload}.c2lnbmF0dXJlLXNlY3JldA`;
      mockApi()
        .get('/balance')
        .reply(400, (_uri, _body) => ({
          message: `bad header Bearer ${jwt}`,
          echo: { authorization: `Bearer ${jwt}` },
        }));
      const client = nodeHttpClient({ token: jwt }, { baseUrl: 'https://api.sipgate.com/v2', maxRetries: 0 });
      const error = await sdkRejection(client.get('/balance'));
      expect(renderings(error)).not.to.contain(jwt).and.not.to.contain('c2lnbmF0dXJlLXNlY3JldA');
      expect(error.body).to.deep.equal({ message: 'bad header [REDACTED]', echo: { authorization: '[REDACTED]' } });
    });

    it('a 1 MB error body: message quotes at most 200 characters, body is cut to an excerpt', async () => {
      const huge = `${'x'.repeat(1024 * 1024)}`;
      nock('https://api.sipgate.com').get('/v2/balance').reply(500, huge, { 'Content-Type': 'text/plain' });
      const error = await sdkRejection(testClient({ maxRetries: 0 }).get('/balance'));
      expect(error.message.length).to.be.below(300);
      expect(String(error.body).length).to.be.below(5000);
    });
  });
});
