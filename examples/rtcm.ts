/**
 * Real-time call control: lists the established calls; given a call id, mutes, holds, resumes, sends DTMF to
 * and hangs up that call.  npx ts-node examples/rtcm.ts [callId]
 * On the sandbox it starts a call of its own to work on.
 */
import { clientFromEnv, isSandbox, run } from './lib/env';

run(async () => {
  const client = clientFromEnv();
  let callId = process.argv[2];
  if (!callId && isSandbox()) callId = (await client.call.initiate({ from: 'e0', to: '+4921165432' })).sessionId;

  const calls = await client.rtcm.getEstablishedCalls();
  console.log(`${calls.length} established call(s)`);
  for (const established of calls) {
    console.log(
      `  ${established.callId}: ${established.participants.map((participant) => participant.phoneNumber).join(' ↔ ')}`,
    );
  }
  // Never touch a live call of the account by accident: only the one named.
  if (!callId) {
    console.log('pass a call id to control that call');
    return;
  }
  const call = calls.find((established) => established.callId === callId);
  if (!call) throw new Error(`call ${callId} is not established`);

  await client.rtcm.mute(call, true);
  await client.rtcm.hold(call, true);
  await client.rtcm.record(call, { announcement: true, value: true }); // participants hear that it is recorded
  const changed = (await client.rtcm.getEstablishedCalls()).find((established) => established.callId === callId);
  console.log(`call ${callId}: muted=${changed?.muted}, hold=${changed?.hold}, recording=${changed?.recording}`);

  await client.rtcm.record(call, { announcement: false, value: false });
  await client.rtcm.hold(call, false);
  await client.rtcm.mute(call, false);
  // WAV, mono, 16 bit PCM, 8 kHz, reachable by sipgate.
  await client.rtcm.announce(call, 'https://example.com/please-hold.wav');
  await client.rtcm.sendDTMF(call, '123#');
  await client.rtcm.hangUp(call);
  console.log(`call ${callId}: muted, held, recorded, resumed, announced, sent DTMF 123#, hung up`);
});
