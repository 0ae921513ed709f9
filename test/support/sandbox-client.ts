/**
 * Test helper for the sandbox suites: real HTTP requests (fetch over loopback) with the sandbox credentials.
 */
import { createSandbox, SANDBOX_CREDENTIALS, type Sandbox, type SandboxOptions } from '../../lib/sandbox';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON when the answer was JSON, else undefined. */
  json: any;
  contentType: string;
}

export interface ApiRequest {
  body?: unknown;
  /** Sent as-is (no JSON encoding), e.g. broken JSON. */
  rawBody?: string;
  authorization?: string | null;
  headers?: Record<string, string>;
}

export const PAT_HEADER = `Basic ${Buffer.from(`${SANDBOX_CREDENTIALS.tokenId}:${SANDBOX_CREDENTIALS.token}`).toString('base64')}`;

export async function api(
  sandbox: Sandbox,
  method: string,
  path: string,
  request: ApiRequest = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(request.headers ?? {}) };
  if (request.authorization !== null) headers.Authorization = request.authorization ?? PAT_HEADER;
  let body: string | undefined = request.rawBody;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let json: any;
  if (contentType.startsWith('application/json') && text !== '') json = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, json, contentType };
}

/** Polls until `check` returns a value (bounded: at most `attempts` tries, `everyMs` apart). */
export async function eventually<T>(check: () => Promise<T | undefined>, attempts = 200, everyMs = 10): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`condition not reached after ${attempts} attempts`);
}

/** A minimal one-page PDF, base64-encoded. */
export const PDF_BASE64 = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n' +
    '3 0 obj<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

/**
 * One sandbox for the enclosing describe block: started before its tests, stopped after them, back to the seed
 * data before each test. `use` gets it once started (typically `(started) => (sandbox = started)`).
 */
export function withSandbox(use: (sandbox: Sandbox) => void, options?: SandboxOptions): void {
  let running: Sandbox | undefined;
  before(async () => {
    running = await createSandbox(options);
    use(running);
  });
  after(async () => {
    await running?.stop();
  });
  beforeEach(() => running?.reset());
}
