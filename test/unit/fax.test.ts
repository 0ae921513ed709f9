import { expect } from 'chai';
import {
  BadRequestError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  ValidationError,
} from '../../lib/core/errors';
import { createFaxModule, defaultFaxFilename, FaxStatus } from '../../lib/fax';
import { mockApi, recordedRequests } from '../support/api-mock';
import { expectNoRequest, rejection, testClient } from '../support/module-test-kit';

const fax = () => createFaxModule(testClient());
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe('fax module', () => {
  it('sends the PDF as base64 with recipient, filename and fax line', async () => {
    const scope = mockApi()
      .post('/sessions/fax', {
        faxlineId: 'f1',
        recipient: '+4921100000000',
        filename: 'letter.pdf',
        base64Content: PDF.toString('base64'),
      })
      .reply(200, { sessionId: 'F1' });
    expect(
      await fax().send({ to: '+49 211 00000000', fileContent: PDF, filename: 'letter.pdf', faxlineId: 'f1' }),
    ).to.deep.equal({ sessionId: 'F1' });
    expect(scope.isDone()).to.equal(true);
    expect(recordedRequests()[0].headers['x-sipgate-client']).to.be.a('string');
    expect(recordedRequests()[0].headers['x-sipgate-version']).to.be.a('string');
  });

  it('accepts other ArrayBuffer views (DataView, typed arrays over a larger buffer) as their bytes', async () => {
    const padded = new Uint8Array(PDF.length + 8);
    padded.set(PDF, 4);
    mockApi().post('/sessions/fax').times(2).reply(200, { sessionId: 'x' });
    await fax().send({
      to: '+4921100000000',
      fileContent: new DataView(padded.buffer, 4, PDF.length),
      faxlineId: 'f0',
    });
    await fax().send({
      to: '+4921100000000',
      fileContent: new Int8Array(padded.buffer, 4, PDF.length),
      faxlineId: 'f0',
    });
    expect(
      recordedRequests().map((request) => (request.body as { base64Content: string }).base64Content),
    ).to.deep.equal([PDF.toString('base64'), PDF.toString('base64')]);
  });

  it("encodes a large PDF byte for byte like Node's base64 (across the encoder's chunk boundaries)", async () => {
    const body = Buffer.alloc(100_003);
    for (let index = 0; index < body.length; index += 1) body[index] = (index * 131 + 7) % 256;
    const large = Buffer.concat([Buffer.from('%PDF-1.5\n'), body, Buffer.from('\n%%EOF\r\n')]);
    mockApi().post('/sessions/fax').reply(200, { sessionId: 'L' });
    await fax().send({ to: '+4921100000000', fileContent: large, faxlineId: 'f0' });
    expect((recordedRequests()[0].body as { base64Content: string }).base64Content).to.equal(large.toString('base64'));
  });

  it('accepts Uint8Array and ArrayBuffer content and a PDF that contains %PDF- twice', async () => {
    const twice = Buffer.from('%PDF-1.7\n% embedded: %PDF-1.3\n%%EOF', 'latin1');
    mockApi().post('/sessions/fax').times(3).reply(200, { sessionId: 'x' });
    await fax().send({ to: '+4921100000000', fileContent: new Uint8Array(PDF), faxlineId: 'f0' });
    await fax().send({
      to: '+4921100000000',
      fileContent: PDF.buffer.slice(PDF.byteOffset, PDF.byteOffset + PDF.length),
      faxlineId: 'f0',
    });
    await fax().send({ to: '+4921100000000', fileContent: twice, faxlineId: 'f0' });
    expect(
      recordedRequests().map((request) => (request.body as { base64Content: string }).base64Content),
    ).to.deep.equal([PDF.toString('base64'), PDF.toString('base64'), twice.toString('base64')]);
  });

  it('picks the first fax line that can send and a generated filename when none is given', async () => {
    mockApi()
      .get('/authorization/userinfo')
      .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
    mockApi()
      .get('/w0/faxlines')
      .reply(200, {
        items: [
          { id: 'f0', alias: 'rx only', tagline: '', canSend: false, canReceive: true },
          { id: 'f3', alias: 'Fax', tagline: '', canSend: true, canReceive: true },
        ],
      });
    mockApi().post('/sessions/fax').reply(200, { sessionId: 'F2' });
    await fax().send({ to: '+4921100000000', fileContent: PDF });
    const body = recordedRequests().find((request) => request.method === 'POST')?.body as {
      faxlineId: string;
      filename: string;
    };
    expect(body.faxlineId).to.equal('f3');
    expect(body.filename).to.match(/^Fax_\d{8}_\d{4}$/);
  });

  it('formats the default filename from the date in UTC, to the minute (as the official package)', () => {
    expect(defaultFaxFilename(new Date(Date.UTC(2026, 10, 25, 7, 5, 9)))).to.equal('Fax_20261125_0705');
    expect(defaultFaxFilename(new Date('2026-12-31T23:59:59.999Z'))).to.equal('Fax_20261231_2359');
  });

  const invalid: Array<[string, unknown, string]> = [
    ['non-PDF content', { to: '+4921100000000', fileContent: Buffer.from('hello'), faxlineId: 'f0' }, 'fileContent'],
    [
      'a truncated PDF without %%EOF',
      { to: '+4921100000000', fileContent: Buffer.from('%PDF-1.4 ...'), faxlineId: 'f0' },
      'fileContent',
    ],
    ['a string as content', { to: '+4921100000000', fileContent: '%PDF-', faxlineId: 'f0' }, 'fileContent'],
    ['a bad recipient', { to: 'fax me', fileContent: PDF, faxlineId: 'f0' }, 'to'],
    ['a non-fax line', { to: '+4921100000000', fileContent: PDF, faxlineId: 'p0' }, 'faxlineId'],
    [
      'a PDF whose %%EOF is far from its end',
      { to: '+4921100000000', fileContent: Buffer.concat([PDF, Buffer.alloc(2048, 0x41)]), faxlineId: 'f0' },
      'fileContent',
    ],
    ['an empty filename', { to: '+4921100000000', fileContent: PDF, filename: ' ', faxlineId: 'f0' }, 'filename'],
    ['no fax object', undefined, 'fax'],
  ];
  for (const [name, input, field] of invalid) {
    it(`rejects ${name} (field ${field}) as a rejected promise, without a request`, async () => {
      const scope = mockApi().post('/sessions/fax').reply(200, {});
      const result = fax().send(input as never);
      expect(result).to.be.instanceOf(Promise);
      const error = await rejection(result);
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).field).to.equal(field);
      expectNoRequest(scope);
    });
  }

  it('rejects content above the API size limit without encoding or sending it', async () => {
    const big = new Uint8Array(22 * 1024 * 1024);
    big.set(Buffer.from('%PDF-'));
    big.set(Buffer.from('%%EOF'), big.length - 5);
    const scope = mockApi().post('/sessions/fax').reply(200, {});
    const error = await rejection(fax().send({ to: '+4921100000000', fileContent: big, faxlineId: 'f0' }));
    expect((error as ValidationError).message).to.contain('too large');
    expectNoRequest(scope);
  });

  it('fails clearly, sending nothing, when no fax line of the user can send', async () => {
    mockApi()
      .get('/authorization/userinfo')
      .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
    mockApi()
      .get('/w0/faxlines')
      .reply(200, { items: [{ id: 'f0', alias: 'rx only', tagline: '', canSend: false, canReceive: true }] });
    const post = mockApi().post('/sessions/fax').reply(200, { sessionId: 'x' });
    const error = await rejection(fax().send({ to: '+4921100000000', fileContent: PDF }));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).field).to.equal('faxlineId');
    expect(post.isDone()).to.equal(false);
  });

  it('maps 403 on the default fax line lookup to PermissionError naming the faxlines:read scope', async () => {
    mockApi()
      .get('/authorization/userinfo')
      .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
    mockApi().get('/w0/faxlines').reply(403);
    const error = await rejection(fax().getFaxlines());
    expect(error).to.be.instanceOf(PermissionError);
    expect((error as Error).message).to.contain('faxlines:read');
  });

  for (const [status, ErrorClass, text] of [
    [403, PermissionError, 'sessions:fax:write'],
    [407, BadRequestError, 'Invalid recipient fax number'],
  ] as const) {
    it(`maps ${status} on send to ${ErrorClass.name} ("${text}"), sent once`, async () => {
      mockApi().post('/sessions/fax').times(2).reply(status);
      const error = await rejection(fax().send({ to: '+4921100000000', fileContent: PDF, faxlineId: 'f0' }));
      expect(error).to.be.instanceOf(ErrorClass);
      expect((error as Error).message).to.contain(text);
      expect(recordedRequests()).to.have.length(1);
    });
  }

  it('maps 402 to PaymentRequiredError and does not resend', async () => {
    mockApi().post('/sessions/fax').times(2).reply(402);
    expect(await rejection(fax().send({ to: '+4921100000000', fileContent: PDF, faxlineId: 'f0' }))).to.be.instanceOf(
      PaymentRequiredError,
    );
    expect(recordedRequests()).to.have.length(1);
  });

  describe('getFaxStatus', () => {
    it('reads faxStatusType from the history entry', async () => {
      mockApi().get('/history/F1').reply(200, { id: 'F1', type: 'FAX', faxStatusType: 'SENDING' });
      expect(await fax().getFaxStatus('F1')).to.equal(FaxStatus.SENDING);
    });

    it('fails clearly when the entry is not a fax', async () => {
      mockApi().get('/history/S1').reply(200, { id: 'S1', type: 'SMS' });
      expect(((await rejection(fax().getFaxStatus('S1'))) as Error).message).to.contain('is not a fax');
    });

    it('rejects an empty session id (field sessionId) without a request', async () => {
      const scope = mockApi().get('/history/x').reply(200, {});
      expect(((await rejection(fax().getFaxStatus(''))) as ValidationError).field).to.equal('sessionId');
      expectNoRequest(scope);
    });

    it('maps 404 to NotFoundError "Fax was not found"', async () => {
      mockApi().get('/history/nope').reply(404);
      const error = await rejection(fax().getFaxStatus('nope'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as Error).message).to.contain('Fax was not found');
    });
  });

  it('resends a fax and lists fax lines of a web user', async () => {
    mockApi().post('/sessions/fax/resend', { faxId: 'F1', faxlineId: 'f0' }).reply(204);
    await fax().resend({ faxId: 'F1', faxlineId: 'f0' });
    mockApi().get('/w1/faxlines').reply(200, { items: [] });
    expect(await fax().getFaxlinesByWebUser('w1')).to.deep.equal([]);
  });

  it('maps 404 on resend to NotFoundError "Fax was not found" and checks faxId before any request', async () => {
    mockApi().post('/sessions/fax/resend').reply(404);
    const error = await rejection(fax().resend({ faxId: 'gone' }));
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as Error).message).to.contain('Fax was not found');
    const scope = mockApi().post('/sessions/fax/resend').reply(204);
    expect(((await rejection(fax().resend({ faxId: '' }))) as ValidationError).field).to.equal('faxId');
    expect(scope.isDone()).to.equal(false);
  });
});
