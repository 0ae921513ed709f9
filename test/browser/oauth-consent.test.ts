/**
 * The sandbox's consent page driven by a real Chromium: a user opens the example web app, signs in at the
 * sandbox (Allow), and sees their history; a user who presses Deny gets the app's error page.
 */
import { expect } from 'chai';
import { startOAuthWebApp } from '../../examples/oauth-web-app';
import { createSandbox, type Sandbox } from '../../lib/sandbox';
import { launchChromium, type RunningBrowser } from '../support/browser';

describe('browser: OAuth sign-in through the sandbox consent page', function () {
  this.timeout(90_000);
  let sandbox: Sandbox;
  let app: { url: string; close(): Promise<void> };
  let chromium: RunningBrowser;

  before(async () => {
    sandbox = await createSandbox({ oauth: { accessTokenLifetimeSeconds: 1 } });
    app = await startOAuthWebApp({ clientId: 'sandbox-app', authServerUrl: sandbox.oauthUrl, baseUrl: sandbox.url });
    chromium = await launchChromium();
  });

  after(async () => {
    await chromium?.close();
    await app?.close();
    await sandbox?.stop();
  });

  it('signs in with Allow and lists the history, renewing the one-second token on reload', async () => {
    const page = await chromium.context.newPage();
    try {
      await page.goto(app.url);
      await page.click('#login');
      await page.waitForSelector('#allow');
      expect(new URL(page.url()).origin).to.equal(new URL(sandbox.url).origin);
      expect(await page.textContent('#client')).to.equal('sandbox-app');
      expect(await page.textContent('#scopes')).to.contain('history:read');
      await page.click('#allow');
      await page.waitForSelector('#history');
      expect(page.url()).to.equal(app.url);
      expect(await page.locator('#history tr').count()).to.be.greaterThan(0);

      await page.waitForTimeout(1100); // the access token expired meanwhile
      await page.reload();
      await page.waitForSelector('#history');
      expect(sandbox.oauth.issued.refreshToken).to.be.at.least(1);
    } finally {
      await page.close();
    }
  });

  it('shows the app an access_denied error when the user presses Deny', async () => {
    const visitor = await chromium.browser.newContext(); // a new visitor: no session cookie
    const page = await visitor.newPage();
    try {
      await page.goto(app.url);
      await page.click('#login');
      await page.click('#deny');
      await page.waitForSelector('#error');
      expect(await page.textContent('#error')).to.contain('access_denied');
    } finally {
      await visitor.close();
    }
  });
});
