/**
 * HTTP digest authentication for SIP (RFC 3261 section 22, RFC 2617), MD5, with or without qop=auth.
 * Nonces are self-validating (time + HMAC), so nothing is stored per challenge; an expired nonce with a
 * correct response is answered with stale=true so the phone retries without asking the user.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';

export interface DigestOptions {
  realm: string;
  /** Offer qop="auth" (default true); sipgate is reported to challenge without qop, both are supported. */
  qop: boolean;
  /** How long a nonce stays valid; default 5 minutes. */
  nonceTtlMs: number;
}

export type DigestResult =
  | { outcome: 'ok'; username: string }
  | { outcome: 'stale'; username: string }
  | { outcome: 'missing' }
  | { outcome: 'invalid'; username?: string };

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** Parses `Digest a="b", c=d` into lower-cased keys; undefined when it is not a digest credential. */
export function parseDigest(header: string | undefined): Record<string, string> | undefined {
  if (!header || !/^digest\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (const match of header.slice(6).matchAll(pattern)) {
    params[match[1].toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
  }
  return params;
}

export class DigestAuthenticator {
  private readonly secret = randomBytes(32);

  constructor(private readonly options: DigestOptions) {}

  /** The WWW-Authenticate / Proxy-Authenticate value. */
  challenge(stale = false): string {
    const issued = Date.now().toString(36);
    const nonce = `${issued}.${this.sign(issued)}`;
    const qop = this.options.qop ? ', qop="auth"' : '';
    return `Digest realm="${this.options.realm}", nonce="${nonce}", algorithm=MD5${qop}${stale ? ', stale=true' : ''}`;
  }

  /**
   * Checks an Authorization / Proxy-Authorization value for `method`; `passwordOf` looks up the current
   * password of a user name (undefined for unknown users).
   */
  verify(
    header: string | undefined,
    method: string,
    passwordOf: (username: string) => string | undefined,
  ): DigestResult {
    const params = parseDigest(header);
    if (!params) return { outcome: 'missing' };
    const { username, realm, nonce, uri, response } = params;
    if (!username || !nonce || !uri || !response) return { outcome: 'invalid', username };
    if (realm !== this.options.realm) return { outcome: 'invalid', username };
    if (params.algorithm && params.algorithm.toUpperCase() !== 'MD5') return { outcome: 'invalid', username };
    const nonceAge = this.nonceAge(nonce);
    if (nonceAge === undefined) return { outcome: 'invalid', username };
    const password = passwordOf(username);
    if (password === undefined) return { outcome: 'invalid', username };

    const ha1 = md5(`${username}:${realm}:${password}`);
    const ha2 = md5(`${method}:${uri}`);
    let expected: string;
    if (params.qop !== undefined) {
      if (params.qop !== 'auth' || !this.options.qop || !params.nc || !params.cnonce)
        return { outcome: 'invalid', username };
      expected = md5(`${ha1}:${nonce}:${params.nc}:${params.cnonce}:auth:${ha2}`);
    } else {
      // RFC 2069 compatibility: only when the challenge offered no qop.
      if (this.options.qop) return { outcome: 'invalid', username };
      expected = md5(`${ha1}:${nonce}:${ha2}`);
    }
    const given = Buffer.from(response.toLowerCase());
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected)))
      return { outcome: 'invalid', username };
    if (nonceAge > this.options.nonceTtlMs) return { outcome: 'stale', username };
    return { outcome: 'ok', username };
  }

  private sign(issued: string): string {
    return createHmac('sha256', this.secret).update(issued).digest('base64url').slice(0, 22);
  }

  /** Age of a nonce this authenticator issued; undefined for a forged or foreign one. */
  private nonceAge(nonce: string): number | undefined {
    const [issued, signature] = nonce.split('.');
    const given = Buffer.from(signature ?? '');
    if (!issued || given.length !== 22) return undefined;
    if (!timingSafeEqual(given, Buffer.from(this.sign(issued)))) return undefined;
    const at = parseInt(issued, 36);
    return Number.isFinite(at) ? Date.now() - at : undefined;
  }
}
