/** Checks of a fax before it is sent. */
import { ValidationError } from '../core/errors';
import type { FaxFileContent } from './fax.types';

/** The API's limit for base64Content (SendFaxRequest.maxLength), about 21 MB of PDF. */
export const MAX_BASE64_LENGTH = 28_330_000;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
/** Writers may append whitespace or incremental-update padding after %%EOF. */
const EOF_SEARCH_BYTES = 1024;

export function toBytes(content: unknown): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  // Other views (DataView, typed arrays from a file reader) are read as their raw bytes.
  if (ArrayBuffer.isView(content)) return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
  throw new ValidationError(
    'fileContent',
    'fileContent must be a Buffer, Uint8Array, ArrayBuffer or other ArrayBuffer view holding a PDF',
  );
}

function startsWith(bytes: Uint8Array, marker: number[], at: number): boolean {
  return marker.every((byte, index) => bytes[at + index] === byte);
}

/** A PDF starts with `%PDF-` and ends (within the last KiB) with `%%EOF`. */
export function validatePdf(content: FaxFileContent): Uint8Array {
  const bytes = toBytes(content);
  if (!startsWith(bytes, PDF_HEADER, 0)) {
    throw new ValidationError('fileContent', 'fileContent is not a PDF (it does not start with %PDF-)');
  }
  const from = Math.max(0, bytes.length - EOF_SEARCH_BYTES);
  let hasEof = false;
  for (let at = bytes.length - EOF_MARKER.length; at >= from && !hasEof; at -= 1)
    hasEof = startsWith(bytes, EOF_MARKER, at);
  if (!hasEof) throw new ValidationError('fileContent', 'fileContent is not a complete PDF (no %%EOF at its end)');
  if (Math.ceil(bytes.length / 3) * 4 > MAX_BASE64_LENGTH) {
    throw new ValidationError(
      'fileContent',
      `fileContent is too large: ${bytes.length} bytes (the API accepts about 21 MB)`,
    );
  }
  return bytes;
}
