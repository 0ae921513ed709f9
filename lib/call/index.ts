export { createCallModule } from './call';
export type { CallData, CallDTO, CallModule, CallRequestOptions, InitiateNewCallSessionResponse } from './call.types';
