/**
 * nock scopes for the sipgate REST API that record every intercepted request and check it against the
 * OpenAPI spec. The root hook (root-hooks.ts) fails a test that produced contract violations.
 */
import nock from 'nock';
import { parseQueryString, type QueryValue, validateRequest } from './openapi';

export interface RecordedRequest {
  method: string;
  /** Path as sent, without the query string, including the base path ("/v2/sessions/sms"). */
  path: string;
  query: Record<string, QueryValue>;
  /** Parsed JSON body, the raw string when it is not JSON, undefined when empty. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

let recorded: RecordedRequest[] = [];
let violations: string[] = [];

/** Requests intercepted since the last clearRecordedRequests() (the root hook clears them before each test). */
export function recordedRequests(): RecordedRequest[] {
  return [...recorded];
}

/** Returns and clears the contract violations collected so far. */
export function takeContractViolations(): string[] {
  const taken = violations;
  violations = [];
  return taken;
}

/** Violations are kept: those from a before() hook then fail the next test instead of vanishing. */
export function clearRecordedRequests(): void {
  recorded = [];
}

function parseBody(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function headerValue(value: unknown): string | string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String) : String(value);
}

/**
 * A nock scope for `baseUrl`; define interceptors relative to it as usual (`mockApi().post('/sessions/sms')`).
 * Every request it intercepts is recorded and checked against the spec.
 */
export function mockApi(baseUrl = 'https://api.sipgate.com/v2'): nock.Scope {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const basePath = new URL(trimmed).pathname.replace(/\/+$/, '');
  const scope = nock(trimmed);
  scope.on(
    'request',
    (
      req: { method: string; path: string; headers: Record<string, unknown> },
      _interceptor: unknown,
      rawBody: unknown,
    ) => {
      const [pathname, queryString = ''] = req.path.split('?', 2);
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), headerValue(v)]),
      );
      const request: RecordedRequest = {
        method: req.method.toUpperCase(),
        path: pathname,
        query: parseQueryString(queryString),
        body: parseBody(rawBody),
        headers,
      };
      recorded.push(request);
      const contentType = headers['content-type'];
      violations.push(
        ...validateRequest({
          method: request.method,
          // The spec's paths are relative to its server URL, so drop whatever base path this scope uses.
          path:
            basePath && request.path.startsWith(basePath) ? request.path.slice(basePath.length) || '/' : request.path,
          query: request.query,
          body: request.body,
          contentType: Array.isArray(contentType) ? contentType[0] : contentType,
        }),
      );
    },
  );
  return scope;
}
