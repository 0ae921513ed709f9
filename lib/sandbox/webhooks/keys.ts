/**
 * The sandbox's webhook signing key. sipgate signs with its own RSA key, which no sandbox has, so the sandbox
 * signs with a key pair of its own and publishes the public half. Generating RSA keys is slow, so the default
 * pair is made once per process and shared by every sandbox.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'crypto';

export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
}

let shared: SigningKey | undefined;

function fromPrivate(privateKey: KeyObject): SigningKey {
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKeyPem };
}

export function signingKey(privateKeyPem?: string): SigningKey {
  if (privateKeyPem !== undefined) return fromPrivate(createPrivateKey(privateKeyPem));
  if (!shared) shared = fromPrivate(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
  return shared;
}

/** Base64 RSASSA-PKCS1-v1_5 / SHA-256 signature over the exact body bytes, as in X-Sipgate-Signature. */
export function signBody(key: SigningKey, body: string): string {
  return sign('sha256', Buffer.from(body, 'utf8'), key.privateKey).toString('base64');
}
