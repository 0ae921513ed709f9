/**
 * Base64 for credentials and uploads. On Node (and wherever a Buffer exists) Buffer does it natively, many
 * times faster; elsewhere btoa over binary strings, with UTF-8 from ./utf8 (no TextEncoder needed).
 */
import { utf8Decode, utf8Encode } from './utf8';

const CHUNK = 0x8000;

interface BufferLike {
  from(value: Uint8Array | string, encoding?: string): { toString(encoding: string): string };
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

export function bytesToBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes).toString('base64');
  let binary = '';
  // Chunks keep String.fromCharCode's argument list below engine limits for large files.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function utf8ToBase64(text: string): string {
  if (NodeBuffer) return NodeBuffer.from(text, 'utf8').toString('base64');
  return bytesToBase64(utf8Encode(text));
}

/** Decodes standard or URL-safe base64 (padding optional) to UTF-8 text. */
export function base64ToUtf8(base64: string): string {
  const standard = base64.replace(/-/g, '+').replace(/_/g, '/');
  if (NodeBuffer) return NodeBuffer.from(standard, 'base64').toString('utf8');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return utf8Decode(bytes);
}
