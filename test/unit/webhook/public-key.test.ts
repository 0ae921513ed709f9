import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from '../../../lib/webhook/sipgate-public-key';
import { SPEC_DIR } from '../../support/paths';

describe('sipgate webhook public key', () => {
  it('the key built into the SDK is the vendored key sipgate publishes', () => {
    const vendored = readFileSync(join(SPEC_DIR, 'webhook-pubkey.pem'), 'utf8');
    expect(SIPGATE_WEBHOOK_PUBLIC_KEY.trim()).to.equal(vendored.trim());
  });
});
