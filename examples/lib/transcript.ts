import type { CallTranscript } from '../../lib/sandbox';

/** One readable line per webhook exchange of a sandbox call, then its outcome. */
export function describeTranscript(transcript: CallTranscript): string[] {
  const lines = transcript.steps.map((step) => {
    const actions = step.parsed?.actions.map((action) => action.type).join(', ');
    const answer = step.status === undefined ? 'no answer' : `answered ${step.status}`;
    return `→ ${step.event.padEnd(7)} ${answer}${actions ? `: ${actions}` : ''}${step.error ? ` (${step.error})` : ''}`;
  });
  const by = transcript.answeringNumber ? `, answered by ${transcript.answeringNumber}` : '';
  lines.push(`call ${transcript.callId} ${transcript.from} → ${transcript.to}: ${transcript.outcome}${by}`);
  return lines;
}
