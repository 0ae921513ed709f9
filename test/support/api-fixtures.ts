/** Small API answers shared by tests (nock): list entries, contacts, a web user, and pages of them. */
import { mockApi } from './api-mock';

export const historyEntry = (id: string) => ({
  id,
  source: '+4921100000',
  target: '+4921100001',
  sourceAlias: '',
  targetAlias: '',
  type: 'SMS',
  created: '2024-01-01T00:00:00Z',
  lastModified: '2024-01-01T00:00:00Z',
  direction: 'OUTGOING',
  incoming: false,
  status: 'PICKUP',
  connectionIds: [],
  read: true,
  archived: false,
  note: '',
  endpoints: [],
  starred: false,
  labels: [],
  smsContent: 'hi',
  scheduled: '',
});

/** A web user as GET /users lists it. */
export const webuser = {
  id: 'w0',
  firstname: 'Ada',
  lastname: 'Lovelace',
  email: 'ada@example.com',
  defaultDevice: 'e0',
  busyOnBusy: false,
  addressId: '1',
  directDialIds: [],
  timezone: 'Europe/Berlin',
  admin: true,
};

export const contact = (id: string) => ({
  id,
  name: `Person ${id}`,
  picture: null,
  emails: [],
  numbers: [],
  addresses: [],
  organization: [],
  scope: 'PRIVATE',
});

/** Answers every page request with the same page, whatever the offset (at most `times` times). */
export function ignoringOffset(path: string, body: object, times = 50) {
  return mockApi().get(path).query(true).times(times).reply(200, body);
}
