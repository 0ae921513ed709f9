/**
 * Scope enforcement for requests made with an access token the sandbox issued: like sipgate, an operation that
 * declares scopes (any one of them suffices; "all" is always among them) answers 403 to a token without one.
 * Personal access tokens and Basic credentials are not checked (the sandbox's own are published constants).
 */
import { HttpError } from '../http';

export function checkScope(granted: readonly string[], needed: readonly string[] | undefined): void {
  if (!needed || needed.length === 0 || needed.some((scope) => granted.includes(scope))) return;
  throw new HttpError(403, `the access token lacks a scope this request needs (one of: ${needed.join(', ')})`, {
    'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${needed.join(' ')}"`,
  });
}
