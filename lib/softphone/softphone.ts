/**
 * A browser softphone for a sipgate VoIP device: registers over SIP over WebSocket with the device's
 * credentials (fetched through the devices module, or given), places and takes calls with WebRTC audio.
 *
 *   const phone = await createSoftphone(client, { deviceId: 'e0' });
 *   phone.on('incoming', (call) => call.answer());
 *   const call = await phone.call('+4930123456');
 */
import type { SipgateIOClient } from '../core/http-types';
import { SipgateIOError, ValidationError } from '../core/errors';
import { requireObject, validateInteger } from '../core/validators';
import { validateDeviceCredentials } from '../devices/credentials';
import { createDevicesModule } from '../devices/devices';
import type { DeviceCredentials } from '../devices/devices.types';
import { SoftphoneCall, type CallMediaHooks } from './call';
import { Emitter } from './emitter';
import { SoftphoneRegistrationError } from './errors';
import { isJsSipModule, jsSipStack } from './jssip-adapter';
import { browserMedia } from './media';
import type { SipStackFactory, SipUserAgent } from './sip-stack';
import { validateDialTarget } from './validators';

export interface SoftphoneOptions {
  /** The VoIP device (`e0`, …) whose credentials the devices API serves; needs a client. */
  deviceId?: string;
  /** Or the credentials themselves (then the client may be null). */
  credentials?: DeviceCredentials;
  /**
   * The JsSIP module. Optional with a bundler (`jssip` is loaded on first use); pages using the script-tag
   * bundle get it built in.
   */
  sip?: unknown;
  /** ICE servers for WebRTC; default none (host candidates only). */
  iceServers?: RTCIceServer[];
  /** Where the far end is played; default a detached <audio> element. */
  audioElement?: HTMLMediaElement;
  /** Requested registration lifetime in seconds (the server may grant less); default 300. */
  registerExpires?: number;
  /** How long createSoftphone waits for the first registration; default 15000 ms. */
  registerTimeoutMs?: number;
}

export interface SoftphoneEvents {
  connecting: undefined;
  connected: undefined;
  /** The WebSocket dropped: running calls end with reason connectionLost; the phone reconnects by itself. */
  disconnected: undefined;
  registered: undefined;
  unregistered: undefined;
  registrationFailed: SoftphoneRegistrationError;
  incoming: SoftphoneCall;
}

const MAX_CALLS = 8;

export class Softphone extends Emitter<SoftphoneEvents> {
  private readonly active = new Set<SoftphoneCall>();
  private isRegistered = false;
  private closed = false;

  /** @internal use createSoftphone */
  constructor(
    private readonly agent: SipUserAgent,
    private readonly media: CallMediaHooks,
    /** The device's SIP-ID (digest user name). */
    readonly username: string,
  ) {
    super();
    agent.on('connecting', () => this.emit('connecting', undefined));
    agent.on('connected', () => this.emit('connected', undefined));
    agent.on('disconnected', () => {
      this.isRegistered = false;
      for (const call of [...this.active]) call.lose();
      this.emit('disconnected', undefined);
    });
    agent.on('registered', () => {
      this.isRegistered = true;
      this.emit('registered', undefined);
    });
    agent.on('unregistered', () => {
      this.isRegistered = false;
      this.emit('unregistered', undefined);
    });
    agent.on('registrationFailed', ({ statusCode, cause }) => {
      this.isRegistered = false;
      this.emit('registrationFailed', registrationError(statusCode, cause));
    });
    agent.on('incoming', (session) => {
      if (this.closed || this.active.size >= MAX_CALLS) {
        session.terminate(486);
        return;
      }
      const call = this.track(new SoftphoneCall(session, this.media));
      this.emit('incoming', call);
    });
  }

  get registered(): boolean {
    return this.isRegistered;
  }

  /** Calls that have not ended yet. */
  get calls(): SoftphoneCall[] {
    return [...this.active];
  }

  /**
   * Calls a number (E.164, national, short such as 112) or an extension. Resolves once the call is on its way
   * (listen for `answered`/`ended`, or `await call.connected()`); rejects with a ValidationError for a bad
   * number and MicrophonePermissionError when the microphone is refused, both before anything is sent.
   */
  async call(target: string): Promise<SoftphoneCall> {
    const dial = validateDialTarget(target);
    if (this.closed) throw new ValidationError('phone', 'the softphone is closed');
    if (this.active.size >= MAX_CALLS) throw new ValidationError('phone', `at most ${MAX_CALLS} calls at a time`);
    const stream = await this.media.microphone();
    try {
      return this.track(new SoftphoneCall(this.agent.call(dial, stream), this.media, stream));
    } catch (error) {
      this.media.release(stream);
      throw new SipgateIOError('the call could not be started', { cause: error });
    }
  }

  /** Hangs up every call, unregisters and disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const call of [...this.active]) call.hangup();
    const disconnected = new Promise<void>((resolve) => {
      this.once('disconnected', () => resolve());
      setTimeout(resolve, 2000);
    });
    this.agent.stop();
    await disconnected;
  }

  private track(call: SoftphoneCall): SoftphoneCall {
    this.active.add(call);
    call.once('ended', () => this.active.delete(call));
    return call;
  }
}

function registrationError(statusCode: number | undefined, cause: string): SoftphoneRegistrationError {
  const detail =
    statusCode === 401 || statusCode === 403 || statusCode === 407
      ? 'wrong SIP credentials'
      : statusCode === undefined
        ? `no answer from the SIP server (${cause || 'connection error'})`
        : `the SIP server answered ${statusCode}`;
  return new SoftphoneRegistrationError(`registration failed: ${detail}`, { status: statusCode });
}

async function loadStack(sip: unknown): Promise<SipStackFactory> {
  if (sip !== undefined) {
    if (!isJsSipModule(sip))
      throw new ValidationError('sip', 'sip must be the JsSIP module (with UA and WebSocketInterface)');
    return jsSipStack(sip);
  }
  const global = (globalThis as { JsSIP?: unknown }).JsSIP;
  if (isJsSipModule(global)) return jsSipStack(global);
  let loaded: unknown;
  try {
    const module: { default?: unknown } = await import('jssip');
    loaded = isJsSipModule(module) ? module : module.default;
  } catch (error) {
    throw new SipgateIOError('the softphone needs the optional dependency "jssip" (npm install jssip)', {
      cause: error,
    });
  }
  if (!isJsSipModule(loaded))
    throw new ValidationError('sip', 'JsSIP is not available: npm install jssip, or pass it as { sip: JsSIP }');
  return jsSipStack(loaded);
}

function validateOptions(client: SipgateIOClient | null | undefined, options: SoftphoneOptions): void {
  const { deviceId, credentials, registerExpires, registerTimeoutMs, iceServers } = requireObject(
    options,
    'options',
    'an object { deviceId } or { credentials }',
  );
  if ((deviceId === undefined) === (credentials === undefined))
    throw new ValidationError('credentials', 'give exactly one of deviceId and credentials');
  if (deviceId !== undefined && (client === null || client === undefined))
    throw new ValidationError('client', 'a client is needed to fetch the credentials of a deviceId');
  if (registerExpires !== undefined) validateInteger(registerExpires, 'registerExpires', 10, 86400);
  if (registerTimeoutMs !== undefined) validateInteger(registerTimeoutMs, 'registerTimeoutMs', 1);
  if (iceServers !== undefined && !Array.isArray(iceServers))
    throw new ValidationError('iceServers', 'iceServers must be an array of RTCIceServer');
}

/** Connects and registers; resolves with the registered phone, rejects with SoftphoneRegistrationError. */
export async function createSoftphone(
  client: SipgateIOClient | null | undefined,
  options: SoftphoneOptions,
): Promise<Softphone> {
  validateOptions(client, options);
  const credentials =
    options.credentials !== undefined
      ? validateDeviceCredentials(options.credentials)
      : await createDevicesModule(client as SipgateIOClient).getDeviceCredentials(options.deviceId as string);
  const stack = await loadStack(options.sip);
  return startSoftphone(stack, credentials, options, browserMedia(options.audioElement));
}

/** @internal the part after validation and loading, also used by tests with a fake stack and media. */
export async function startSoftphone(
  stack: SipStackFactory,
  credentials: DeviceCredentials,
  options: SoftphoneOptions,
  media: CallMediaHooks,
): Promise<Softphone> {
  const domain = credentials.sipServer || 'sipgate.de';
  const agent = stack({
    websocketUrl: credentials.sipServerWebsocketUrl,
    uri: `sip:${credentials.username}@${domain}`,
    domain,
    username: credentials.username,
    password: credentials.password,
    userAgent: 'sipgate-io-sdk softphone',
    registerExpires: options.registerExpires ?? 300,
    iceServers: options.iceServers ?? [],
  });
  const phone = new Softphone(agent, media, credentials.username);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        fail(
          new SoftphoneRegistrationError('registration failed: no answer from the SIP server in time', {
            retryable: true,
          }),
        ),
      options.registerTimeoutMs ?? 15_000,
    );
    const offRegistered = phone.once('registered', () => {
      cleanup();
      resolve();
    });
    const offFailed = phone.once('registrationFailed', (error) => fail(error));
    function cleanup() {
      clearTimeout(timer);
      offRegistered();
      offFailed();
    }
    function fail(error: SoftphoneRegistrationError) {
      cleanup();
      agent.stop();
      reject(error);
    }
    agent.start();
  });
  return phone;
}
