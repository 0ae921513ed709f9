/**
 * Shared setup of the examples, in one place: credentials and base URL from the environment, a clear message
 * instead of a stack trace when they are missing, and how to tell that we talk to the offline sandbox.
 *
 *   SIPGATE_TOKEN_ID + SIPGATE_TOKEN   personal access token (recommended)
 *   SIPGATE_TOKEN alone                OAuth access token
 *   SIPGATE_BASE_URL                   optional, e.g. the sandbox: http://127.0.0.1:3333/v2 (read by the SDK itself)
 *   SIPGATE_SANDBOX=1                  the API is the local sandbox (implied by a loopback SIPGATE_BASE_URL);
 *                                      without SIPGATE_BASE_URL it means `npm run sandbox` at its default address
 *   SIPGATE_SANDBOX=0                  treat even a loopback URL as the real API (e.g. a local proxy to sipgate)
 */
import { sipgateIO, type AuthCredentials, type SipgateIO } from '../../lib';

/** Where `npm run sandbox` (npx sipgateio-sandbox) listens by default. */
const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:3333/v2';

export function credentialsFromEnv(): AuthCredentials {
  const { SIPGATE_TOKEN_ID: tokenId, SIPGATE_TOKEN: token } = process.env;
  if (tokenId && token) return { tokenId, token };
  if (token) return { token };
  console.error('Set SIPGATE_TOKEN_ID and SIPGATE_TOKEN (a personal access token), or SIPGATE_TOKEN (OAuth).');
  console.error('To try the examples offline, start the sandbox (npm run sandbox) and use what it prints.');
  process.exit(2);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** The API base URL the SDK will use; undefined means its default (the real sipgate API). */
export function baseUrlFromEnv(): string | undefined {
  const configured = process.env.SIPGATE_BASE_URL?.trim();
  if (configured) return configured;
  return process.env.SIPGATE_SANDBOX === '1' ? DEFAULT_SANDBOX_URL : undefined;
}

/** The API base URL when it is the local sandbox (the examples then drive it to completion), else undefined. */
export function sandboxUrl(): string | undefined {
  const url = baseUrlFromEnv();
  if (!url || process.env.SIPGATE_SANDBOX === '0') return undefined;
  if (process.env.SIPGATE_SANDBOX === '1') return url;
  try {
    return isLoopback(new URL(url).hostname) ? url : undefined;
  } catch {
    return undefined; // the SDK reports a malformed base URL itself, with a better message
  }
}

export function isSandbox(): boolean {
  return sandboxUrl() !== undefined;
}

export function clientFromEnv(): SipgateIO {
  return sipgateIO(credentialsFromEnv(), { baseUrl: baseUrlFromEnv() });
}

/**
 * The command-line argument at `position` (0 = first after the script). Against the real API an example never
 * picks a phone number or URL by itself — that could text a stranger or redirect your account's webhooks — so a
 * missing argument ends with the usage; on the sandbox a harmless default is used.
 */
export function argument(position: number, usage: string, sandboxDefault: string): string {
  const value = process.argv[2 + position];
  if (value) return value;
  if (isSandbox()) return sandboxDefault;
  console.error(`usage: ${usage}`);
  console.error('(on the sandbox, SIPGATE_SANDBOX=1 or a loopback SIPGATE_BASE_URL, defaults are used)');
  process.exit(2);
}

/** Runs an example's main function; any error is printed and exits non-zero. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
      process.exit(1);
    },
  );
}
