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
import { requireOptionObject } from './options';
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

/**
 * Runs `call` with only the named fields of a JSON body (the sandbox validates their values); misuse, the body's
 * shape included, is a 400 naming what is wrong.
 */
async function withFields<T>(body: unknown, fields: string, call: (input: Record<string, unknown>) => T): Promise<T> {
  try {
    const object = requireOptionObject(body, 'body', `a JSON object { ${fields} }`);
    const names = fields.split(',').map((field) => field.trim().replace(/\?$/, ''));
    return await call(Object.fromEntries(names.map((name) => [name, object[name]])));
  } catch (error) {
    if (error instanceof SandboxOptionError) throw new HttpError(400, error.message);
    throw error;
  }
}

export function createControlRoutes(target: ControlTarget): Router {
  return new Router()
    .add('GET', '/public-key', () => ({ status: 200, body: { publicKeyPem: target.publicKeyPem } }))
    .add('POST', '/calls', async (ctx) => {
      const transcript = await withFields(ctx.body, 'from, to, dtmf?, direction?', (input) =>
        target.simulateIncomingCall(input as unknown as IncomingCallSimulation),
      );
      return { status: 200, body: transcript };
    })
    .add('POST', '/phone-calls', async (ctx) => {
      const callId = await withFields(ctx.body, 'from, to, dtmf?', (input) =>
        target.callPhone(input as unknown as PhoneCallSimulation),
      );
      return { status: 200, body: { callId } };
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
