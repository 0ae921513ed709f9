/**
 * A small web app that signs a sipgate user in with OAuth (authorization code + PKCE) and lists their history.
 * Tokens are kept per browser session in memory and renewed by the SDK; a real app would persist them in
 * onTokens.
 *
 *   npm run sandbox                                   # in another terminal: API, sign-in and consent page
 *   SIPGATE_SANDBOX=1 npx ts-node examples/oauth-web-app.ts
 *   open http://127.0.0.1:8090/
 *
 * Against sipgate: SIPGATE_OAUTH_CLIENT_ID (and SIPGATE_OAUTH_CLIENT_SECRET for a confidential client), with
 * http://127.0.0.1:8090/callback registered as its redirect URI. PORT changes the port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import {
  createOAuthClient,
  createOAuthSession,
  sipgateIO,
  type OAuthClient,
  type OAuthSession,
  type PendingSignIn,
  type SipgateIO,
} from '../lib';
import { baseUrlFromEnv, isSandbox } from './lib/env';

export interface OAuthWebAppOptions {
  port?: number;
  clientId: string;
  clientSecret?: string;
  /** The OAuth server (`sandbox.oauthUrl`); default SIPGATE_OAUTH_URL, else sipgate's. */
  authServerUrl?: string;
  /** The REST API; default SIPGATE_BASE_URL, else sipgate's. */
  baseUrl?: string;
}

interface Visitor {
  pending?: PendingSignIn;
  session?: OAuthSession;
  client?: SipgateIO;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sipgate history</title></head><body>${body}</body></html>`;

function cookie(req: IncomingMessage, name: string): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match?.[1];
}

export async function startOAuthWebApp(options: OAuthWebAppOptions): Promise<{ url: string; close(): Promise<void> }> {
  const visitors = new Map<string, Visitor>();
  let oauth: OAuthClient | undefined = undefined; // set once the port (and so the redirect URI) is known
  let origin = '';

  const visitorOf = (req: IncomingMessage, res: ServerResponse): Visitor => {
    let id = cookie(req, 'sid');
    if (!id || !visitors.has(id)) {
      id = randomBytes(16).toString('base64url');
      visitors.set(id, {});
      res.setHeader('Set-Cookie', `sid=${id}; HttpOnly; SameSite=Lax; Path=/`);
    }
    return visitors.get(id)!;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const visitor = visitorOf(req, res);
    const reply = (status: number, html: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      res.end(page(html));
    };
    if (url.pathname === '/login') {
      visitor.pending = await oauth!.startSignIn({ scopes: ['history:read'] });
      res.writeHead(302, { Location: visitor.pending.url }).end();
      return;
    }
    if (url.pathname === '/callback') {
      const pending = visitor.pending;
      if (!pending) return reply(400, '<p id="error">No sign-in in progress. <a href="/login">Sign in</a></p>');
      visitor.pending = undefined;
      const tokens = await oauth!.completeSignIn(url, pending);
      visitor.session = createOAuthSession({
        client: oauth!,
        tokens,
        // A real app stores the renewed tokens (encrypted) here.
        onTokens: () => console.log('tokens renewed'),
      });
      visitor.client = sipgateIO(visitor.session, { baseUrl: options.baseUrl });
      console.log('user signed in');
      res.writeHead(302, { Location: '/' }).end();
      return;
    }
    if (url.pathname === '/logout') {
      await visitor.session?.signOut();
      visitor.session = visitor.client = undefined;
      console.log('user signed out');
      res.writeHead(302, { Location: '/' }).end();
      return;
    }
    if (url.pathname !== '/') return reply(404, '<p>Not found</p>');
    if (!visitor.client)
      return reply(200, '<h1>sipgate history</h1><p><a id="login" href="/login">Sign in with sipgate</a></p>');
    const history = await visitor.client.history.fetchPage({}, { limit: 20 });
    const rows = history.items
      .map(
        (entry) =>
          `<tr><td>${escapeHtml(entry.created.toISOString())}</td><td>${escapeHtml(entry.type)}</td>` +
          `<td>${escapeHtml(entry.source)}</td><td>${escapeHtml(entry.target)}</td></tr>`,
      )
      .join('');
    console.log(`listed ${history.items.length} history entries`);
    reply(
      200,
      `<h1>Your sipgate history</h1><p id="count">${history.items.length} of ${history.totalCount} entries</p>` +
        `<table id="history">${rows}</table><p><a id="logout" href="/logout">Sign out</a></p>`,
    );
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: Error) => {
      console.error(`request failed: ${error.name}: ${error.message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        page(
          `<p id="error">${escapeHtml(`${error.name}: ${error.message}`)}</p><p><a href="/login">Sign in again</a></p>`,
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  oauth = createOAuthClient({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri: `${origin}/callback`,
    authServerUrl: options.authServerUrl,
  });
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (require.main === module) {
  const baseUrl = baseUrlFromEnv();
  const sandbox = isSandbox();
  const clientId = process.env.SIPGATE_OAUTH_CLIENT_ID ?? (sandbox ? 'sandbox-app' : undefined);
  if (!clientId) {
    console.error('Set SIPGATE_OAUTH_CLIENT_ID (your OAuth client), or run against the sandbox (SIPGATE_SANDBOX=1).');
    process.exit(2);
  }
  // The sandbox serves its sign-in next to the API: http://127.0.0.1:3333/oauth for http://127.0.0.1:3333/v2.
  const authServerUrl =
    process.env.SIPGATE_OAUTH_URL ?? (sandbox && baseUrl ? baseUrl.replace(/\/v2\/?$/, '/oauth') : undefined);
  startOAuthWebApp({
    port: Number(process.env.PORT ?? 8090),
    clientId,
    clientSecret: process.env.SIPGATE_OAUTH_CLIENT_SECRET,
    authServerUrl,
    baseUrl,
  }).then(
    (app) => {
      console.log(`OAuth web app listening on ${app.url}`);
      const stop = () => void app.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: Error) => {
      console.error(`${error.name}: ${error.message}`);
      process.exit(1);
    },
  );
}
