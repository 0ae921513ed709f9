/** The HTML pages of the sandbox's sign-in: a consent page with Allow / Deny, and an error page. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE =
  'body{font-family:sans-serif;max-width:32rem;margin:3rem auto}button{margin-right:1rem;padding:.5rem 1rem}';

export function consentPage(input: { requestId: string; clientId: string; scopes: string[]; action: string }): string {
  const scopes = input.scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sipgate sandbox: sign in</title><style>${STYLE}</style></head>
<body>
<h1>sipgate sandbox</h1>
<p>Signed in as the sandbox user <b>w0</b>.</p>
<p>The app <b id="client">${escapeHtml(input.clientId)}</b> asks for access to:</p>
<ul id="scopes">${scopes}</ul>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="request" value="${escapeHtml(input.requestId)}">
<button type="submit" name="decision" value="allow" id="allow">Allow</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form>
</body></html>`;
}

export function errorPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sipgate sandbox: sign-in error</title><style>${STYLE}</style></head>
<body><h1>Sign-in error</h1><p id="error">${escapeHtml(message)}</p></body></html>`;
}
