/**
 * X-Sipgate-Signature verification with WebCrypto, for edge runtimes without
 * node:crypto. Uses only globals (crypto.subtle, atob).
 */
import { ValidationError } from '../core/errors';
import { type SignatureVerifier } from './signature';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key';

const PEM_ARMOR = /-----(BEGIN|END) PUBLIC KEY-----|\s+/g;

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export function createWebCryptoSignatureVerifier(publicKey: string = SIPGATE_WEBHOOK_PUBLIC_KEY): SignatureVerifier {
  if (typeof publicKey !== 'string' || !publicKey.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ValidationError('publicKey', 'publicKey must be a PEM-encoded public key (-----BEGIN PUBLIC KEY-----)');
  }
  const der = base64ToBytes(publicKey.replace(PEM_ARMOR, ''));
  if (der === null) throw new ValidationError('publicKey', 'publicKey is not valid base64 PEM');
  let keyPromise: Promise<CryptoKey> | undefined;
  return async (body, signatureBase64) => {
    keyPromise ??= globalThis.crypto.subtle.importKey(
      'spki',
      der,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    const signature = base64ToBytes(signatureBase64);
    if (signature === null || signature.length === 0) return false;
    try {
      return await globalThis.crypto.subtle.verify(
        'RSASSA-PKCS1-v1_5',
        await keyPromise,
        signature,
        body as Uint8Array<ArrayBuffer>,
      );
    } catch {
      return false;
    }
  };
}
