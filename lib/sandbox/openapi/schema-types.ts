/**
 * The subset of OpenAPI 3.0 schema keywords the sandbox checks requests against (see request-check.ts).
 * request-schemas.ts holds these, extracted from spec/openapi.yaml by scripts/extract-sandbox-schemas.ts.
 */
export interface SchemaNode {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  nullable?: boolean;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
}

export interface QueryParameter {
  schema: SchemaNode;
  required?: boolean;
}

/** What the spec says about one operation's request. */
export interface RequestSchema {
  /** OAuth scopes of which a token needs any one (always includes "all"); absent when the spec declares none. */
  scopes?: string[];
  body?: SchemaNode;
  bodyRequired?: boolean;
  query?: Record<string, QueryParameter>;
}
