/**
 * The `npm run softphone` dial pad: two tabs (devices e0 and e1) in headless Chromium with a fake microphone;
 * one dials the other by clicking, the other answers, both show the call, and a screenshot is taken.
 */
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startSoftphoneDemo, type SoftphoneDemo } from '../../examples/softphone/server';
import { FAKE_MEDIA_ARGS, launchChromium, type RunningBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/paths';

describe('softphone dial pad page (npm run softphone) in headless Chromium', function () {
  this.timeout(120_000);
  let demo: SoftphoneDemo;
  let chromium: RunningBrowser;
  const errors: string[] = [];

  async function open(device: string): Promise<Page> {
    const context = await chromium.browser.newContext({ permissions: ['microphone'] });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${demo.pageUrl}/?device=${device}`);
    await page.waitForFunction("document.getElementById('status').textContent === 'registered'", undefined, {
      timeout: 20_000,
    });
    return page;
  }

  before(async () => {
    demo = await startSoftphoneDemo({ port: 0 });
    chromium = await launchChromium(FAKE_MEDIA_ARGS);
  });

  after(async () => {
    await chromium?.close();
    await demo?.stop();
  });

  it('calls from one tab to the other by clicking, and takes a screenshot of the call', async () => {
    const [caller, callee] = [await open('e0'), await open('e1')];
    expect(await caller.inputValue('#number')).to.equal('+4921100000001');
    await caller.click('#call');
    await callee.waitForFunction("document.getElementById('status').textContent.startsWith('incoming call from')");
    await callee.click('#answer');
    await caller.waitForFunction("document.getElementById('status').textContent.startsWith('in a call with')");
    await callee.waitForFunction("document.getElementById('status').textContent.startsWith('in a call with')");
    expect(await caller.isEnabled('#hangup')).to.equal(true);
    await caller.click('#mute');
    expect(await caller.textContent('#mute')).to.equal('Unmute');

    const directory = path.join(REPO_ROOT, '.tmp');
    mkdirSync(directory, { recursive: true });
    const screenshot = await caller.screenshot({ path: path.join(directory, 'softphone-dial-pad.png') });
    expect(screenshot.subarray(1, 4).toString('latin1')).to.equal('PNG');
    expect(screenshot.length).to.be.greaterThan(5000);

    await callee.click('#hangup');
    await caller.waitForFunction("document.getElementById('log').textContent.includes('call ended: normalClearing')");
    expect(await caller.textContent('#status')).to.equal('registered');
    expect(errors).to.deep.equal([]);
  });
});
