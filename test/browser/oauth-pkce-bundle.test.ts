/**
 * A public client in the browser, with nothing but the script-tag bundle: the page itself runs the whole
 * authorization-code flow with PKCE against the sandbox (WebCrypto S256 challenge, redirect to the consent page,
 * back with code and state, code exchange and later refresh by fetch from the page's origin), then lists the
 * history with a client on those tokens. The test only plays the user: it clicks "Sign in" and "Allow".
 */
import { expect } from 'chai';
import { promises as fs } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { createSandbox, SANDBOX_OAUTH_CLIENT, type Sandbox } from '../../lib/sandbox';
import { launchChromium, serveFiles, type RunningBrowser, type StaticServer } from '../support/browser';
import { repoPath } from '../support/paths';

type Build = 'script tag (sipgate-io.min.js)' | 'ES module (sipgate-io.esm.mjs)';

/** How each build gets into a page, as the README shows it. */
const LOADERS: Record<Build, { path: string; file: string; script: (app: string) => string }> = {
  'script tag (sipgate-io.min.js)': {
    path: '/script-app.html',
    file: 'sipgate-io.min.js',
    script: (app) =>
      `<script src="/sipgate-io.min.js"></script>\n<script>\nconst { createOAuthClient, createOAuthSession } = sipgateIO;\n${app}</script>`,
  },
  'ES module (sipgate-io.esm.mjs)': {
    path: '/esm-app.html',
    file: 'sipgate-io.esm.mjs',
    script: (app) =>
      `<script type="module">\nimport { sipgateIO, createOAuthClient, createOAuthSession } from '/sipgate-io.esm.mjs';\n${app}</script>`,
  },
};

/** A user's app page: sign-in button, callback handling and history list, all in the page's own script. */
function appPage(build: Build, config: { clientId: string; oauthUrl: string; baseUrl: string }): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>PKCE app</title></head>
<body>
<button id="login">Sign in with sipgate</button> <button id="again">List again</button>
<button id="logout">Sign out</button>
${LOADERS[build].script(`
const CONFIG = ${JSON.stringify(config)};
const oauth = createOAuthClient({
  clientId: CONFIG.clientId,
  redirectUri: location.origin + location.pathname,
  authServerUrl: CONFIG.oauthUrl,
});
function show(id, lines) {
  const list = document.createElement('ul');
  list.id = id;
  for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
  document.body.append(list);
}
async function listHistory(client, id) {
  const page = await client.history.fetchPage({}, { limit: 5 });
  show(id, page.items.map((entry) => entry.type + ' ' + entry.id));
}
async function main() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) {
    document.getElementById('login').onclick = async () => {
      const pending = await oauth.startSignIn({ scopes: ['history:read'] });
      sessionStorage.setItem('pending', JSON.stringify(pending));
      location.assign(pending.url);
    };
    document.body.dataset.ready = 'sign-in';
    return;
  }
  const pending = JSON.parse(sessionStorage.getItem('pending'));
  sessionStorage.removeItem('pending');
  const tokens = await oauth.completeSignIn(location.href, pending);
  history.replaceState(null, '', location.pathname); // the code leaves the address bar
  window.savedTokens = [];
  const session = createOAuthSession({ client: oauth, tokens, onTokens: (next) => window.savedTokens.push(next) });
  const client = sipgateIO(session, { baseUrl: CONFIG.baseUrl });
  await listHistory(client, 'history');
  document.getElementById('again').onclick = () =>
    listHistory(client, 'history-again').catch((error) => show('error', [error.name + ': ' + error.message]));
  document.getElementById('logout').onclick = async () => {
    await session.signOut();
    await listHistory(client, 'history-after-sign-out').catch((error) => show('signed-out', [error.name]));
  };
}
main().catch((error) => show('error', [error.name + ': ' + error.message]));
`)}
</body></html>`;
}

describe('browser bundle: OAuth sign-in with PKCE run by the page itself', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;
  let server: StaticServer;
  let chromium: RunningBrowser;

  before(async () => {
    sandbox = await createSandbox({ oauth: { accessTokenLifetimeSeconds: 1 } });
    const config = { clientId: SANDBOX_OAUTH_CLIENT.clientId, oauthUrl: sandbox.oauthUrl, baseUrl: sandbox.url };
    const files: Parameters<typeof serveFiles>[0] = {};
    for (const [build, loader] of Object.entries(LOADERS) as Array<[Build, (typeof LOADERS)[Build]]>) {
      files[`/${loader.file}`] = { type: 'text/javascript', body: await fs.readFile(repoPath('bundle', loader.file)) };
      files[loader.path] = { type: 'text/html; charset=utf-8', body: appPage(build, config) };
    }
    server = await serveFiles(files);
    chromium = await launchChromium();
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
    await sandbox?.stop();
  });

  beforeEach(() => sandbox.reset());

  const oauthResponse = (page: Page, endpoint: 'token' | 'revoke'): Promise<Response> =>
    page.waitForResponse((response) => response.url() === `${sandbox.oauthUrl}/${endpoint}`);

  for (const build of Object.keys(LOADERS) as Build[]) {
    it(`${build}: signs in (S256 challenge, state, code exchange from the page), lists history, renews, signs out`, async () => {
      const appUrl = `${server.url}${LOADERS[build].path}`;
      const page = await chromium.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await page.goto(appUrl);
        await page.waitForSelector('body[data-ready="sign-in"]');
        await page.click('#login');
        await page.waitForSelector('#allow');

        const authorization = new URL(page.url());
        expect(authorization.origin + authorization.pathname).to.equal(`${sandbox.oauthUrl}/auth`);
        expect(authorization.searchParams.get('code_challenge_method')).to.equal('S256');
        expect(authorization.searchParams.get('code_challenge')).to.match(/^[A-Za-z0-9_-]{43}$/);
        expect(authorization.searchParams.get('state')).to.match(/^[A-Za-z0-9_-]{16,}$/);
        expect(authorization.searchParams.get('redirect_uri')).to.equal(appUrl);

        const exchange = oauthResponse(page, 'token');
        await page.click('#allow');
        const exchanged = await exchange;
        expect(exchanged.status()).to.equal(200);
        expect(exchanged.headers()['access-control-allow-origin']).to.equal(server.url);
        expect(exchanged.request().postData())
          .to.contain('grant_type=authorization_code')
          .and.contain('code_verifier=');

        await page.waitForSelector('#history, #error');
        expect(await page.locator('#error li').allInnerTexts()).to.deep.equal([]);
        expect(await page.locator('#history li').count()).to.be.greaterThan(0);
        expect(page.url()).to.equal(appUrl); // code and state left the address bar
        expect(sandbox.oauth.issued.authorizationCode).to.equal(1);

        await page.waitForTimeout(1100); // the one-second access token has expired
        const refresh = oauthResponse(page, 'token');
        await page.click('#again');
        expect((await refresh).request().postData()).to.contain('grant_type=refresh_token');
        await page.waitForSelector('#history-again, #error');
        expect(await page.locator('#history-again li').count()).to.be.greaterThan(0);
        expect(sandbox.oauth.issued.refreshToken).to.equal(1);
        expect(
          await page.evaluate(() => (window as unknown as { savedTokens: unknown[] }).savedTokens.length),
        ).to.equal(1);

        const revocation = oauthResponse(page, 'revoke');
        await page.click('#logout');
        expect((await revocation).headers()['access-control-allow-origin']).to.equal(server.url);
        await page.waitForSelector('#signed-out');
        expect(await page.locator('#signed-out li').allInnerTexts()).to.deep.equal(['OAuthSessionExpiredError']);
        expect(pageErrors).to.deep.equal([]);
      } finally {
        await page.close();
      }
    });
  }
});
