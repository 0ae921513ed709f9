/**
 * The script-tag build's global: `sipgateIO` is the client factory itself, so
 * `sipgateIO({ tokenId, token })` works as in the README, and every other export
 * hangs off it (`sipgateIO.ValidationError`, `sipgateIO.WebhookResponse`, ...).
 */
import * as sdk from './bundle-entry';

const factory: typeof sdk.sipgateIO & typeof sdk = Object.assign(
  (...args: Parameters<typeof sdk.sipgateIO>) => sdk.sipgateIO(...args),
  sdk,
);

export default factory;
