/**
 * One webhook delivery: a signed form POST with a hard timeout and a cap on the answer size, so a slow or
 * chatty webhook server cannot hang or flood the sandbox.
 */
import * as http from 'http';
import * as https from 'https';

export interface PostResult {
  status?: number;
  body?: string;
  error?: string;
}

const MAX_ANSWER_BYTES = 256 * 1024;

export function postForm(
  url: string,
  body: string,
  signature: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ error: `invalid webhook URL ${url}` });
      return;
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      resolve({ error: `unsupported webhook URL scheme ${target.protocol}` });
      return;
    }
    if (signal.aborted) {
      resolve({ error: 'sandbox stopped' });
      return;
    }
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const payload = Buffer.from(body, 'utf8');
    const transport = target.protocol === 'https:' ? https : http;
    const request = transport.request(target, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'Content-Length': String(payload.length),
        Accept: 'application/xml, text/plain, text/html',
        'User-Agent': 'sipgate.io sandbox',
        'X-Sipgate-Signature': signature,
      },
    });
    const timer = setTimeout(() => {
      request.destroy();
      finish({ error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    const onAbort = () => {
      request.destroy();
      finish({ error: 'sandbox stopped' });
    };
    signal.addEventListener('abort', onAbort);
    request.on('error', (error) => finish({ error: error.message }));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          request.destroy();
          // The start is kept: it usually says what went wrong.
          const start = Buffer.concat(chunks).toString('utf8');
          finish({ status: response.statusCode, body: start, error: `answer larger than ${MAX_ANSWER_BYTES} bytes` });
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => finish({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => finish({ status: response.statusCode, error: error.message }));
    });
    request.end(payload);
  });
}
