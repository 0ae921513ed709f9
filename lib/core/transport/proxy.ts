/**
 * Which proxy a request goes through (Node only). An explicit `proxy` option wins; `proxy: false` turns
 * proxies off; otherwise the environment decides as curl and axios do: https_proxy/HTTPS_PROXY for https URLs,
 * http_proxy/HTTP_PROXY for http URLs (lower case first), except for hosts listed in no_proxy/NO_PROXY.
 */

/** NO_PROXY entries: `*` (everything), `host`, `.domain` / `*.domain` (the domain and its subdomains), each
 * optionally with `:port`. A plain `host` also covers its subdomains, as in curl. */
export function bypassesProxy(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const hostname = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .some((raw) => {
      if (raw === '*') return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(raw.toLowerCase());
      if (!match) return false;
      if (match[2] !== undefined && match[2] !== port) return false;
      const domain = match[1].replace(/^\*?\.?/, '').replace(/^\[|\]$/g, '');
      return domain !== '' && (hostname === domain || hostname.endsWith(`.${domain}`));
    });
}

function environmentValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** The proxy for `target`, or undefined for a direct connection. */
export function proxyFor(target: URL, option: string | false | undefined, env: NodeJS.ProcessEnv): URL | undefined {
  if (option === false) return undefined;
  let configured = option;
  if (configured === undefined) {
    configured = environmentValue(env, target.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
    if (configured === undefined || bypassesProxy(target, environmentValue(env, 'no_proxy'))) return undefined;
  }
  // "proxy.local:3128" without a scheme is common in environment variables.
  const proxy = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(configured) ? configured : `http://${configured}`);
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:')
    throw new TypeError(`proxy ${proxy.protocol}// is not supported (use an http:// or https:// proxy URL)`);
  return proxy;
}

/** The Proxy-Authorization header for credentials in the proxy URL, if any. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '' && proxy.password === '') return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` };
}
