/**
 * The public surface both entries (Node and browser) share, listed name by name: adding an export is a
 * decision (test/contract/public-exports.test.ts keeps the runtime names). This SDK spells each concept one
 * way (`Sms`, `Hangup`, `Webuser`); the official package's other spellings live in official-aliases.ts only.
 */

// Client and core
export { DEFAULT_BASE_URL } from './core/http-client';
export { SDK_VERSION } from './core/version';
export type {
  AuthCredentials,
  BasicAuthCredentials,
  OAuthCredentials,
  PersonalAccessTokenCredentials,
} from './core/credentials';
export type {
  ClientOptions,
  HttpRequestConfig,
  RequestEvent,
  ResponseEvent,
  SipgateIOClient,
  UserInfo,
  Webuser,
} from './core/http-types';
export type { QueryParams, QueryValue } from './core/query';
export { PaginationStalledError, type ListPage, type Page, type PaginateOptions } from './core/pagination';
export type { RequestOptions } from './core/request-options';
export type { Progress } from './core/concurrency';
export type { Pagination } from './core';
export type { AuthProvider } from './core/auth-provider';
// The transport seam: fetch everywhere; the package entries add createXhrTransport (and Node createNodeTransport).
export {
  createFetchTransport,
  TransportError,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './core/transport';

// Errors: one hierarchy under SipgateIOError
export {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PermissionError,
  RateLimitError,
  ServerError,
  SipgateIOError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from './core/errors';
export type { ErrorRequestInfo, SipgateIOErrorOptions } from './core/errors';
export { ContactsBulkError, type BulkFailure } from './contacts';
export { SmsSenderRestoreError, SMS_SENDER_LOCK_KEY, type ReleaseLock, type SenderLock } from './sms';

// Modules
export { createCallModule, type CallData, type CallModule, type CallRequestOptions } from './call';
export type { InitiateNewCallSessionResponse } from './call';
export { createContactsModule, CSV_IMPORT_LIMITS, VCARD_LIMITS } from './contacts';
export type {
  Address,
  BulkOptions,
  ContactsCsvFormat,
  CsvExportOptions,
  CsvImportReport,
  OfficialContactJson,
  OfficialContactsJson,
  VCardImportReport,
  ContactImport,
  ContactRequest,
  ContactResponse,
  ContactScope,
  ContactUpdate,
  ContactsExportFilter,
  ContactsIterateOptions,
  ContactsListResponse,
  ContactsModule,
  ContactsRequestOptions,
  CsvImportOptions,
  DeleteAllSharedOptions,
  Email,
  ExportScope,
  PagedResponse,
  PhoneNumber,
  Scope,
} from './contacts';
export { createDevicesModule, type ActiveRouting, type Device, type DeviceType, type DevicesModule } from './devices';
export { createFaxModule, FaxStatus } from './fax';
export type {
  Fax,
  FaxFileContent,
  Faxline,
  FaxlinesResponse,
  FaxModule,
  FaxRequestOptions,
  HistoryFaxResponse,
  ResendFax,
  SendFaxSessionResponse,
} from './fax';
export {
  CallStatusType,
  createHistoryModule,
  FaxStatusType,
  HistoryDirection,
  HistoryEntryType,
  Starred,
} from './history';
export type {
  BaseHistoryEntry,
  BaseHistoryFilter,
  CallHistoryEntry,
  Endpoint,
  FaxHistoryEntry,
  HistoryEntry,
  HistoryEntryUpdateOptions,
  HistoryEntryUpdateOptionsWithId,
  HistoryFilter,
  HistoryIterateOptions,
  HistoryModule,
  HistoryPage,
  HistoryRequestOptions,
  HistoryResponse,
  HistoryResponseFaxItem,
  HistoryResponseItem,
  Recording,
  RoutedEndpoint,
  SmsHistoryEntry,
  VoicemailHistoryEntry,
} from './history';
export { createNumbersModule, NumberResponseItemType } from './numbers';
export type {
  NumberMnpState,
  NumberResponse,
  NumberResponseItem,
  NumbersIterateOptions,
  NumbersModule,
} from './numbers';
export { createRTCMModule } from './rtcm';
export type {
  GenericCall,
  Participant,
  RecordOptions,
  RTCMCall,
  RTCMCallsResponse,
  RTCMModule,
  RTCMRequestOptions,
  TransferOptions,
} from './rtcm';
export { createSettingsModule } from './settings';
export type { SettingsModule, SettingsRequestOptions, WebhookSettings, WebhookSettingsModule } from './settings';
export { createSMSModule as createSmsModule } from './sms';
export type { SMSModule as SmsModule, ShortMessage, SmsExtension, SmsRequestOptions, SmsSenderId } from './sms';
export { createVoicemailsModule } from './voicemails';
export type {
  PhonelineVoicemail,
  Voicemail,
  VoicemailDetails,
  VoicemailEndpoint,
  VoicemailsModule,
} from './voicemails';

// OAuth sign-in (authorization code with PKCE) and sessions that renew their tokens
export {
  createOAuthClient,
  createOAuthSession,
  DEFAULT_OAUTH_REALM,
  OAuthError,
  OAuthSessionExpiredError,
} from './oauth';
export type {
  FetchLike,
  OAuthClient,
  OAuthClientOptions,
  OAuthEndpointOptions,
  OAuthEndpoints,
  OAuthSession,
  OAuthSessionOptions,
  PendingSignIn,
  SignInRequest,
  TokenSet,
} from './oauth';

// Webhook events and the XML response builder (no server: that is Node only, see index.ts)
export { EventType, HangUpCause as HangupCause, RejectReason, WebhookDirection } from './webhook/types';
export type {
  AnswerCallback,
  AnswerEvent,
  CallEvent,
  DataCallback,
  DataEvent,
  GatherObject,
  GatherOptions,
  GenericCallEvent,
  GenericEvent,
  HandlerCallback,
  HandlerOptions,
  HangUpCallback as HangupCallback,
  HangUpEvent as HangupEvent,
  HangUpObject as HangupObject,
  NewCallCallback,
  NewCallEvent,
  PlayObject,
  PlayOptions,
  RedirectObject,
  RedirectOptions,
  RejectObject,
  RejectOptions,
  ResponseObject,
  VoicemailObject,
  WebhookHandlers,
  WebhookResponseInterface,
} from './webhook/types';
export { WebhookResponse } from './webhook/response-builder';

export * from './official-aliases';
