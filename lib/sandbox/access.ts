/**
 * Who may use a running sandbox. Its default credentials are published, so a web page the user happens to
 * open could otherwise drive it (CORS) or reach it under its own domain name (DNS rebinding). Three rules:
 * - a request that carries an Origin header must come from an allowed origin (default: loopback pages);
 * - the Host header must name the sandbox by IP address, `localhost` or a name the user allowed;
 * - webhook requests go only to origins the sipgate.io settings name (or the user allowed), so XML callback
 *   URLs cannot turn transcripts into a reader of other local services.
 */
import { SandboxOptionError } from './errors';
import { optionalArray } from './options';

/** Loopback pages: a local dev server on any port. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function normalizedOrigin(value: unknown, field: string): string {
  if (value === 'null') return 'null'; // opaque origins (file://, sandboxed frames), only when listed
  if (typeof value !== 'string')
    throw new SandboxOptionError(field, `${field} must be a string like http://localhost:5173`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SandboxOptionError(field, `${field} must be an origin like http://localhost:5173, got ${value}`);
  }
  if (url.href !== `${url.origin}/` || !/^https?:$/.test(url.protocol))
    throw new SandboxOptionError(field, `${field} must be an origin (scheme, host and port only), got ${value}`);
  return url.origin;
}

export interface OriginPolicy {
  allows(origin: string | undefined): boolean;
}

/** `allowedOrigins` undefined: loopback pages only; a list replaces that default. */
export function createOriginPolicy(allowedOrigins: readonly string[] | undefined): OriginPolicy {
  const listed = optionalArray(allowedOrigins, 'allowedOrigins', 'origins', normalizedOrigin);
  return {
    allows(origin) {
      if (origin === undefined) return true; // not a browser page: curl, Node, the SDK on a server
      if (listed) return listed.includes(origin);
      return LOOPBACK_ORIGIN.test(origin);
    },
  };
}

/** The host name of a Host header value ("[::1]:3333" → "::1"), lower case, or undefined when malformed. */
function hostName(host: string): string | undefined {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec(host.trim());
  if (!match) return undefined;
  return (match[1] ?? match[2]).toLowerCase().replace(/\.$/, '');
}

/** A host name the user allows, lower case and without a trailing dot. */
function hostNameOption(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new SandboxOptionError(field, `${field} must be a host name like dev.example.test`);
  return value.trim().toLowerCase().replace(/\.$/, '');
}

export interface HostPolicy {
  allows(host: string | undefined): boolean;
}

/**
 * An IP address or `localhost` always reaches the sandbox; any other name only when listed in `allowedHosts`:
 * DNS rebinding needs a name the attacker controls, so names are refused unless the user chose them.
 */
export function createHostPolicy(allowedHosts: readonly string[] | undefined): HostPolicy {
  const names = new Set(optionalArray(allowedHosts, 'allowedHosts', 'host names', hostNameOption));
  return {
    allows(host) {
      if (host === undefined) return false;
      const name = hostName(host);
      if (name === undefined) return false;
      return name === 'localhost' || IPV4.test(name) || name.includes(':') || names.has(name);
    },
  };
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The origins the sandbox may post webhooks to: those of the settings' URLs plus the user's extra ones. */
export function createWebhookTargetRule(
  extraOrigins: readonly string[] | undefined,
  settingsUrls: () => string[],
): (url: string) => string | undefined {
  const extra = optionalArray(extraOrigins, 'webhookOrigins', 'origins', normalizedOrigin) ?? [];
  return (url) => {
    const origin = originOf(url);
    const allowed = [...settingsUrls().map(originOf), ...extra];
    if (origin !== undefined && allowed.includes(origin)) return undefined;
    return `not sent: ${origin ?? url} is neither the origin of a sipgate.io settings URL nor in webhookOrigins`;
  };
}
