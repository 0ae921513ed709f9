/** Call statistics from WebRTC getStats(): the audio RTP streams, the remote's view of them and the codec. */

export interface CallStats {
  bytesSent: number;
  bytesReceived: number;
  packetsSent: number;
  packetsReceived: number;
  /** Packets lost on the way to us (inbound). */
  packetsLost: number;
  /** Inbound jitter in milliseconds. */
  jitterMs: number;
  /** Round-trip time in milliseconds from RTCP (or the ICE pair), when known. */
  roundTripTimeMs?: number;
  /** Level of the received audio, 0..1, when the browser measures it. */
  audioLevel?: number;
  /** Energy of the received audio so far (grows while sound arrives). */
  totalAudioEnergy?: number;
  /** e.g. `audio/opus`. */
  codec?: string;
}

type StatsEntry = Record<string, unknown> & { type: string; id: string };

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const optional = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function readCallStats(report: RTCStatsReport): CallStats {
  const entries: StatsEntry[] = [];
  report.forEach((entry: StatsEntry) => entries.push(entry));
  const audio = (type: string) => entries.filter((e) => e.type === type && (e.kind ?? e.mediaType) === 'audio');
  const outbound = audio('outbound-rtp');
  const inbound = audio('inbound-rtp');
  const remoteInbound = audio('remote-inbound-rtp');
  const sum = (list: StatsEntry[], key: string) => list.reduce((total, e) => total + num(e[key]), 0);

  let roundTrip = remoteInbound.map((e) => optional(e.roundTripTime)).find((v) => v !== undefined);
  if (roundTrip === undefined) {
    const pair = entries.find((e) => e.type === 'candidate-pair' && e.nominated && e.state === 'succeeded');
    roundTrip = optional(pair?.currentRoundTripTime);
  }
  const codecId = (inbound[0]?.codecId ?? outbound[0]?.codecId) as string | undefined;
  const codec = entries.find((e) => e.id === codecId)?.mimeType;
  return {
    bytesSent: sum(outbound, 'bytesSent'),
    bytesReceived: sum(inbound, 'bytesReceived'),
    packetsSent: sum(outbound, 'packetsSent'),
    packetsReceived: sum(inbound, 'packetsReceived'),
    packetsLost: sum(inbound, 'packetsLost'),
    jitterMs: Math.round(num(inbound[0]?.jitter) * 1000 * 10) / 10,
    roundTripTimeMs: roundTrip === undefined ? undefined : Math.round(roundTrip * 1000 * 10) / 10,
    audioLevel: optional(inbound[0]?.audioLevel),
    totalAudioEnergy: optional(inbound[0]?.totalAudioEnergy),
    codec: typeof codec === 'string' ? codec : undefined,
  };
}
