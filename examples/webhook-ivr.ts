/**
 * A small phone menu (IVR) on the webhook server: callers hear a menu and press
 * 1 to be connected, 2 for the voicemail; anything else hangs up.
 *
 *   WEBHOOK_PORT=8080 WEBHOOK_URL=https://your.public.host npx ts-node examples/webhook-ivr.ts
 *
 * WEBHOOK_URL is the address sipgate reaches this server at (follow-up events go there).
 * SIPGATE_WEBHOOK_PUBLIC_KEY (PEM) replaces sipgate's signing key, e.g. with the sandbox's.
 * With SIPGATE_EXAMPLE_SELF_TEST=1 (used against the sandbox) it places one call to itself and exits.
 */
import { WebhookResponse, type HangUpEvent } from '../lib';
import { clientFromEnv, run } from './support/env';

run(async () => {
  const client = clientFromEnv();
  const port = Number(process.env.WEBHOOK_PORT ?? 8080);
  const serverAddress = process.env.WEBHOOK_URL ?? `http://127.0.0.1:${port}`;
  const server = await client.webhook.createServer({
    port,
    hostname: process.env.WEBHOOK_HOST ?? '127.0.0.1',
    serverAddress,
    publicKey: process.env.SIPGATE_WEBHOOK_PUBLIC_KEY,
    onError: (error) => console.error('handler failed:', error),
  });
  console.log(`webhook server listening on port ${server.port}, reachable as ${serverAddress}`);

  server.onNewCall((event) => {
    console.log(`newCall ${event.callId}: ${event.from} → ${event.to} (${event.direction})`);
    return WebhookResponse.gatherDTMF({ announcement: 'https://example.com/menu.wav', maxDigits: 1, timeout: 3000 });
  });
  server.onData((event) => {
    console.log(`caller pressed "${event.dtmf}"`);
    if (event.dtmf === '1') return WebhookResponse.redirectCall({ numbers: ['+4921100000001'] });
    if (event.dtmf === '2') return WebhookResponse.sendToVoicemail();
    return WebhookResponse.hangUpCall();
  });
  server.onAnswer((event) => console.log(`answered by ${event.answeringNumber}`));
  const hungUp = new Promise<HangUpEvent>((resolve) => server.onHangUp(resolve));

  if (process.env.SIPGATE_EXAMPLE_SELF_TEST !== '1') {
    console.log('waiting for calls, Ctrl-C to stop');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await server.stop();
    return;
  }

  // Self-test: calls started through the API are announced to the outgoing URL.
  await client.settings.setOutgoingUrl(serverAddress);
  const { sessionId } = await client.call.initiate({ from: 'e0', to: '+4921165432' });
  console.log(`placed test call ${sessionId}`);
  const deadline = Date.now() + 10_000;
  while (!(await client.rtcm.getEstablishedCalls()).some((call) => call.callId === sessionId && call.participants.length > 1)) {
    if (Date.now() > deadline) throw new Error('the test call was not established');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await client.rtcm.hangUp({ callId: sessionId });
  const hangup = await hungUp;
  console.log(`call ${hangup.callId} ended: ${hangup.cause}`);
  await server.stop();
});
