/**
 * PKCE (RFC 7636) and state values from WebCrypto, which browsers, edge
 * runtimes and Node 20+ all provide as globalThis.crypto.
 */
import { bytesToBase64 } from '../core/base64';
import { SipgateIOError } from '../core/errors';

function webCrypto(): Crypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle || typeof crypto.getRandomValues !== 'function') {
    throw new SipgateIOError('OAuth sign-in needs WebCrypto (globalThis.crypto); use Node 20+ or a current browser');
  }
  return crypto;
}

export function base64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A URL-safe random string carrying `bytes` bytes of entropy (32 bytes give the 43-character PKCE verifier). */
export function randomUrlSafe(bytes = 32): string {
  return base64Url(webCrypto().getRandomValues(new Uint8Array(bytes)));
}

/** The S256 code challenge of a verifier: BASE64URL(SHA-256(verifier)). */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await webCrypto().subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}
