/**
 * Read-mostly account fixtures: API index, userinfo, users, account, balance, numbers, voicemails.
 */
import type { Router } from '../router';
import type { RequestContext } from '../context';
import { notFound, queryInteger, requireUser, userItems } from './input';

const INT32_MAX = 2147483647;

function apiUrls(ctx: RequestContext): Record<string, string> {
  const base = ctx.config.baseUrl;
  return {
    accountUrl: `${base}/account`,
    balanceUrl: `${base}/balance`,
    contactsUrl: `${base}/contacts`,
    internalContactsUrl: `${base}/contacts/internal`,
    deviceUrl: `${base}/devices/{deviceId}`,
    faxlinesUrl: `${base}/{userId}/faxlines`,
    historyUrl: `${base}/history`,
    historyEntryUrl: `${base}/history/{entryId}`,
    numbersUrl: `${base}/numbers`,
    webuserNumbersUrl: `${base}/{userId}/numbers`,
    sessionsCallUrl: `${base}/sessions/calls`,
    settingsSipgateioUrl: `${base}/settings/sipgateio`,
    smsUrl: `${base}/{userId}/sms`,
    smsCallerIdsUrl: `${base}/{userId}/sms/{smsId}/callerids`,
    userInfoUrl: `${base}/authorization/userinfo`,
    userUrl: `${base}/users/{userId}`,
    usersUrl: `${base}/users`,
    userDevicesUrl: `${base}/{userId}/devices`,
    voicemailsUrl: `${base}/voicemails`,
    voicemailDetailUrl: `${base}/voicemails/{voicemailId}`,
  };
}

export function registerAccountRoutes(router: Router): void {
  router
    .add('GET', '/', (ctx) => ({ status: 200, body: apiUrls(ctx) }))
    .add('GET', '/authorization/userinfo', (ctx) => ({ status: 200, body: ctx.state.userinfo }))
    .add('GET', '/account', (ctx) => ({ status: 200, body: ctx.state.account }))
    .add('GET', '/balance', (ctx) => ({ status: 200, body: ctx.state.balance }))
    .add('GET', '/users', (ctx) => ({ status: 200, body: { items: ctx.state.users } }))
    .add('GET', '/users/{userId}', (ctx) => {
      const user = ctx.state.users.find((u) => u.id === ctx.params.userId);
      if (!user) throw notFound(`user ${ctx.params.userId}`);
      return { status: 200, body: user };
    })
    .add('GET', '/numbers', (ctx) => {
      const offset = queryInteger(ctx, 'offset', 0, 0, INT32_MAX);
      const limit = queryInteger(ctx, 'limit', INT32_MAX, 0, INT32_MAX);
      return { status: 200, body: { items: ctx.state.numbers.slice(offset, offset + limit) } };
    })
    .add('GET', '/{userId}/numbers', (ctx) => ({ status: 200, body: { items: userItems(ctx, ctx.state.numbers) } }))
    .add('GET', '/{userId}/phonelines', (ctx) => ({
      status: 200,
      body: { items: userItems(ctx, ctx.state.phonelines) },
    }))
    .add('GET', '/{userId}/phonelines/{phonelineId}/voicemails', (ctx) => {
      requireUser(ctx);
      const items =
        ctx.params.userId === ctx.state.webuserId
          ? ctx.state.phonelineVoicemails.get(ctx.params.phonelineId)
          : undefined;
      if (!items) throw notFound(`phone line ${ctx.params.phonelineId}`);
      return { status: 200, body: { items } };
    })
    .add('GET', '/log/webhooks', (ctx) => ({ status: 200, body: { items: ctx.state.webhookLog } }))
    .add('GET', '/voicemails', (ctx) => ({
      status: 200,
      body: {
        items: ctx.state.voicemails.map(({ id, alias, belongsToEndpoint }) => ({ id, alias, belongsToEndpoint })),
      },
    }))
    .add('GET', '/voicemails/{voicemailId}', (ctx) => {
      const voicemail = ctx.state.voicemails.find((v) => v.id === ctx.params.voicemailId);
      if (!voicemail) throw notFound(`voicemail ${ctx.params.voicemailId}`);
      return { status: 200, body: voicemail };
    })
    .add('GET', '/contacts/internal', (ctx) => ({ status: 200, body: { items: ctx.state.internalContacts } }));
}
