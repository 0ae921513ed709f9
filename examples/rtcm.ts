/** Lists established calls and mutes, holds, sends DTMF to and hangs up the first.  npx ts-node examples/rtcm.ts */
import { clientFromEnv, isSandbox, run } from './lib/env';

run(async () => {
  const client = clientFromEnv();
  // On the sandbox there is no call yet: start one so there is something to manipulate.
  if (isSandbox()) await client.call.initiate({ from: 'e0', to: '+4921165432' });

  const calls = await client.rtcm.getEstablishedCalls();
  console.log(`${calls.length} established call(s)`);
  const [call] = calls;
  if (!call) return;

  await client.rtcm.mute(call, true);
  await client.rtcm.hold(call, true);
  await client.rtcm.hold(call, false);
  await client.rtcm.sendDTMF(call, '123#');
  await client.rtcm.hangUp(call);
  console.log(`call ${call.callId}: muted, held, resumed, sent DTMF 123#, hung up`);
});
