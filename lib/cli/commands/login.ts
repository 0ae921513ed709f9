/**
 * `sipgateio login`: signs in with OAuth (authorization code + PKCE) without a browser of its own. It prints the
 * sign-in address, waits on a loopback redirect URI for the browser to come back, exchanges the code and saves
 * the refresh token in the profile file (0600), from where every other command renews its access tokens.
 */
import type { Command } from 'commander';
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { OAuthClient, PendingSignIn } from '../../oauth/sign-in';
import type { TokenSet } from '../../oauth/token-set';
import { portNumber, positiveInteger } from '../context';
import { profileLocation } from '../credentials';
import { CliUsageError } from '../errors';
import { cliOAuthClient, saveTokens } from '../oauth-session';
import type { Action } from '../main';

const CALLBACK_PATH = '/callback';

const page = (title: string, text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;

/** Serves the redirect URI until the browser comes back (or the time is up) and returns the callback URL. */
async function waitForCallback(
  port: number,
  timeoutMs: number,
  started: (redirectUri: string) => Promise<void>,
  finish: (callbackUrl: string) => Promise<TokenSet>,
): Promise<TokenSet> {
  let settle: { resolve: (tokens: TokenSet) => void; reject: (error: unknown) => void } | undefined;
  const done = new Promise<TokenSet>((resolve, reject) => (settle = { resolve, reject }));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    finish(url.toString()).then(
      (tokens) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page('Signed in', 'You can close this tab and return to the terminal.'));
        settle!.resolve(tokens);
      },
      (error: unknown) => {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page('Sign-in failed', 'See the terminal for the reason.'));
        settle!.reject(error);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CliUsageError(`cannot listen on 127.0.0.1:${port} (${error.code ?? error.message})`)),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const timer = setTimeout(() => settle!.reject(new Error(`no sign-in within ${timeoutMs / 1000} s`)), timeoutMs);
  const interrupt = () => settle!.reject(new CliUsageError('sign-in cancelled'));
  process.once('SIGINT', interrupt);
  try {
    await started(`http://127.0.0.1:${(server.address() as AddressInfo).port}${CALLBACK_PATH}`);
    return await done;
  } finally {
    clearTimeout(timer);
    process.removeListener('SIGINT', interrupt);
    server.closeAllConnections();
    server.close();
  }
}

export function registerLogin(program: Command, action: Action): void {
  program
    .command('login')
    .description('sign in with OAuth in a browser and save the refresh token in the profile file')
    .requiredOption(
      '--client-id <id>',
      'your OAuth client id (secret of a confidential client: SIPGATE_OAUTH_CLIENT_SECRET)',
    )
    .option('--scopes <list>', 'scopes, space- or comma-separated', 'all')
    .option(
      '--port <port>',
      'loopback port of the redirect URI http://127.0.0.1:PORT/callback (default and 0: any free)',
    )
    .option('--timeout <seconds>', 'how long to wait for the sign-in', '300')
    .action(
      action(async (ctx, options: { clientId: string; scopes: string; port?: string; timeout: string }) => {
        const port = options.port === undefined ? 0 : portNumber(options.port, '--port');
        const timeoutMs = positiveInteger(options.timeout, '--timeout', 86_400) * 1000;
        const scopes = options.scopes.split(/[\s,]+/).filter(Boolean);
        const env = ctx.io.env;
        const grant = { clientId: options.clientId, clientSecret: env.SIPGATE_OAUTH_CLIENT_SECRET || undefined };
        const profile = profileLocation(env, ctx.options.profile);
        let client: OAuthClient | undefined;
        let pending: PendingSignIn | undefined;
        const tokens = await waitForCallback(
          port,
          timeoutMs,
          async (redirectUri) => {
            client = cliOAuthClient(grant, env, redirectUri);
            const signIn = await client.startSignIn({ scopes });
            pending = signIn;
            // The address is the point of the command: shown even with --quiet or --json.
            ctx.io.stderr.write(`Open this address in a browser to sign in (Ctrl-C cancels):\n${signIn.url}\n`);
          },
          (callbackUrl) => client!.completeSignIn(callbackUrl, pending!),
        );
        // The refresh token belongs to the server that issued it: the profile keeps that token endpoint.
        saveTokens(profile, tokens, { ...grant, tokenUrl: client!.endpoints.token });
        ctx.result(
          { signedIn: true, profile: profile.name, file: profile.file, scope: tokens.scope },
          `signed in; profile "${profile.name}" saved in ${profile.file}`,
        );
      }),
    );
}
