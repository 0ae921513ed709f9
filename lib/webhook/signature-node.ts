/** X-Sipgate-Signature verification with node:crypto (RSASSA-PKCS1-v1_5, SHA-256). */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { ValidationError } from '../core/errors';
import { type SignatureVerifier } from './signature';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from './sipgate-public-key';

// Parsing a 4096-bit key costs far more than a verify; each distinct PEM is parsed once per process.
const keyCache = new Map<string, KeyObject>();

function keyObjectFor(pem: string): KeyObject {
  let key = keyCache.get(pem);
  if (key === undefined) {
    try {
      key = createPublicKey(pem);
    } catch (error) {
      throw new ValidationError('publicKey', 'publicKey must be a PEM-encoded public key', { cause: error });
    }
    if (keyCache.size > 16) keyCache.clear();
    keyCache.set(pem, key);
  }
  return key;
}

/** A synchronous verifier for `publicKey` (PEM; default: sipgate's key). Throws ValidationError for a bad key. */
export function createNodeSignatureVerifier(publicKey: string = SIPGATE_WEBHOOK_PUBLIC_KEY): SignatureVerifier {
  if (typeof publicKey !== 'string') throw new ValidationError('publicKey', 'publicKey must be a PEM string');
  const key = keyObjectFor(publicKey);
  return (body, signatureBase64) => {
    const signature = Buffer.from(signatureBase64, 'base64');
    if (signature.length === 0) return false;
    try {
      return verify('sha256', body, key, signature);
    } catch {
      return false;
    }
  };
}
