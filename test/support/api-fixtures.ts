/** Small API answers shared by tests that page through the API (nock). */
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
