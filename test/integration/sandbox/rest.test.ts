/**
 * Sandbox REST endpoints: stateful behaviour of every endpoint family over real HTTP.
 */
import { expect } from 'chai';
import { SANDBOX_NUMBERS, type Sandbox } from '../../../lib/sandbox';
import { api, eventually, PDF_BASE64, withSandbox } from '../../support/sandbox-client';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('sandbox REST endpoints', () => {
  let sandbox: Sandbox;
  withSandbox((started) => (sandbox = started), { failingFaxNumbers: ['+4930666666'], faxStepMs: 20 });

  describe('account fixtures', () => {
    it('serves consistent users, numbers, devices and voicemails', async () => {
      const users = await api(sandbox, 'GET', '/users');
      expect(users.json.items.map((u: { id: string }) => u.id)).to.include('w0');
      expect((await api(sandbox, 'GET', '/users/w0')).json).to.include({ id: 'w0', firstname: 'Ada' });
      const devices = (await api(sandbox, 'GET', '/w0/devices')).json.items;
      expect(devices.map((d: { id: string }) => d.id)).to.deep.equal(['e0', 'x0', 'y0']);
      expect((await api(sandbox, 'GET', '/devices/x0')).json).to.include({ type: 'EXTERNAL' });
      expect((await api(sandbox, 'GET', '/devices/e9')).status).to.equal(404);
      const numbers = (await api(sandbox, 'GET', '/w0/numbers')).json.items;
      expect(numbers.map((n: { number: string }) => n.number)).to.include(SANDBOX_NUMBERS.landline);
      expect((await api(sandbox, 'GET', '/w7/numbers')).status).to.equal(404);
      const voicemails = (await api(sandbox, 'GET', '/voicemails')).json.items;
      expect(voicemails[0]).to.deep.include({ id: 'v0', belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' } });
      expect((await api(sandbox, 'GET', '/voicemails/v0')).json).to.include({ id: 'v0', canTranscribe: true });
      expect((await api(sandbox, 'GET', '/account')).json).to.include({ verified: true });
      expect((await api(sandbox, 'GET', '/balance')).json).to.include({ currency: 'EUR' });
      expect((await api(sandbox, 'GET', '/')).json.historyUrl).to.equal(`${sandbox.url}/history`);
      expect((await api(sandbox, 'GET', '/contacts/internal')).json.items.length).to.be.greaterThan(0);
    });

    it('renames a device and lists phone lines with their voicemail settings', async () => {
      expect((await api(sandbox, 'PUT', '/devices/e0/alias', { body: { value: 'Front desk' } })).status).to.equal(204);
      expect((await api(sandbox, 'GET', '/devices/e0')).json.alias).to.equal('Front desk');
      expect((await api(sandbox, 'PUT', '/devices/e7/alias', { body: { value: 'x' } })).status).to.equal(403);
      expect((await api(sandbox, 'PUT', '/devices/e0/alias', { body: {} })).status).to.equal(400);
      expect((await api(sandbox, 'GET', '/w0/phonelines')).json.items.map((p: { id: string }) => p.id)).to.deep.equal([
        'p0',
      ]);
      expect((await api(sandbox, 'GET', '/w0/phonelines/p0/voicemails')).json.items[0]).to.include({
        id: 'v0',
        timeout: 20,
      });
      expect((await api(sandbox, 'GET', '/w0/phonelines/p9/voicemails')).status).to.equal(404);
    });

    it('pages numbers with offset and limit', async () => {
      const all = (await api(sandbox, 'GET', '/numbers')).json.items;
      const page = (await api(sandbox, 'GET', '/numbers?offset=1&limit=1')).json.items;
      expect(page).to.deep.equal([all[1]]);
      expect((await api(sandbox, 'GET', '/numbers?limit=abc')).status).to.equal(400);
    });
  });

  describe('SMS', () => {
    it('sends an SMS into history and validates the body', async () => {
      const sent = await api(sandbox, 'POST', '/sessions/sms', {
        body: { smsId: 's0', recipient: '+49 157 99912345', message: 'Hello from the sandbox' },
      });
      expect(sent.status).to.equal(204);
      const history = (await api(sandbox, 'GET', '/history?types=SMS&limit=1')).json;
      expect(history.items[0]).to.include({
        type: 'SMS',
        target: '+4915799912345',
        smsContent: 'Hello from the sandbox',
        direction: 'OUTGOING',
      });
      expect(sandbox.state.sentSms).to.have.length(1);
      expect(
        (await api(sandbox, 'POST', '/sessions/sms', { body: { smsId: 's0', recipient: 'abc', message: 'x' } })).status,
      ).to.equal(400);
      expect(
        (
          await api(sandbox, 'POST', '/sessions/sms', {
            body: { smsId: 's9', recipient: '+4915799912345', message: 'x' },
          })
        ).status,
      ).to.equal(403);
    });

    it('schedules with sendAt in seconds and rejects past or far-future times', async () => {
      const sendAt = Math.floor(Date.now() / 1000) + 3600;
      expect(
        (
          await api(sandbox, 'POST', '/sessions/sms', {
            body: { smsId: 's0', recipient: '+4915799912345', message: 'later', sendAt },
          })
        ).status,
      ).to.equal(204);
      const entry = (await api(sandbox, 'GET', '/history?types=SMS&limit=1')).json.items[0];
      expect(entry.scheduled).to.equal(new Date(sendAt * 1000).toISOString());
      for (const bad of [
        Math.floor(Date.now() / 1000) - 3600,
        Math.floor(Date.now() / 1000) + 40 * 86400,
        'tomorrow',
      ]) {
        expect(
          (
            await api(sandbox, 'POST', '/sessions/sms', {
              body: { smsId: 's0', recipient: '+4915799912345', message: 'x', sendAt: bad },
            })
          ).status,
        ).to.equal(400);
      }
    });

    it('lists SMS extensions and switches the default caller id', async () => {
      expect((await api(sandbox, 'GET', '/w0/sms')).json.items[0]).to.include({ id: 's0' });
      const before = (await api(sandbox, 'GET', '/w0/sms/s0/callerids')).json.items;
      expect(before.find((c: { defaultNumber: boolean }) => c.defaultNumber).id).to.equal(0);
      expect((await api(sandbox, 'PUT', '/w0/sms/s0/callerids/1', { body: { defaultNumber: true } })).status).to.equal(
        204,
      );
      const after = (await api(sandbox, 'GET', '/w0/sms/s0/callerids')).json.items;
      expect(
        after.filter((c: { defaultNumber: boolean }) => c.defaultNumber).map((c: { id: number }) => c.id),
      ).to.deep.equal([1]);
      expect((await api(sandbox, 'PUT', '/w0/sms/s0/callerids/9', { body: { defaultNumber: true } })).status).to.equal(
        404,
      );
      await api(sandbox, 'POST', '/sessions/sms', {
        body: { smsId: 's0', recipient: '+4915799912345', message: 'from landline' },
      });
      expect(sandbox.state.sentSms[0]).to.include({ sender: SANDBOX_NUMBERS.landline });
    });
  });

  describe('fax', () => {
    async function statusesOf(sessionId: string, final: string[]): Promise<string[]> {
      const seen: string[] = [];
      await eventually(async () => {
        const entry = (await api(sandbox, 'GET', `/history/${sessionId}`)).json;
        if (seen[seen.length - 1] !== entry.faxStatusType) seen.push(entry.faxStatusType);
        return final.includes(entry.faxStatusType) ? true : undefined;
      });
      return seen;
    }

    it('moves a sent fax from PENDING through SENDING to SENT', async () => {
      const response = await api(sandbox, 'POST', '/sessions/fax', {
        body: { faxlineId: 'f0', recipient: '+4930555111', filename: 'a.pdf', base64Content: PDF_BASE64 },
      });
      expect(response.status).to.equal(200);
      const { sessionId } = response.json;
      const entry = (await api(sandbox, 'GET', `/history/${sessionId}`)).json;
      expect(entry).to.include({ type: 'FAX', target: '+4930555111', pageCount: 1 });
      const seen = await statusesOf(sessionId, ['SENT', 'FAILED']);
      expect(seen[seen.length - 1]).to.equal('SENT');
      const order = ['PENDING', 'SENDING', 'SENT'];
      expect(seen.map((s) => order.indexOf(s))).to.deep.equal([...seen.map((s) => order.indexOf(s))].sort());
    });

    it('ends as FAILED for a configured failing number, and resend makes a new fax', async () => {
      const { sessionId } = (
        await api(sandbox, 'POST', '/sessions/fax', {
          body: { faxlineId: 'f0', recipient: '+4930666666', filename: 'a.pdf', base64Content: PDF_BASE64 },
        })
      ).json;
      const seen = await statusesOf(sessionId, ['SENT', 'FAILED']);
      expect(seen[seen.length - 1]).to.equal('FAILED');
      const before = (await api(sandbox, 'GET', '/history?types=FAX&limit=100')).json.totalCount;
      expect(
        (await api(sandbox, 'POST', '/sessions/fax/resend', { body: { faxId: sessionId, faxlineId: 'f0' } })).status,
      ).to.equal(204);
      expect((await api(sandbox, 'GET', '/history?types=FAX&limit=100')).json.totalCount).to.equal(before + 1);
      expect((await api(sandbox, 'POST', '/sessions/fax/resend', { body: { faxId: 'nope' } })).status).to.equal(404);
    });

    it('rejects content that is not a PDF and unknown fax lines', async () => {
      const notPdf = await api(sandbox, 'POST', '/sessions/fax', {
        body: { faxlineId: 'f0', recipient: '+4930555111', filename: 'a.pdf', base64Content: b64('hello') },
      });
      expect(notPdf.status).to.equal(400);
      const missing = await api(sandbox, 'POST', '/sessions/fax', {
        body: { faxlineId: 'f0', recipient: '+4930555111', base64Content: PDF_BASE64 },
      });
      expect(missing.status).to.equal(400);
      const unknownLine = await api(sandbox, 'POST', '/sessions/fax', {
        body: { faxlineId: 'f7', recipient: '+4930555111', filename: 'a.pdf', base64Content: PDF_BASE64 },
      });
      expect(unknownLine.status).to.equal(403);
    });

    it('lists user and group fax lines', async () => {
      expect((await api(sandbox, 'GET', '/w0/faxlines')).json.items[0]).to.include({ id: 'f0', canSend: true });
      expect((await api(sandbox, 'GET', '/groupfaxlines?userId=w0')).json.items[0]).to.include({
        id: 'f1',
        groupId: 'g0',
      });
    });
  });

  describe('calls and RTCM', () => {
    async function startCall(): Promise<string> {
      const response = await api(sandbox, 'POST', '/sessions/calls', {
        body: { caller: 'e0', callee: '+4915799912345', callerId: '+4921100000000' },
      });
      expect(response.status).to.equal(200);
      return response.json.sessionId;
    }
    const callIn = async (callId: string) =>
      (await api(sandbox, 'GET', '/calls')).json.data.find((c: { callId: string }) => c.callId === callId);

    it('shows an initiated call in GET /calls with two participants and a CALL history entry', async () => {
      const callId = await startCall();
      const call = await callIn(callId);
      expect(call).to.include({ muted: false, hold: false, recording: false });
      expect(
        call.participants.map((p: { phoneNumber: string; owner: boolean }) => [p.phoneNumber, p.owner]),
      ).to.deep.equal([
        ['+4921100000000', true],
        ['+4915799912345', false],
      ]);
      const history = (await api(sandbox, 'GET', '/history?types=CALL&limit=1')).json.items[0];
      expect(history).to.include({ callId, target: '+4915799912345', direction: 'OUTGOING' });
    });

    it('changes call state through mute, hold, recording, transfer, announcements and DTMF', async () => {
      const callId = await startCall();
      expect((await api(sandbox, 'PUT', `/calls/${callId}/muted`, { body: { value: true } })).status).to.equal(204);
      expect((await api(sandbox, 'PUT', `/calls/${callId}/hold`, { body: { value: true } })).status).to.equal(204);
      expect(
        (await api(sandbox, 'PUT', `/calls/${callId}/recording`, { body: { value: true, announcement: false } }))
          .status,
      ).to.equal(204);
      expect(
        (
          await api(sandbox, 'POST', `/calls/${callId}/transfer`, {
            body: { attended: false, phoneNumber: '+4930999000' },
          })
        ).status,
      ).to.equal(204);
      expect(
        (await api(sandbox, 'POST', `/calls/${callId}/announcements`, { body: { url: 'https://example.com/a.wav' } }))
          .status,
      ).to.equal(204);
      expect((await api(sandbox, 'POST', `/calls/${callId}/dtmf`, { body: { sequence: '12#a' } })).status).to.equal(
        204,
      );
      const call = await callIn(callId);
      expect(call).to.include({ muted: true, hold: true, recording: true });
      expect(call.participants[1].phoneNumber).to.equal('+4930999000');
      expect(sandbox.state.calls.get(callId)?.dtmf).to.deep.equal(['12#A']);
      expect(sandbox.state.calls.get(callId)?.announcements).to.deep.equal(['https://example.com/a.wav']);
    });

    it('hangs up with 204, then 404 for the gone call; bad bodies get 400', async () => {
      const callId = await startCall();
      expect((await api(sandbox, 'PUT', `/calls/${callId}/muted`, { body: { value: 'yes' } })).status).to.equal(400);
      expect((await api(sandbox, 'POST', `/calls/${callId}/dtmf`, { body: { sequence: '12x' } })).status).to.equal(400);
      const hangup = await api(sandbox, 'DELETE', `/calls/${callId}`);
      expect(hangup.status).to.equal(204);
      expect(hangup.text).to.equal('');
      expect(await callIn(callId)).to.equal(undefined);
      expect((await api(sandbox, 'DELETE', `/calls/${callId}`)).status).to.equal(404);
      expect((await api(sandbox, 'PUT', '/calls/unknown/hold', { body: { value: true } })).status).to.equal(404);
    });

    it('validates caller, callee and deviceId', async () => {
      const post = (body: object) => api(sandbox, 'POST', '/sessions/calls', { body });
      expect((await post({ caller: '+4921100000000', callee: '+4915799912345' })).status).to.equal(400);
      expect((await post({ caller: '+4921100000000', callee: '+4915799912345', deviceId: 'e0' })).status).to.equal(200);
      expect((await post({ caller: 'e0', callee: 'nobody' })).status).to.equal(400);
      expect((await post({ caller: 'w0', callee: '+4915799912345' })).status).to.equal(400);
      expect((await post({ caller: 'e42', callee: '+4915799912345' })).status).to.equal(403);
    });
  });

  describe('sipgate.io settings', () => {
    it('stores settings and reads them back', async () => {
      expect((await api(sandbox, 'GET', '/settings/sipgateio')).json).to.deep.equal({
        incomingUrl: '',
        outgoingUrl: '',
        log: false,
      });
      const settings = { incomingUrl: 'https://example.com/in', outgoingUrl: '', log: true, whitelist: ['p0'] };
      expect((await api(sandbox, 'PUT', '/settings/sipgateio', { body: settings })).status).to.equal(204);
      expect((await api(sandbox, 'GET', '/settings/sipgateio')).json).to.deep.equal(settings);
    });

    it('rejects invalid URLs and missing fields', async () => {
      expect(
        (await api(sandbox, 'PUT', '/settings/sipgateio', { body: { incomingUrl: 'ftp://x', outgoingUrl: '' } }))
          .status,
      ).to.equal(400);
      expect((await api(sandbox, 'PUT', '/settings/sipgateio', { body: { incomingUrl: '' } })).status).to.equal(400);
      expect(
        (
          await api(sandbox, 'PUT', '/settings/sipgateio', {
            body: { incomingUrl: '', outgoingUrl: '', whitelist: 'p0' },
          })
        ).status,
      ).to.equal(400);
    });
  });

  describe('contacts', () => {
    const list = async (query = '') => (await api(sandbox, 'GET', `/contacts${query}`)).json;

    it('creates, lists with offset/limit/totalCount, updates and deletes', async () => {
      const created = await api(sandbox, 'POST', '/contacts', {
        body: {
          name: 'Katherine Johnson',
          given: 'Katherine',
          family: 'Johnson',
          numbers: [{ number: '+4930111222', type: ['work'] }],
          emails: [{ email: 'kj@example.com', type: ['home'] }],
          scope: 'PRIVATE',
        },
      });
      expect(created.status).to.equal(204);
      const all = await list();
      expect(all.totalCount).to.equal(3);
      const page = await list('?offset=1&limit=1');
      expect(page.totalCount).to.equal(3);
      expect(page.items).to.deep.equal([all.items[1]]);
      const kj = (await list('?phonenumbers=%2B4930111222')).items;
      expect(kj).to.have.length(1);
      expect(kj[0]).to.include({ name: 'Katherine Johnson', scope: 'PRIVATE' });
      expect(
        (await api(sandbox, 'PUT', `/contacts/${kj[0].id}`, { body: { name: 'K. Johnson', scope: 'SHARED' } })).status,
      ).to.equal(204);
      expect((await list('?phonenumbers=%2B4930111222')).items).to.have.length(0);
      expect((await list()).items.find((c: { id: string }) => c.id === kj[0].id)).to.include({
        name: 'K. Johnson',
        scope: 'SHARED',
      });
      expect((await api(sandbox, 'DELETE', `/contacts/${kj[0].id}`)).status).to.equal(204);
      expect((await list()).totalCount).to.equal(2);
      expect((await api(sandbox, 'DELETE', `/contacts/${kj[0].id}`)).status).to.equal(404);
    });

    it('rejects contacts without a valid scope', async () => {
      expect((await api(sandbox, 'POST', '/contacts', { body: { name: 'x' } })).status).to.equal(400);
      expect((await api(sandbox, 'POST', '/contacts', { body: { name: 'x', scope: 'INTERNAL' } })).status).to.equal(
        400,
      );
      expect(
        (await api(sandbox, 'POST', '/contacts', { body: { name: 'x', scope: 'PRIVATE', numbers: 'nope' } })).status,
      ).to.equal(400);
    });

    it('deletes all private contacts and keeps shared ones', async () => {
      expect((await api(sandbox, 'DELETE', '/contacts')).status).to.equal(204);
      expect((await list()).items.map((c: { scope: string }) => c.scope)).to.deep.equal(['SHARED']);
    });

    it('imports a UTF-8 CSV with firstname,lastname,number', async () => {
      const csv = 'firstname,lastname,number\nJürgen,Müller,+4921199999\n"Anna, Maria",Schmidt,+4930123123\n';
      expect(
        (await api(sandbox, 'POST', '/contacts/import/csv', { body: { base64Content: b64(csv) } })).status,
      ).to.equal(204);
      const names = (await list()).items.map((c: { name: string }) => c.name);
      expect(names).to.include.members(['Jürgen Müller', 'Anna, Maria Schmidt']);
      expect((await list('?phonenumbers=%2B4921199999')).items[0].numbers[0].number).to.equal('+4921199999');
    });

    it('rejects CSV without the expected header and non-base64 content', async () => {
      expect(
        (await api(sandbox, 'POST', '/contacts/import/csv', { body: { base64Content: b64('name,phone\nA,1\n') } }))
          .status,
      ).to.equal(400);
      expect((await api(sandbox, 'POST', '/contacts/import/csv', { body: { base64Content: '***' } })).status).to.equal(
        400,
      );
      expect((await list()).totalCount).to.equal(2);
    });
  });

  describe('history', () => {
    const get = async (query: string) => (await api(sandbox, 'GET', `/history${query}`)).json;
    const ids = (response: { items: Array<{ id: string }> }) => response.items.map((item) => item.id);

    it('lists newest first, hides archived entries by default and pages with totalCount', async () => {
      const all = await get('?limit=1000');
      expect(ids(all)).to.deep.equal(['h8', 'h6', 'h5', 'h4', 'h3', 'h2', 'h1']);
      expect(all.totalCount).to.equal(7);
      const page = await get('?offset=2&limit=2');
      expect(ids(page)).to.deep.equal(['h5', 'h4']);
      expect(page.totalCount).to.equal(7);
      expect(ids(await get('?archived=true'))).to.deep.equal(['h7']);
      expect((await get('')).items).to.have.length(7);
      expect((await api(sandbox, 'GET', '/history?limit=1001')).status).to.equal(400);
      expect((await api(sandbox, 'GET', '/history?offset=-1')).status).to.equal(400);
    });

    it('filters by types, directions, connectionIds, starred, dates and phone number', async () => {
      expect(ids(await get('?types=SMS&types=FAX'))).to.deep.equal(['h6', 'h5', 'h4']);
      expect(ids(await get('?directions=MISSED_INCOMING'))).to.deep.equal(['h8', 'h2']);
      expect(ids(await get('?connectionIds=s0'))).to.deep.equal(['h5', 'h4']);
      expect(ids(await get('?starred=STARRED'))).to.deep.equal(['h3']);
      const from = new Date(Date.now() - 60 * 60_000 * 12).toISOString();
      const to = new Date(Date.now() - 60 * 60_000 * 3).toISOString();
      expect(ids(await get(`?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`))).to.deep.equal([
        'h6',
        'h5',
      ]);
      expect(ids(await get('?phonenumber=%2B4940987654'))).to.deep.equal(['h2']);
      expect((await api(sandbox, 'GET', '/history?types=PIGEON')).status).to.equal(400);
      expect((await api(sandbox, 'GET', '/history?from=yesterday')).status).to.equal(400);
    });

    it('updates single entries: whole, archive, read, note', async () => {
      expect(
        (await api(sandbox, 'PUT', '/history/h1', { body: { starred: true, read: true, note: 'callback done' } }))
          .status,
      ).to.equal(204);
      expect((await api(sandbox, 'GET', '/history/h1')).json).to.include({
        starred: true,
        read: true,
        note: 'callback done',
      });
      expect((await api(sandbox, 'PUT', '/history/h1/read', { body: { value: false } })).status).to.equal(204);
      const noted = await api(sandbox, 'PUT', '/history/h1/note', { body: { note: 'second note' } });
      expect(noted.status).to.equal(200);
      expect(noted.json).to.include({ id: 'h1', note: 'second note', read: false });
      expect((await api(sandbox, 'PUT', '/history/h1/archive', { body: { value: true } })).status).to.equal(204);
      expect(ids(await get('?archived=true'))).to.include('h1');
      expect((await api(sandbox, 'PUT', '/history/h1/archive', { body: {} })).status).to.equal(400);
      expect((await api(sandbox, 'PUT', '/history/nope/read', { body: { value: true } })).status).to.equal(404);
    });

    it('updates in batches of fewer than 150 and rejects unknown ids without partial changes', async () => {
      expect(
        (
          await api(sandbox, 'PUT', '/history', {
            body: [
              { id: 'h1', starred: true },
              { id: 'h2', archived: true },
            ],
          })
        ).status,
      ).to.equal(204);
      expect((await api(sandbox, 'GET', '/history/h1')).json.starred).to.equal(true);
      expect((await api(sandbox, 'GET', '/history/h2')).json.archived).to.equal(true);
      expect(
        (
          await api(sandbox, 'PUT', '/history', {
            body: [
              { id: 'h3', read: true },
              { id: 'zz', read: true },
            ],
          })
        ).status,
      ).to.equal(404);
      expect((await api(sandbox, 'GET', '/history/h3')).json.read).to.equal(false);
      const tooMany = Array.from({ length: 150 }, () => ({ id: 'h1', read: true }));
      expect((await api(sandbox, 'PUT', '/history', { body: tooMany })).status).to.equal(400);
    });

    it('deletes one entry or several', async () => {
      expect((await api(sandbox, 'DELETE', '/history/h1')).status).to.equal(204);
      expect((await api(sandbox, 'GET', '/history/h1')).status).to.equal(404);
      expect((await api(sandbox, 'DELETE', '/history?id=h2&id=h3')).status).to.equal(204);
      expect(ids(await get('?types=CALL'))).to.deep.equal([]);
      expect((await api(sandbox, 'DELETE', '/history')).status).to.equal(400);
    });

    it('exports the filtered history as CSV', async () => {
      const response = await api(sandbox, 'GET', '/history/export?types=SMS&limit=1000');
      expect(response.status).to.equal(200);
      expect(response.contentType).to.match(/^text\/csv/);
      const lines = response.text.trim().split(/\r\n/);
      expect(lines[0]).to.equal('id,created,type,direction,source,target,status,read,archived,starred,note');
      expect(lines.slice(1).map((line) => line.split(',')[0])).to.deep.equal(['h5', 'h4']);
    });
  });

  it('reset() brings back the seed data', async () => {
    await api(sandbox, 'DELETE', '/history/h1');
    await api(sandbox, 'DELETE', '/contacts');
    sandbox.reset();
    expect((await api(sandbox, 'GET', '/history/h1')).status).to.equal(200);
    expect((await api(sandbox, 'GET', '/contacts')).json.totalCount).to.equal(2);
  });
});
