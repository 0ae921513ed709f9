/**
 * Reads a web ReadableStream (a fetch Response or Request body) to its end, or stops as soon as more than
 * `limit` bytes arrived: then the stream is cancelled and the result is null. Shared by the fetch transport
 * (response bodies) and the Fetch webhook handler (request bodies).
 */
export async function readBytesUpTo(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
