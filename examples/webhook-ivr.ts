/**
 * A small phone menu (IVR) on the SDK's webhook server: callers hear a menu and press
 * 1 to be connected to a colleague, 2 for the voicemail; anything else hangs up.
 *
 * Against sipgate (serves until Ctrl-C; sipgate must reach WEBHOOK_URL, e.g. through a tunnel):
 *   WEBHOOK_PORT=8080 WEBHOOK_URL=https://your.public.host npx ts-node examples/webhook-ivr.ts
 *
 * Against the sandbox (SIPGATE_SANDBOX=1 or a loopback SIPGATE_BASE_URL) it runs once and exits:
 * starts the server, points the incoming URL at it, lets the sandbox call in (pressing IVR_DTMF,
 * default 1), prints the call's transcript and restores the previous incoming URL.
 */
import { NumberResponseItemType, WebhookResponse } from '../lib';
import { clientFromEnv, credentialsFromEnv, run, sandboxUrl } from './lib/env';
import { freePort } from './lib/free-port';
import { sandboxControl } from './lib/sandbox-control';
import { describeTranscript } from './lib/transcript';

/** Where "press 1" connects to. */
const COLLEAGUE = '+4921100000001';
const MENU_AUDIO = 'https://example.com/menu.wav';

run(async () => {
  const client = clientFromEnv();
  const apiOfSandbox = sandboxUrl();
  const sandbox = apiOfSandbox ? sandboxControl(apiOfSandbox, credentialsFromEnv()) : undefined;

  // The public address must be known up front: the server hands it back to sipgate for follow-up events.
  const port = process.env.WEBHOOK_PORT ? Number(process.env.WEBHOOK_PORT) : sandbox ? await freePort() : 8080;
  const serverAddress = process.env.WEBHOOK_URL ?? `http://127.0.0.1:${port}`;
  const server = await client.webhook.createServer({
    port,
    hostname: process.env.WEBHOOK_HOST ?? '127.0.0.1',
    serverAddress,
    // Signatures are always verified: with sipgate's published key by default, with the sandbox's own key here.
    publicKey: sandbox ? await sandbox.publicKey() : undefined,
    onError: (error) => console.error('handler failed:', error),
  });
  console.log(`webhook server listening on port ${server.port}, reachable as ${serverAddress}`);

  server.onNewCall((event) => {
    console.log(`newCall ${event.callId}: ${event.from} → ${event.to} (${event.direction}), playing the menu`);
    return WebhookResponse.gatherDTMF({ announcement: MENU_AUDIO, maxDigits: 1, timeout: 5000 });
  });
  server.onData((event) => {
    console.log(`caller pressed "${event.dtmf}"`);
    if (event.dtmf === '1') return WebhookResponse.redirectCall({ numbers: [COLLEAGUE] });
    if (event.dtmf === '2') return WebhookResponse.sendToVoicemail();
    return WebhookResponse.hangUpCall();
  });
  server.onAnswer((event) => console.log(`call ${event.callId} answered by ${event.answeringNumber}`));
  server.onHangUp((event) => console.log(`call ${event.callId} ended: ${event.cause}`));

  if (!sandbox) {
    // Listen for the signals before saying so: until a listener exists, SIGTERM kills the process outright.
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    console.log('waiting for calls, Ctrl-C to stop');
    await stopped;
    await server.stop();
    return;
  }

  const previous = await client.settings.getWebhookSettings();
  await client.settings.setIncomingUrl(serverAddress);
  try {
    // Call the account's first landline number, like a customer would.
    const { items } = await client.numbers.getAllNumbers();
    const to = (items.find((number) => number.type === NumberResponseItemType.LANDLINE) ?? items[0])?.number;
    if (!to) throw new Error('the account has no phone number to call');
    const transcript = await sandbox.simulateIncomingCall({
      from: '+4930123456',
      to,
      dtmf: process.env.IVR_DTMF ?? '1',
    });
    console.log('\ntranscript of the call:');
    for (const line of describeTranscript(transcript)) console.log(`  ${line}`);
    const failed = transcript.steps.find((step) => step.error !== undefined);
    if (failed) throw new Error(`the ${failed.event} webhook failed: ${failed.error}`);
  } finally {
    await (previous.incomingUrl
      ? client.settings.setIncomingUrl(previous.incomingUrl)
      : client.settings.clearIncomingUrl());
    await server.stop();
  }
});
