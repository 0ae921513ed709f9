/**
 * Plays the user at the sandbox's consent page over plain HTTP (the Chromium test clicks the real page):
 * opens the authorization URL, presses Allow or Deny, and returns where the sandbox redirects to.
 */
export async function answerConsent(authorizationUrl: string, decision: 'allow' | 'deny' = 'allow'): Promise<string> {
  const consent = await fetch(authorizationUrl, { redirect: 'manual' });
  const html = await consent.text();
  if (consent.status !== 200) throw new Error(`consent page answered ${consent.status}: ${html}`);
  const requestId = /name="request" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!requestId || !action) throw new Error(`no consent form in: ${html}`);
  const answer = await fetch(new URL(action, authorizationUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request: requestId, decision }).toString(),
  });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`consent answered ${answer.status}, no redirect`);
  return location;
}
