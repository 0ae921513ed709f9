/**
 * Contract checks against the sipgate OpenAPI 3.0 spec (spec/openapi.yaml).
 * Unit tests (through api-mock.ts) and the sandbox tests use this to prove that every request we send and every
 * response the sandbox returns is one the real API knows.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { SPEC_DIR } from './paths';

type Json = Record<string, any>;
export type QueryValue = string | string[];

export interface Operation {
  method: string;
  /** Path template as written in the spec, e.g. "/history/{entryId}". */
  pathTemplate: string;
  operationId?: string;
  pathParams: Record<string, string>;
  spec: Json;
}

export interface RequestToCheck {
  method: string;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  contentType?: string;
}

export interface ResponseToCheck {
  method: string;
  path: string;
  status: number;
  body?: unknown;
  contentType?: string;
}

interface AllowedUnknownEndpoint {
  method: string;
  pathPattern: RegExp;
  reason: string;
}

const BASE_PATH = '/v2';

// ---------------------------------------------------------------------------------------------------------------
// Newer endpoints that the SDK uses although openapi.yaml does not list them. Every entry must name the endpoint
// and a public https:// source that documents it, e.g.
//   allowUnknownEndpoint('GET', '/example/{id}', 'newer than the spec: https://developer.sipgate.io/...');
// Empty on purpose: as far as known the SDK uses only endpoints the spec declares.
const allowedUnknownEndpoints: AllowedUnknownEndpoint[] = [];
// ---------------------------------------------------------------------------------------------------------------

/**
 * Marks a request the spec does not know as acceptable. `pathPattern` uses the spec's template syntax
 * ("/foo/{id}"); the reason must cite a public https:// source so nobody whitelists an endpoint on a hunch.
 */
export function allowUnknownEndpoint(method: string, pathPattern: string, reason: string): void {
  if (!/https:\/\/\S+/.test(reason)) {
    throw new Error(`allowUnknownEndpoint(${method} ${pathPattern}): the reason must cite a public https:// source`);
  }
  const regex = pathPattern
    .split('/')
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  allowedUnknownEndpoints.push({ method: method.toUpperCase(), pathPattern: new RegExp(`^${regex}$`), reason });
}

// ---------------------------------------------------------------------------------------------------------------
// Loading and schema compilation

interface LoadedSpec {
  doc: Json;
  /** Validates JSON bodies exactly as sent. */
  bodies: Ajv;
  /** Validates path/query values, which arrive as strings: "5" must count as an integer. */
  params: Ajv;
}

let loaded: LoadedSpec | undefined;
const validatorCache = new Map<string, ValidateFunction>();

export function openApiPath(): string {
  return process.env.SIPGATE_OPENAPI_PATH || path.join(SPEC_DIR, 'openapi.yaml');
}

/** The parsed spec document (loaded once). */
export function openApiDocument(): Json {
  return spec().doc;
}

function spec(): LoadedSpec {
  if (loaded) return loaded;
  const doc = parseYaml(fs.readFileSync(openApiPath(), 'utf8')) as Json;
  const components = doc.components?.schemas ?? {};
  const newAjv = (coerce: boolean): Ajv => {
    // coerceTypes 'array' also accepts a single query value ("CALL") where the schema wants an array.
    const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce ? 'array' : false });
    addFormats(ajv); // includes the OpenAPI formats int32 / int64 / float / double
    // Two copies of the component schemas: requests must not carry properties the spec does not declare;
    // responses may (servers add fields over time).
    ajv.addSchema({ components: { schemas: toJsonSchema(components, 'request') } }, 'request.json');
    ajv.addSchema({ components: { schemas: toJsonSchema(components, 'response') } }, 'response.json');
    return ajv;
  };
  loaded = { doc, bodies: newAjv(false), params: newAjv(true) };
  return loaded;
}

type SchemaMode = 'request' | 'response';

/** Converts OpenAPI 3.0 schema dialect to JSON Schema draft-07 as ajv understands it. */
function toJsonSchema(node: any, mode: SchemaMode): any {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, mode));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'nullable' || key === 'xml' || key === 'externalDocs') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, toJsonSchema(v, mode)]));
    } else if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out.$ref = `${mode}.json${value}`;
    } else {
      out[key] = toJsonSchema(value, mode);
    }
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.$ref) return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
  }
  const isObject = out.type === 'object' || (out.type === undefined && out.properties !== undefined);
  if (mode === 'request' && isObject && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function compile(schema: Json, mode: SchemaMode, kind: 'bodies' | 'params' = 'bodies'): ValidateFunction {
  const key = `${kind}:${mode}:${JSON.stringify(schema)}`;
  let validate = validatorCache.get(key);
  if (!validate) {
    validate = spec()[kind].compile(toJsonSchema(schema, mode));
    validatorCache.set(key, validate);
  }
  return validate;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const at = error.instancePath ? `${where}${error.instancePath}` : where;
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${(error.params as { additionalProperty: string }).additionalProperty})`
        : error.keyword === 'enum'
          ? ` (${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)})`
          : '';
    return `${at} ${error.message}${extra}`;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Path matching

function splitPath(rawPath: string): { segments: string[]; query: Record<string, QueryValue> } {
  const [pathPart, queryPart] = rawPath.split('?', 2);
  let pathname = pathPart.replace(/\/+$/, '');
  if (pathname === BASE_PATH || pathname.startsWith(`${BASE_PATH}/`)) pathname = pathname.slice(BASE_PATH.length);
  return { segments: templateSegments(pathname), query: parseQueryString(queryPart ?? '') };
}

/** "/a/{b}" -> ["a", "{b}"]; "/" and "" -> []. */
function templateSegments(pathname: string): string[] {
  return pathname === '' || pathname === '/' ? [] : pathname.replace(/^\//, '').split('/');
}

/** Parses a query string; repeated keys become arrays. */
export function parseQueryString(queryString: string): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of new URLSearchParams(queryString)) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = templateSegments(template);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const param = /^\{([^}]+)\}$/.exec(parts[i]);
    if (param) {
      if (!segments[i]) return undefined;
      params[param[1]] = decodeURIComponent(segments[i]);
    } else if (parts[i] !== segments[i]) {
      return undefined;
    }
  }
  return params;
}

/** "1" per literal segment, "0" per template: the larger string has literals further left. */
function specificity(template: string): string {
  return templateSegments(template)
    .map((s) => (s.startsWith('{') ? '0' : '1'))
    .join('');
}

function matchingTemplates(segments: string[]): Array<{ template: string; params: Record<string, string> }> {
  const matches: Array<{ template: string; params: Record<string, string> }> = [];
  for (const template of Object.keys(spec().doc.paths ?? {})) {
    const params = matchTemplate(template, segments);
    if (params) matches.push({ template, params });
  }
  return matches.sort((a, b) => specificity(b.template).localeCompare(specificity(a.template)));
}

/**
 * The spec operation for a method and a concrete path ("/v2/history/abc", "/w0/sms"), or undefined.
 * When several templates match, the one with literal segments further left wins (/history/export beats
 * /history/{entryId}); only templates that define the method are considered.
 */
export function findOperation(method: string, requestPath: string): Operation | undefined {
  const lower = method.toLowerCase();
  const { segments } = splitPath(requestPath);
  for (const { template, params } of matchingTemplates(segments)) {
    const operation = spec().doc.paths[template]?.[lower];
    if (operation) {
      return {
        method: method.toUpperCase(),
        pathTemplate: template,
        operationId: operation.operationId,
        pathParams: params,
        spec: operation,
      };
    }
  }
  return undefined;
}

function isAllowedUnknown(method: string, requestPath: string): boolean {
  const { segments } = splitPath(requestPath);
  const pathname = `/${segments.join('/')}`;
  return allowedUnknownEndpoints.some(
    (entry) => entry.method === method.toUpperCase() && entry.pathPattern.test(pathname),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0].trim().toLowerCase() || undefined;
}

function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || type === '*/*' || type.endsWith('+json');
}

function parametersOf(operation: Operation): Json[] {
  const pathLevel = spec().doc.paths[operation.pathTemplate]?.parameters ?? [];
  return [...pathLevel, ...(operation.spec.parameters ?? [])].map((p: Json) => resolveRef(p));
}

function resolveRef(node: Json): Json {
  if (typeof node?.$ref !== 'string' || !node.$ref.startsWith('#/')) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at: Json, key: string) => at?.[key], spec().doc);
}

function checkParameter(where: string, parameter: Json, value: QueryValue): string[] {
  if (!parameter.schema) return [];
  const validate = compile({ type: 'object', properties: { value: parameter.schema } }, 'request', 'params');
  // Copy: ajv coercion rewrites the wrapper, never the caller's data.
  if (validate({ value: Array.isArray(value) ? [...value] : value })) return [];
  return describeErrors(where, validate.errors).map((message) => message.replace(`${where}/value`, where));
}

/** Human-readable contract violations of a request (empty when the spec accepts it). */
export function validateRequest(request: RequestToCheck): string[] {
  const label = `${request.method.toUpperCase()} ${request.path}`;
  const operation = findOperation(request.method, request.path);
  if (!operation) {
    if (isAllowedUnknown(request.method, request.path)) return [];
    const { segments } = splitPath(request.path);
    const knownPath = matchingTemplates(segments)[0];
    return [
      knownPath
        ? `${label}: method ${request.method.toUpperCase()} is not declared for ${knownPath.template}`
        : `${label}: path is not in the OpenAPI spec`,
    ];
  }
  const where = `${label} (${operation.pathTemplate})`;
  const violations: string[] = [];
  const parameters = parametersOf(operation);
  const query = { ...splitPath(request.path).query, ...(request.query ?? {}) };

  for (const parameter of parameters.filter((p) => p.in === 'path')) {
    violations.push(
      ...checkParameter(
        `${where}: path parameter ${parameter.name}`,
        parameter,
        operation.pathParams[parameter.name] ?? '',
      ),
    );
  }
  for (const [name, value] of Object.entries(query)) {
    const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
    if (!parameter) violations.push(`${where}: query parameter "${name}" is not declared`);
    else violations.push(...checkParameter(`${where}: query parameter ${name}`, parameter, value));
  }
  for (const parameter of parameters.filter((p) => p.in === 'query' && p.required && !(p.name in query))) {
    violations.push(`${where}: required query parameter "${parameter.name}" is missing`);
  }
  violations.push(...checkRequestBody(where, operation, request));
  return violations;
}

function checkRequestBody(where: string, operation: Operation, request: RequestToCheck): string[] {
  const hasBody = request.body !== undefined && request.body !== '';
  const requestBody = operation.spec.requestBody ? resolveRef(operation.spec.requestBody) : undefined;
  if (!requestBody) return hasBody ? [`${where}: sends a body, but the operation declares none`] : [];
  if (!hasBody) return requestBody.required ? [`${where}: the request body is required`] : [];

  const content: Json = requestBody.content ?? {};
  const sent = mediaType(request.contentType);
  const declared = Object.keys(content);
  const chosen = sent
    ? declared.find((t) => t === sent || t === '*/*')
    : (declared.find(isJsonMediaType) ?? declared[0]);
  if (!chosen) return [`${where}: content type ${sent} is not declared (declared: ${declared.join(', ')})`];
  if (!isJsonMediaType(chosen) && !(sent && isJsonMediaType(sent))) return [];
  const schema = content[chosen]?.schema;
  if (!schema) return [];

  // A string sent as text stays a string (and fails an object schema); a JSON string is parsed first.
  const parse = !sent || isJsonMediaType(sent);
  return checkJsonBody(where, request.body, schema, 'request', parse);
}

function checkJsonBody(where: string, raw: unknown, schema: Json, mode: SchemaMode, parse = true): string[] {
  let body = raw;
  if (parse && typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      return [`${where}: the body is not valid JSON`];
    }
  }
  const validate = compile(schema, mode);
  return validate(body) ? [] : describeErrors(`${where}: body`, validate.errors);
}

/** Human-readable contract violations of a response (empty when the spec accepts it). */
export function validateResponse(response: ResponseToCheck): string[] {
  const label = `${response.method.toUpperCase()} ${response.path}`;
  const operation = findOperation(response.method, response.path);
  if (!operation) return [`${label}: no such operation in the OpenAPI spec`];
  const where = `${label} (${operation.pathTemplate}) -> ${response.status}`;
  const responses: Json = operation.spec.responses ?? {};
  const declared =
    responses[String(response.status)] ?? responses[`${String(response.status)[0]}XX`] ?? responses.default;
  if (!declared) return [`${where}: status is not declared (declared: ${Object.keys(responses).join(', ')})`];

  const sent = mediaType(response.contentType);
  if (sent && !isJsonMediaType(sent)) return [];
  const content: Json = resolveRef(declared).content ?? {};
  const jsonType = Object.keys(content).find(isJsonMediaType);
  const schema = jsonType ? content[jsonType]?.schema : undefined;
  if (!schema || response.body === undefined || response.body === '') return [];

  return checkJsonBody(where, response.body, schema, 'response');
}
