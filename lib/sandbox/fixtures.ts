/**
 * Seed data: a small but consistent account (one web user w0 with SMS extension s0, fax line f0, phone line p0,
 * devices e0/x0/y0 plus w1's VoIP device e1, numbers, voicemail v0 and a few history entries of every type).
 */
import { historyEntry } from './history-entry';
import type { HistoryRecord, Json, SandboxState } from './state';

export const SANDBOX_USER = { id: 'w0', firstname: 'Ada', lastname: 'Lovelace', email: 'ada@sandbox.example' } as const;
export const SANDBOX_NUMBERS = {
  landline: '+4921100000000',
  mobile: '+4915700000000',
  fax: '+4921100000099',
} as const;
const MASTER_SIP_ID = '1234567';
/** The number that rings w1's VoIP device e1 (also in the internal contacts). */
const CHARLES_LANDLINE = '+4921100000001';
/** Initial SIP password of every seeded VoIP device (POST /devices/{id}/credentials/password changes it). */
export const SANDBOX_SIP_PASSWORD = 'sandbox-sip';

/**
 * A VoIP device with SIP credentials. `sipServerWebsocketUrl` is filled in when the sandbox answers (it points
 * at the sandbox's own port); `online`/`registered` follow the SIP registrations. `callerId` is the number that
 * reaches the device through the sandbox's SIP proxy.
 */
export function registerDevice(
  id: string,
  alias: string,
  owner: string,
  activePhonelines: Array<{ id: string; alias: string }>,
  callerId?: string,
): Json {
  return {
    id,
    alias,
    type: 'REGISTER',
    online: false,
    dnd: false,
    owner,
    ...(callerId === undefined ? {} : { callerId }),
    activePhonelines,
    activeGroups: [],
    credentials: {
      username: `${MASTER_SIP_ID}${id}`,
      password: SANDBOX_SIP_PASSWORD,
      sipServer: 'sipgate.de',
      outboundProxy: 'sipgate.de',
      sipServerWebsocketUrl: '',
    },
    registered: [],
    emergencyAddressId: '1',
    addressUrl: '',
  };
}

function minutesAgo(now: number, minutes: number): string {
  return new Date(now - minutes * 60_000).toISOString();
}

function seeded(
  now: number,
  minutes: number,
  fields: Partial<HistoryRecord> & Pick<HistoryRecord, 'id' | 'type' | 'direction' | 'source' | 'target'>,
): HistoryRecord {
  return historyEntry(fields, minutesAgo(now, minutes));
}

function seedHistory(now: number): HistoryRecord[] {
  const { landline, mobile, fax } = SANDBOX_NUMBERS;
  return [
    seeded(now, 60 * 24 * 3, {
      id: 'h1',
      type: 'CALL',
      direction: 'INCOMING',
      source: '+4930123456',
      target: landline,
      callId: 'c-seed-1',
      duration: 125,
      callStatus: 'SUCCESS',
      recordings: [],
    }),
    seeded(now, 60 * 24 * 2, {
      id: 'h2',
      type: 'CALL',
      direction: 'MISSED_INCOMING',
      source: '+4940987654',
      target: landline,
      status: 'NOPICKUP',
      callId: 'c-seed-2',
      duration: 0,
      callStatus: 'MISSED',
      recordings: [],
    }),
    seeded(now, 60 * 30, {
      id: 'h3',
      type: 'CALL',
      direction: 'OUTGOING',
      source: landline,
      target: '+4989555000',
      callId: 'c-seed-3',
      duration: 42,
      callStatus: 'SUCCESS',
      recordings: [],
      starred: true,
    }),
    seeded(now, 60 * 20, {
      id: 'h4',
      type: 'SMS',
      direction: 'OUTGOING',
      source: mobile,
      target: '+4915799912345',
      connectionIds: ['s0'],
      endpoints: [{ type: 'ROUTED', endpoint: { extension: 's0', type: 'SMS' } }],
      smsContent: 'See you at 8',
      scheduled: null,
    }),
    seeded(now, 60 * 10, {
      id: 'h5',
      type: 'SMS',
      direction: 'INCOMING',
      source: '+4915799912345',
      target: mobile,
      connectionIds: ['s0'],
      endpoints: [{ type: 'ROUTED', endpoint: { extension: 's0', type: 'SMS' } }],
      smsContent: 'Great, thanks!',
      scheduled: null,
      read: true,
    }),
    seeded(now, 60 * 8, {
      id: 'h6',
      type: 'FAX',
      direction: 'OUTGOING',
      source: fax,
      target: '+4930555111',
      connectionIds: ['f0'],
      endpoints: [{ type: 'ROUTED', endpoint: { extension: 'f0', type: 'FAX' } }],
      faxStatusType: 'SENT',
      scheduled: null,
      pageCount: 2,
      documentUrl: 'https://sandbox.invalid/fax/h6.pdf',
      reportUrl: 'https://sandbox.invalid/fax/h6-report.pdf',
      previewUrl: 'https://sandbox.invalid/fax/h6.png',
    }),
    seeded(now, 60 * 6, {
      id: 'h7',
      type: 'FAX',
      direction: 'INCOMING',
      source: '+4930555222',
      target: fax,
      connectionIds: ['f0'],
      endpoints: [{ type: 'ROUTED', endpoint: { extension: 'f0', type: 'FAX' } }],
      faxStatusType: 'SENT',
      scheduled: null,
      pageCount: 1,
      documentUrl: 'https://sandbox.invalid/fax/h7.pdf',
      reportUrl: '',
      previewUrl: '',
      archived: true,
    }),
    seeded(now, 60 * 2, {
      id: 'h8',
      type: 'VOICEMAIL',
      direction: 'MISSED_INCOMING',
      source: '+4922133344',
      target: landline,
      status: 'NOPICKUP',
      connectionIds: ['v0'],
      endpoints: [{ type: 'ROUTED', endpoint: { extension: 'v0', type: 'VOICEMAIL' } }],
      transcription: 'Please call me back.',
      recordingUrl: 'https://sandbox.invalid/voicemail/h8.mp3',
      duration: 14,
    }),
  ];
}

export function seedState(now = Date.now()): SandboxState {
  const { landline, mobile, fax } = SANDBOX_NUMBERS;
  const name = `${SANDBOX_USER.firstname} ${SANDBOX_USER.lastname}`;
  const activePhonelines = [{ id: 'p0', alias: `${name} phone line` }];
  return {
    webuserId: SANDBOX_USER.id,
    userinfo: { sub: SANDBOX_USER.id, domain: 'sipgate.de', masterSipId: MASTER_SIP_ID, locale: 'de_DE' },
    users: [
      {
        id: 'w0',
        firstname: SANDBOX_USER.firstname,
        lastname: SANDBOX_USER.lastname,
        email: SANDBOX_USER.email,
        defaultDevice: 'e0',
        busyOnBusy: false,
        addressId: '1',
        directDialIds: [],
        timezone: 'Europe/Berlin',
        admin: true,
      },
      {
        id: 'w1',
        firstname: 'Charles',
        lastname: 'Babbage',
        email: 'charles@sandbox.example',
        defaultDevice: 'e1',
        busyOnBusy: false,
        addressId: '1',
        directDialIds: [],
        timezone: 'Europe/Berlin',
        admin: false,
      },
    ],
    smsExtensions: [{ id: 's0', alias: `SMS ${name}`, callerId: mobile }],
    smsCallerIds: new Map([
      [
        's0',
        [
          { id: 0, phonenumber: mobile, verified: true, defaultNumber: true },
          { id: 1, phonenumber: landline, verified: true, defaultNumber: false },
        ],
      ],
    ]),
    faxlines: [{ id: 'f0', alias: `Fax ${name}`, tagline: 'Sandbox Fax', canSend: true, canReceive: true }],
    groupFaxlines: [{ id: 'f1', alias: 'Team fax', tagline: 'Team', canSend: true, canReceive: true, groupId: 'g0' }],
    devices: [
      registerDevice('e0', 'Desk phone', 'w0', activePhonelines, landline),
      registerDevice('e1', 'Browser phone', 'w1', [], CHARLES_LANDLINE),
      {
        id: 'x0',
        alias: 'Home phone',
        type: 'EXTERNAL',
        online: true,
        dnd: false,
        activePhonelines,
        activeGroups: [],
        number: '+4930777888',
        incomingCallDisplayState: 'CALLER_NUMBER',
      },
      {
        id: 'y0',
        alias: 'Mobile',
        type: 'MOBILE',
        online: true,
        dnd: false,
        activePhonelines,
        activeGroups: [],
        simState: 'ACTIVE',
        esim: false,
      },
    ],
    numbers: [
      {
        id: 'n0',
        number: landline,
        localized: '0211 00000000',
        type: 'LANDLINE',
        endpointId: 'p0',
        endpointAlias: `${name} phone line`,
        endpointUrl: '/w0/phonelines/p0',
      },
      {
        id: 'n1',
        number: mobile,
        localized: '0157 00000000',
        type: 'MOBILE',
        endpointId: 'y0',
        endpointAlias: 'Mobile',
        endpointUrl: '/devices/y0',
      },
      {
        id: 'n2',
        number: fax,
        localized: '0211 00000099',
        type: 'LANDLINE',
        endpointId: 'f0',
        endpointAlias: `Fax ${name}`,
        endpointUrl: '/w0/faxlines/f0',
      },
    ],
    voicemails: [
      {
        id: 'v0',
        alias: `Voicemail ${name}`,
        belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' },
        transcription: true,
        canTranscribe: true,
        activeGreetingAlias: 'Standard',
        activeGreetingId: 'gr0',
        accessNumber: '+4921100000050',
      },
    ],
    phonelines: [{ id: 'p0', alias: `${name} phone line` }],
    phonelineVoicemails: new Map([
      [
        'p0',
        [
          {
            id: 'v0',
            alias: `Voicemail ${name}`,
            timeout: 20,
            active: true,
            transcriptionsUrl: '',
            transcription: true,
            canTranscribe: true,
            greetingsUrl: '',
            activeGreetingAlias: 'Standard',
            activeGreetingId: 'gr0',
            accessNumber: '+4921100000050',
          },
        ],
      ],
    ]),
    webhookLog: [],
    internalContacts: [
      {
        id: 'ic0',
        name,
        emails: [SANDBOX_USER.email],
        mobile: [mobile],
        landline: [landline],
        fax: [fax],
        directdial: [],
      },
      {
        id: 'ic1',
        name: 'Charles Babbage',
        emails: ['charles@sandbox.example'],
        mobile: [],
        landline: [CHARLES_LANDLINE],
        fax: [],
        directdial: [],
      },
    ],
    contacts: [
      {
        id: 'ct0',
        name: 'Grace Hopper',
        picture: '',
        emails: [{ email: 'grace@example.com', type: ['work'] }],
        numbers: [{ number: '+4915799912345', type: ['cell'] }],
        addresses: [],
        organization: [['Navy']],
        scope: 'PRIVATE',
      },
      {
        id: 'ct1',
        name: 'Alan Turing',
        picture: '',
        emails: [],
        numbers: [{ number: '+441234567890', type: ['work'] }],
        addresses: [],
        organization: [],
        scope: 'SHARED',
      },
    ],
    history: seedHistory(now),
    faxProgress: new Map(),
    calls: new Map(),
    settings: { incomingUrl: '', outgoingUrl: '', log: false, whitelist: null },
    account: {
      company: 'Sandbox GmbH',
      mainProductType: 'TEAM',
      logoUrl: '',
      verified: true,
      historyLifeTime: 'UNLIMITED',
    },
    balance: { amount: 100000, currency: 'EUR' },
    sentSms: [],
    nextId: 1000,
  };
}
