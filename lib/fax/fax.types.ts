import type { RequestOptions } from '../core/request-options';
/** Public types of the fax module (names as in the contract and the official package). */

import { FaxStatusType } from '../history/history.types';

/** A PDF document: Node Buffer, any Uint8Array or other ArrayBuffer view, or an ArrayBuffer (browsers). */
export type FaxFileContent = Uint8Array | ArrayBuffer | ArrayBufferView;

export interface Fax {
  /** Recipient fax number (E.164). */
  to: string;
  fileContent: FaxFileContent;
  /** Default: `Fax_yyyyMMdd_HHmm` in UTC, as in the official package. */
  filename?: string;
  /** Default: the first fax line of the authenticated user that can send. */
  faxlineId?: string;
}

export interface SendFaxSessionResponse {
  sessionId: string;
}

/** Body of POST /sessions/fax. */
export interface FaxDTO {
  faxlineId: string;
  recipient: string;
  filename: string;
  base64Content: string;
}

/**
 * The fax module's name (as in the official package) for the status values a fax's history entry carries:
 * one enum, so `FaxStatus.SENT === FaxStatusType.SENT` and the two can never drift apart.
 */
export const FaxStatus = FaxStatusType;
export type FaxStatus = FaxStatusType;

export interface Faxline {
  id: string;
  alias: string;
  tagline: string;
  canSend: boolean;
  canReceive: boolean;
}

/** Answer of GET /{userId}/faxlines. */
export interface FaxlinesResponse {
  items: Faxline[];
}

/** The part of a history entry (GET /history/{id}) that getFaxStatus reads. */
export interface HistoryFaxResponse {
  type: 'FAX';
  faxStatusType: FaxStatus;
}

export interface ResendFax {
  /** Session or history id of the fax to send again. */
  faxId: string;
  faxlineId?: string;
}

/** The SDK's per-call options (signal, timeout, deadline, maxRetries), under the module's name. */
export type FaxRequestOptions = RequestOptions;

export interface FaxModule {
  send(fax: Fax, options?: FaxRequestOptions): Promise<SendFaxSessionResponse>;
  /** The fax's status, read from its history entry. */
  getFaxStatus(sessionId: string, options?: FaxRequestOptions): Promise<FaxStatus>;
  /** Fax lines of the authenticated web user. */
  getFaxlines(options?: FaxRequestOptions): Promise<Faxline[]>;
  getFaxlinesByWebUser(webuserId: string, options?: FaxRequestOptions): Promise<Faxline[]>;
  resend(fax: ResendFax, options?: FaxRequestOptions): Promise<void>;
}
