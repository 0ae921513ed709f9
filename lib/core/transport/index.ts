export type { Transport, TransportRequest, TransportResponse } from './types';
export { TransportError } from './types';
export { createFetchTransport } from './fetch';
export { createXhrTransport } from './xhr';
