/**
 * A tiny route table: templates like "/history/{entryId}", literal segments win over parameters
 * (so /history/export beats /history/{entryId}); a known path with another method yields 405.
 */
import type { HandlerResult } from './http';
import type { RequestContext } from './context';

export type Handler = (ctx: RequestContext) => HandlerResult | Promise<HandlerResult>;

export interface Route {
  method: string;
  template: string;
  handler: Handler;
}

interface CompiledRoute extends Route {
  segments: string[];
  rank: string;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod'; allowed: string[] }
  | { kind: 'notFound' };

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const name = /^\{(.+)\}$/.exec(template[i]);
    if (name) {
      try {
        params[name[1]] = decodeURIComponent(actual[i]);
      } catch {
        return undefined; // malformed %-escape: no route can match it
      }
    } else if (template[i] !== actual[i]) {
      return undefined;
    }
  }
  return params;
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(method: string, template: string, handler: Handler): this {
    const segments = split(template);
    const rank = segments.map((s) => (s.startsWith('{') ? '0' : '1')).join('');
    this.routes.push({ method: method.toUpperCase(), template, handler, segments, rank });
    this.routes.sort((a, b) => b.rank.localeCompare(a.rank));
    return this;
  }

  match(method: string, path: string): RouteMatch {
    const actual = split(path);
    const allowed = new Set<string>();
    let bestRank: string | undefined;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, actual);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      // Only the most specific template decides which methods exist for a path.
      if (bestRank === undefined) bestRank = route.rank;
      if (route.rank === bestRank) allowed.add(route.method);
    }
    return allowed.size > 0 ? { kind: 'wrongMethod', allowed: [...allowed] } : { kind: 'notFound' };
  }

  list(): Route[] {
    return this.routes.map(({ method, template, handler }) => ({ method, template, handler }));
  }
}
