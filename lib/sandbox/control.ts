/**
 * The sandbox's control API, served under /_sandbox (outside /v2, so it can never shadow a sipgate endpoint).
 * It lets a program in another process — an example, a test suite using `npx sipgateio-sandbox` — do over HTTP
 * what in-process code does with the Sandbox object. Authenticated with the same credentials as the API.
 *
 *   GET  /_sandbox/public-key          → { publicKeyPem }  the key to verify X-Sipgate-Signature with
 *   POST /_sandbox/calls               { from, to, dtmf?, direction? } → the CallTranscript once the call ended
 *   GET  /_sandbox/calls/{callId}      → the call's transcript, after its queued webhook exchange is done
 *   POST /_sandbox/phone-calls         { from, to, dtmf? } → { callId }: an outside line calls a registered phone
 *   POST /_sandbox/reset               → 204, back to the seed data
 */
import { SandboxOptionError } from './errors';
import { HttpError } from './http';
import { Router } from './router';
import type { CallTranscript, IncomingCallSimulation, PhoneCallSimulation } from './types';

export const CONTROL_PREFIX = '/_sandbox';

/** The part of the sandbox the control API drives. */
export interface ControlTarget {
  readonly publicKeyPem: string;
  simulateIncomingCall(call: IncomingCallSimulation): Promise<CallTranscript>;
  callPhone(call: PhoneCallSimulation): string;
  waitForCall(callId: string): Promise<CallTranscript | undefined>;
  reset(): void;
}

/** Copies only the simulation fields a remote caller may set; the sandbox validates their values. */
function simulationFrom(body: unknown): IncomingCallSimulation {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'body must be a JSON object { from, to, dtmf?, direction? }');
  }
  const { from, to, dtmf, direction } = body as Record<string, unknown>;
  return { from, to, dtmf, direction } as IncomingCallSimulation;
}

export function createControlRoutes(target: ControlTarget): Router {
  return new Router()
    .add('GET', '/public-key', () => ({ status: 200, body: { publicKeyPem: target.publicKeyPem } }))
    .add('POST', '/calls', async (ctx) => {
      const simulation = simulationFrom(ctx.body);
      let transcript: Promise<CallTranscript>;
      try {
        transcript = target.simulateIncomingCall(simulation);
      } catch (error) {
        if (error instanceof SandboxOptionError) throw new HttpError(400, error.message);
        throw error;
      }
      return { status: 200, body: await transcript };
    })
    .add('POST', '/phone-calls', (ctx) => {
      const body = ctx.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new HttpError(400, 'body must be a JSON object { from, to, dtmf? }');
      const { from, to, dtmf } = body as Record<string, unknown>;
      try {
        return { status: 200, body: { callId: target.callPhone({ from, to, dtmf } as PhoneCallSimulation) } };
      } catch (error) {
        if (error instanceof SandboxOptionError) throw new HttpError(400, error.message);
        throw error;
      }
    })
    .add('GET', '/calls/{callId}', async (ctx) => {
      const transcript = await target.waitForCall(ctx.params.callId);
      if (!transcript) throw new HttpError(404, `no call ${ctx.params.callId}`);
      return { status: 200, body: transcript };
    })
    .add('POST', '/reset', () => {
      target.reset();
      return { status: 204 };
    });
}
