/**
 * Server text that ends up in an error: bounded, free of control characters, and scrubbed of the caller's
 * credentials (a gateway may echo the request headers in its error page).
 */

/** Longest server explanation quoted in an error message. */
export const MESSAGE_EXCERPT_CHARS = 200;
/** Largest error body kept (parsed when it is JSON); longer bodies are cut to an excerpt. */
export const ERROR_BODY_CHARS = 4096;

const REDACTED = '[REDACTED]';
// C0 and C1 controls and the JavaScript line separators: they would break log lines or terminals.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (result.includes(secret)) result = result.split(secret).join(REDACTED);
    // JSON may escape "/" (base64 contains it) as "\/".
    const escaped = secret.replace(/\//g, '\\/');
    if (escaped !== secret && result.includes(escaped)) result = result.split(escaped).join(REDACTED);
  }
  return result;
}

/** One line of at most `maxChars` printable characters. */
export function excerpt(text: string, maxChars = MESSAGE_EXCERPT_CHARS): string {
  const line = text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line;
}
