/**
 * One place for the defaults of a history entry, so seeded and generated entries share their shape.
 */
import { newId, type HistoryRecord, type SandboxState } from './state';

type Required = Pick<HistoryRecord, 'type' | 'direction' | 'source' | 'target'>;

/** An entry with the spec's fields filled in; `fields` may override any of them (id, created, …). */
export function historyEntry(
  fields: Partial<HistoryRecord> & Required & { id: string },
  created = new Date().toISOString(),
): HistoryRecord {
  return {
    created,
    lastModified: created,
    sourceAlias: '',
    targetAlias: '',
    incoming: fields.direction === 'INCOMING' || fields.direction === 'MISSED_INCOMING',
    status: 'PICKUP',
    connectionIds: ['p0'],
    read: false,
    archived: false,
    note: '',
    endpoints: [{ type: 'ROUTED', endpoint: { extension: 'p0', type: 'PHONELINE' } }],
    starred: false,
    labels: [],
    ...fields,
  };
}

/** A new entry with a fresh id, stored in the history. */
export function addHistoryEntry(state: SandboxState, fields: Partial<HistoryRecord> & Required): HistoryRecord {
  const entry = historyEntry({ ...fields, id: newId(state, `${fields.type.toLowerCase()}-h`) });
  state.history.push(entry);
  return entry;
}
