/** `webhooks serve`: a local webhook server that prints each event and answers new calls with a chosen default. */
import type { Command } from 'commander';
import { normalizePhoneNumber } from '../../core/validators';
import { createWebhookModule, WebhookResponse, type ResponseObject } from '../../webhook';
import { CliUsageError } from '../errors';
import { portNumber, readInputFile, type CliContext } from '../context';
import type { Action } from '../main';
import { untilSignalled } from '../../sandbox/signals';

const ANSWERS = 'none, reject, busy, hangup, voicemail or redirect:<E.164 number>';

function defaultAnswer(value: string): ResponseObject | undefined {
  if (value === 'none') return undefined;
  if (value === 'reject') return WebhookResponse.rejectCall({ reason: 'rejected' });
  if (value === 'busy') return WebhookResponse.rejectCall({ reason: 'busy' });
  if (value === 'hangup') return WebhookResponse.hangUpCall();
  if (value === 'voicemail') return WebhookResponse.sendToVoicemail();
  const redirect = /^redirect:(.+)$/.exec(value);
  if (redirect) return WebhookResponse.redirectCall({ numbers: [normalizePhoneNumber(redirect[1], 'answer')] });
  throw new CliUsageError(`--answer must be ${ANSWERS}, got "${value}"`);
}

function printEvent(ctx: CliContext, event: { event: string } & Record<string, unknown>): void {
  if (ctx.options.json) {
    ctx.io.stdout.write(`${JSON.stringify(event)}\n`);
    return;
  }
  const parts = [new Date().toISOString(), event.event];
  if (event.from !== undefined || event.to !== undefined) parts.push(`${String(event.from)} → ${String(event.to)}`);
  if (event.dtmf !== undefined) parts.push(`dtmf=${String(event.dtmf)}`);
  if (event.cause !== undefined) parts.push(`cause=${String(event.cause)}`);
  parts.push(`callId=${String(event.callId)}`);
  ctx.io.stdout.write(`${parts.join(' ')}\n`);
}

export function registerWebhooks(program: Command, action: Action): void {
  const webhooks = program.command('webhooks').description('receive sipgate.io webhooks');
  webhooks
    .command('serve')
    .description('serve webhooks locally, print each event, answer new calls with --answer; Ctrl-C stops')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--server-address <url>', 'public URL sipgate reaches this server at (default http://HOST:PORT)')
    .option('--answer <answer>', ANSWERS, 'none')
    .option('--public-key <file>', "PEM key that signs the webhooks (e.g. the sandbox's); default sipgate's")
    .option('--skip-signature-check', 'accept unsigned requests (local testing only)')
    .action(
      action(
        async (
          ctx,
          options: {
            port: string;
            host: string;
            serverAddress?: string;
            answer: string;
            publicKey?: string;
            skipSignatureCheck?: boolean;
          },
        ) => {
          const port = portNumber(options.port, '--port');
          const answer = defaultAnswer(options.answer);
          const publicKey = options.publicKey ? readInputFile(options.publicKey).toString('utf8') : undefined;
          const server = await createWebhookModule().createServer({
            port,
            hostname: options.host,
            serverAddress: options.serverAddress ?? `http://${options.host}:${port}`,
            publicKey,
            skipSignatureVerification: options.skipSignatureCheck === true,
            onError: (error) => ctx.io.stderr.write(`webhook handler error: ${(error as Error).message}\n`),
          });
          server.onNewCall((event) => {
            printEvent(ctx, event as never);
            return answer;
          });
          server.onAnswer((event) => printEvent(ctx, event as never));
          server.onHangUp((event) => printEvent(ctx, event as never));
          server.onData((event) => printEvent(ctx, event as never));
          const hostInUrl = server.address.includes(':') ? `[${server.address}]` : server.address;
          const stopped = untilSignalled(() => server.stop());
          ctx.io.stderr.write(
            `listening on http://${hostInUrl}:${server.port} (answer: ${options.answer}); Ctrl-C stops\n`,
          );
          return stopped;
        },
      ),
    );
}
