/**
 * Checks a request's JSON body and query parameters against the OpenAPI extract (openapi/request-schemas.ts)
 * before any handler runs, and answers 400 naming the first field that does not fit. The handlers' own checks
 * then cover what a schema cannot say (E.164 numbers, known ids, dates).
 *
 * Two readings follow how the real API's JSON binding behaves: an optional property sent as null counts as
 * absent, and a boolean may arrive as the string "true" or "false" (the official client sends some that way).
 * Properties the spec does not declare are refused: a misspelt field is a client bug the sandbox must show.
 */
import { HttpError } from './http';
import type { RequestSchema, SchemaNode } from './openapi/schema-types';

const INT32 = { min: -2147483648, max: 2147483647 };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/** The first problem of `value` against `schema`, as "<where> must …", or undefined when it fits. */
export function schemaProblem(schema: SchemaNode, value: unknown, where: string): string | undefined {
  if (value === null) return schema.nullable ? undefined : `${where} must not be null`;
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return `${where} must be a string, got ${describe(value)}`;
      if (schema.minLength !== undefined && value.length < schema.minLength)
        return `${where} must have at least ${schema.minLength} characters`;
      if (schema.maxLength !== undefined && value.length > schema.maxLength)
        return `${where} must have at most ${schema.maxLength} characters`;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
        return `${where} must match ${schema.pattern}`;
      break;
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `${where} must be a number, got ${describe(value)}`;
      if (schema.type === 'integer' && !Number.isInteger(value)) return `${where} must be an integer`;
      const min = schema.minimum ?? (schema.format === 'int32' ? INT32.min : undefined);
      const max = schema.maximum ?? (schema.format === 'int32' ? INT32.max : undefined);
      if (min !== undefined && value < min) return `${where} must be at least ${min}`;
      if (max !== undefined && value > max) return `${where} must be at most ${max}`;
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false')
        return `${where} must be a boolean, got ${describe(value)}`;
      break;
    case 'array':
      if (!Array.isArray(value)) return `${where} must be an array, got ${describe(value)}`;
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return `${where} must have at least ${schema.minItems} items`;
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        return `${where} must have at most ${schema.maxItems} items`;
      if (schema.items) {
        for (let i = 0; i < value.length; i++) {
          const problem = schemaProblem(schema.items, value[i], `${where}[${i}]`);
          if (problem) return problem;
        }
      }
      break;
    case 'object':
      return objectProblem(schema, value, where);
  }
  if (schema.enum && !schema.enum.includes(value)) return `${where} must be one of ${schema.enum.join(', ')}`;
  return undefined;
}

function objectProblem(schema: SchemaNode, value: unknown, where: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${where} must be an object, got ${describe(value)}`;
  const record = value as Record<string, unknown>;
  const at = (name: string) => (where === 'body' ? name : `${where}.${name}`);
  for (const name of schema.required ?? []) {
    if (record[name] === undefined || record[name] === null) return `${at(name)} is required`;
  }
  for (const [name, property] of Object.entries(record)) {
    const declared = schema.properties?.[name];
    if (declared) {
      if (property === null && !schema.required?.includes(name)) continue;
      const problem = schemaProblem(declared, property, at(name));
      if (problem) return problem;
    } else if (typeof schema.additionalProperties === 'object') {
      const problem = schemaProblem(schema.additionalProperties, property, at(name));
      if (problem) return problem;
    } else if (schema.properties && schema.additionalProperties !== true) {
      return `${at(name)} is not a field of this request`;
    }
  }
  return undefined;
}

/** A query value (always text) read as the schema's type, then checked. */
function queryProblem(schema: SchemaNode, raw: string[], name: string): string | undefined {
  if (schema.type === 'array') {
    const values = raw.flatMap((value) => value.split(',')).filter((value) => value !== '');
    return schemaProblem(
      schema,
      values.map((value) => fromText(schema.items ?? {}, value)),
      name,
    );
  }
  return schemaProblem(schema, fromText(schema, raw[raw.length - 1]), name);
}

function fromText(schema: SchemaNode, text: string): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  return text;
}

/** Throws HttpError 400 when the body or a query parameter does not fit the operation's schema. */
export function checkRequest(schema: RequestSchema | undefined, query: URLSearchParams, body: unknown): void {
  if (!schema) return;
  for (const [name, parameter] of Object.entries(schema.query ?? {})) {
    const raw = query.getAll(name).filter((value) => value !== '');
    if (raw.length === 0) {
      if (parameter.required) throw new HttpError(400, `query parameter ${name} is required`);
      continue;
    }
    const problem = queryProblem(parameter.schema, raw, name);
    if (problem) throw new HttpError(400, problem);
  }
  if (schema.body === undefined) return;
  if (body === undefined) {
    if (schema.bodyRequired) throw new HttpError(400, 'request body is required');
    return;
  }
  const problem = schemaProblem(schema.body, body, 'body');
  if (problem) throw new HttpError(400, problem);
}
