/**
 * The whole SDK in one offline run (`npm run demo`): starts the local sandbox and
 * a webhook server, then walks through SMS, fax, calls with webhooks and DTMF,
 * real-time call control, contacts and history. Needs no account and no network.
 */
import { FaxStatus, HistoryEntryType, sipgateIO, WebhookResponse, type WebhookServer } from '../lib';
import { createSandbox, SANDBOX_CREDENTIALS, type CallTranscript, type Sandbox } from '../lib/sandbox';
import { freePort } from './lib/free-port';
import { samplePdf } from './lib/sample-pdf';
import { describeTranscript } from './lib/transcript';

let stepNumber = 0;
function step(title: string): void {
  stepNumber += 1;
  console.log(`\n${stepNumber}. ${title}`);
}
function say(text: string): void {
  console.log(`   ${text}`);
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function printTranscript(transcript: CallTranscript): void {
  say('  transcript (what the sandbox sent, what the webhook server answered):');
  for (const line of describeTranscript(transcript)) say(`  ${line}`);
}

async function demo(sandbox: Sandbox, webhookPort: number): Promise<WebhookServer> {
  const client = sipgateIO(SANDBOX_CREDENTIALS, { baseUrl: sandbox.url });
  const webuserId = await client.getAuthenticatedWebuserId();
  say(`sandbox at ${sandbox.url}, signed in as web user ${webuserId}`);

  step('Send an SMS');
  await client.sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hello from the sipgate.io TypeScript SDK' });
  say('SMS to +4915799912345 accepted');

  step('Send a fax and follow its status');
  const { sessionId: faxId } = await client.fax.send({ to: '+4921100000000', fileContent: samplePdf('Hello by fax') });
  let status = await client.fax.getFaxStatus(faxId);
  say(`fax ${faxId}: ${status}`);
  for (let polls = 0; status !== FaxStatus.SENT && status !== FaxStatus.FAILED && polls < 100; polls += 1) {
    await pause(40);
    const next = await client.fax.getFaxStatus(faxId);
    if (next !== status) say(`fax ${faxId}: ${next}`);
    status = next;
  }
  if (status !== FaxStatus.SENT) throw new Error(`fax ended as ${status}`);

  step('Start a webhook server (an IVR) and point sipgate.io at it');
  const serverAddress = `http://127.0.0.1:${webhookPort}`;
  const server = await client.webhook.createServer({
    port: webhookPort,
    hostname: '127.0.0.1',
    serverAddress,
    publicKey: sandbox.publicKeyPem, // the sandbox signs webhooks with its own key
  });
  const pressed: string[] = [];
  server.onNewCall((event) => {
    say(`  webhook: newCall ${event.from} → ${event.to} (${event.direction}), asking for a digit`);
    return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 3000, announcement: 'https://example.com/menu.wav' });
  });
  server.onData((event) => {
    pressed.push(event.dtmf);
    say(`  webhook: caller pressed "${event.dtmf}"`);
    return event.dtmf === '1'
      ? WebhookResponse.redirectCall({ numbers: ['+4921100000001'] })
      : WebhookResponse.sendToVoicemail();
  });
  server.onAnswer((event) => say(`  webhook: answered by ${event.answeringNumber}`));
  server.onHangUp((event) => say(`  webhook: call ${event.callId} hung up (${event.cause})`));
  await client.settings.setIncomingUrl(serverAddress);
  await client.settings.setOutgoingUrl(serverAddress);
  const settings = await client.settings.getWebhookSettings();
  say(`incoming ${settings.incomingUrl}, outgoing ${settings.outgoingUrl}`);

  step('Start a call through the API; it reaches the webhook server, which gathers DTMF');
  const { sessionId: callId } = await client.call.initiate({ from: 'e0', to: '+4921165432' });
  say(`call ${callId} started`);
  const outgoing = await sandbox.waitForCall(callId);
  if (!outgoing) throw new Error('the sandbox did not play the call');
  printTranscript(outgoing);

  step('Manipulate the running call (RTCM)');
  const established = await client.rtcm.getEstablishedCalls();
  say(`${established.length} established call(s): ${established.map((c) => c.callId).join(', ')}`);
  const call = established.find((c) => c.callId === callId);
  if (!call) throw new Error(`call ${callId} is not established`);
  say(`${call.participants.length} participants: ${call.participants.map((p) => p.phoneNumber).join(', ')}`);
  await client.rtcm.mute(call, true);
  await client.rtcm.hold(call, true);
  await client.rtcm.hold(call, false);
  await client.rtcm.sendDTMF(call, '42#');
  await client.rtcm.record(call, { announcement: true, value: true });
  say('muted, held, resumed, sent DTMF 42#, recording');
  await client.rtcm.hangUp(call);
  await sandbox.waitForCall(callId);
  say(`hung up; ${(await client.rtcm.getEstablishedCalls()).length} calls still established`);

  step('Simulate an incoming call: the caller presses 1 and is redirected');
  const incoming = await sandbox.simulateIncomingCall({ from: '+4930123456', to: '+4921100000000', dtmf: '1' });
  printTranscript(incoming);
  if (!pressed.includes('1')) throw new Error('the webhook server never saw the digit 1');

  step('Import contacts from CSV and vCard, export them again');
  await client.contacts.importFromCsvString(
    'lastname,firstname,number\nLovelace,Ada,+4921163553355\nBabbage,Charles,+4921163553356\n',
  );
  say('imported Ada Lovelace and Charles Babbage from CSV');
  await client.contacts.importVCardString(
    'BEGIN:VCARD\r\nVERSION:4.0\r\nN:Johnson;Katherine;;;\r\nFN:Katherine Johnson\r\nTEL:+4921163553357\r\nEND:VCARD\r\n',
    'PRIVATE',
  );
  say('imported Katherine Johnson from a vCard');
  const contacts = await client.contacts.exportAsObjects('PRIVATE');
  say(`${contacts.length} private contacts: ${contacts.map((contact) => contact.name).join(', ')}`);
  const csv = await client.contacts.exportAsCsv('PRIVATE', ';');
  say(`CSV export: ${csv.trim().split('\n').length} lines, header "${csv.split('\n')[0].trim()}"`);
  const vcards = await client.contacts.exportAsVCards('PRIVATE');
  say(`vCard export: ${vcards.length} cards`);

  step('Read the history, page by page, and export it as CSV');
  const counts = new Map<string, number>();
  for await (const entry of client.history.iterate({}, { pageSize: 5 })) {
    counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
  }
  say([...counts].map(([type, count]) => `${count} ${type}`).join(', '));
  const [latestSms] = await client.history.fetchAll({ types: [HistoryEntryType.SMS] }, { limit: 1 });
  if (latestSms) say(`latest SMS entry ${latestSms.id} created ${latestSms.created.toISOString()}`);
  const historyCsv = await client.history.exportAsCsvString({}, { limit: 100 });
  say(`history CSV: ${historyCsv.trim().split('\n').length} lines`);
  return server;
}

async function main(): Promise<void> {
  console.log('sipgate.io TypeScript SDK demo, offline against the local sandbox');
  // A step that never finishes must not leave `npm run demo` hanging (it takes about a second).
  setTimeout(() => {
    console.error('\nDemo failed: it did not finish within 60 seconds');
    process.exit(1);
  }, 60_000).unref();
  const sandbox = await createSandbox({ outgoingCallDtmf: '1', faxStepMs: 100 });
  let server: WebhookServer | undefined;
  try {
    server = await demo(sandbox, Number(process.env.DEMO_WEBHOOK_PORT ?? 0) || (await freePort()));
    console.log('\nDone: every step succeeded.');
  } finally {
    await server?.stop();
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error('\nDemo failed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
