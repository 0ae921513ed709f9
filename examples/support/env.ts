/**
 * Shared setup of the examples: credentials from the environment, and a clear
 * message instead of a stack trace when they are missing.
 *
 *   SIPGATE_TOKEN_ID + SIPGATE_TOKEN   personal access token (recommended)
 *   SIPGATE_TOKEN alone                OAuth access token
 *   SIPGATE_BASE_URL                   optional, e.g. the sandbox: http://127.0.0.1:3333/v2
 */
import { sipgateIO, type AuthCredentials, type SipgateIO } from '../../lib';

export function credentialsFromEnv(): AuthCredentials {
  const { SIPGATE_TOKEN_ID: tokenId, SIPGATE_TOKEN: token } = process.env;
  if (tokenId && token) return { tokenId, token };
  if (token) return { token };
  console.error('Set SIPGATE_TOKEN_ID and SIPGATE_TOKEN (a personal access token), or SIPGATE_TOKEN (OAuth).');
  console.error('To try the examples offline, start the sandbox (npm run sandbox) and use what it prints.');
  process.exit(2);
}

export function clientFromEnv(): SipgateIO {
  return sipgateIO(credentialsFromEnv());
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
