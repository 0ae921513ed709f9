/**
 * What a route handler sees: the parsed request plus the sandbox's state and services.
 */
import type { SandboxState } from './state';
import type { CallFlows } from './webhooks/call-flow';

export interface SandboxConfig {
  failingFaxNumbers: Set<string>;
  faxStepMs: number;
  /** e.g. http://127.0.0.1:3333/v2, known once the server listens. */
  baseUrl: string;
  /** ws://host:port/sip: the SIP-over-WebSocket registrar on the same port, given to VoIP devices. */
  sipWebsocketUrl: string;
}

export interface RequestContext {
  method: string;
  /** Path below /v2, e.g. "/history/h1". */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  state: SandboxState;
  config: SandboxConfig;
  flows: CallFlows;
}
