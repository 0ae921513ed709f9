import type { RequestOptions } from '../core/request-options';
/** Public types of the voicemails module (names as in the official 2.15 package). */
export interface VoicemailsModule {
  /** Every voicemail box of the account (`GET /voicemails`). */
  getVoicemails(options?: RequestOptions): Promise<Voicemail[]>;
  /** One voicemail box with its settings, e.g. `v0` (`GET /voicemails/{voicemailId}`). */
  getVoicemail(voicemailId: string, options?: RequestOptions): Promise<VoicemailDetails>;
  /** The voicemail boxes of one phone line (`GET /{userId}/phonelines/{phonelineId}/voicemails`). */
  getPhonelineVoicemails(
    webuserId: string,
    phonelineId: string,
    options?: RequestOptions,
  ): Promise<PhonelineVoicemail[]>;
}

/** The endpoint (phone line, group, …) a voicemail box belongs to. */
export interface VoicemailEndpoint {
  extension: string;
  type: string;
}

export interface Voicemail {
  id: string;
  alias: string;
  belongsToEndpoint: VoicemailEndpoint;
}

export interface VoicemailDetails extends Voicemail {
  transcription?: boolean;
  canTranscribe?: boolean;
  activeGreetingAlias?: string;
  activeGreetingId?: string;
  /** Number to dial to listen to the box from outside. */
  accessNumber?: string;
}

export interface PhonelineVoicemail {
  id: string;
  alias: string;
  /** Seconds before the box answers. */
  timeout?: number;
  active?: boolean;
  transcription?: boolean;
  canTranscribe?: boolean;
  transcriptionsUrl?: string;
  greetingsUrl?: string;
  activeGreetingAlias?: string;
  activeGreetingId?: string;
  accessNumber?: string;
}
