/** `sms send`, `fax send` (waits for the final status) and `call start`. */
import type { Command } from 'commander';
import { sleep } from '../../core/retry';
import { normalizePhoneNumber } from '../../core/validators';
import { FaxStatus } from '../../fax';
import { CliUsageError, EXIT } from '../errors';
import { positiveInteger, readInputFile, type CliContext } from '../context';
import type { Action } from '../main';

function parseTime(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new CliUsageError(`${option} must be a date and time, e.g. 2030-01-31T09:00:00+01:00`);
  return date;
}

async function readMessage(value: string, ctx: CliContext): Promise<string> {
  if (value !== '-') return value;
  if ((ctx.io.stdin as { isTTY?: boolean }).isTTY)
    throw new CliUsageError('--message - reads the text from stdin, which is a terminal');
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\n$/, '');
}

export function registerMessaging(program: Command, action: Action): void {
  const sms = program.command('sms').description('send SMS');
  sms
    .command('send')
    .description('send an SMS (or schedule it with --at)')
    .requiredOption('--to <number>', 'recipient phone number (E.164, e.g. +4915799912345)')
    .requiredOption('--message <text>', 'the text; "-" reads it from stdin')
    .option('--sms-id <id>', 'SMS extension to send from (e.g. s0); default: your first one')
    .option('--from <number>', 'verified sender number instead of --sms-id')
    .option('--at <time>', 'send later, at this ISO-8601 time (at most 30 days ahead)')
    .action(
      action(async (ctx, options: { to: string; message: string; smsId?: string; from?: string; at?: string }) => {
        if (options.smsId && options.from) throw new CliUsageError('give either --sms-id or --from, not both');
        const to = normalizePhoneNumber(options.to, 'to');
        const sendAt = parseTime(options.at, '--at');
        const message = await readMessage(options.message, ctx);
        if (message.trim() === '') throw new CliUsageError('--message must not be empty');
        const client = ctx.api();
        let smsId = options.smsId;
        if (!smsId && !options.from) {
          const extensions = await client.sms.getSmsExtensions(await client.getAuthenticatedWebuserId());
          if (extensions.length === 0) throw new CliUsageError('your account has no SMS extension; pass --sms-id');
          smsId = extensions[0].id;
        }
        const short = options.from ? { to, message, from: options.from } : { to, message, smsId: smsId! };
        await client.sms.send(short, sendAt);
        ctx.result(
          { sent: true, to, smsId, from: options.from, sendAt: sendAt?.toISOString() },
          sendAt ? `SMS to ${to} scheduled for ${sendAt.toISOString()}` : `SMS sent to ${to}`,
        );
      }),
    );

  const fax = program.command('fax').description('send faxes');
  fax
    .command('send')
    .description('send a PDF as fax and wait for its final status (exit 4 when it FAILED)')
    .requiredOption('--to <number>', 'recipient fax number (E.164)')
    .requiredOption('--file <pdf>', 'the PDF to send')
    .option('--faxline <id>', 'fax line to send from (e.g. f0); default: your first one')
    .option('--no-wait', 'return after sending, without waiting for the final status')
    .option('--timeout <seconds>', 'how long to wait for the final status', '900')
    .option('--interval <ms>', 'how often to ask for the status', '3000')
    .action(
      action(
        async (
          ctx,
          options: { to: string; file: string; faxline?: string; wait: boolean; timeout: string; interval: string },
        ) => {
          const to = normalizePhoneNumber(options.to, 'to');
          const timeoutMs = positiveInteger(options.timeout, '--timeout', 86_400) * 1000;
          const intervalMs = positiveInteger(options.interval, '--interval', 600_000);
          const content = readInputFile(options.file);
          if (content.subarray(0, 5).toString('latin1') !== '%PDF-')
            throw new CliUsageError(`${options.file} is not a PDF`);
          const client = ctx.api();
          const filename = options.file.split(/[\\/]/).pop();
          const { sessionId } = await client.fax.send({
            to,
            fileContent: content,
            filename,
            faxlineId: options.faxline,
          });
          if (!options.wait) {
            ctx.result({ sessionId, to, status: 'SENDING' }, `fax to ${to} accepted, session ${sessionId}`);
            return;
          }
          const progress = ctx.progress(`fax to ${to}`);
          const deadline = Date.now() + timeoutMs;
          let status = await client.fax.getFaxStatus(sessionId);
          let polls = 1;
          progress.update(polls, undefined, status);
          while (status !== FaxStatus.SENT && status !== FaxStatus.FAILED) {
            if (Date.now() + intervalMs > deadline) {
              progress.finish();
              ctx.result(
                { sessionId, to, status, timedOut: true },
                `fax ${sessionId}: still ${status} after ${options.timeout} s`,
              );
              return EXIT.FAILURE;
            }
            await sleep(intervalMs);
            status = await client.fax.getFaxStatus(sessionId);
            progress.update(++polls, undefined, status);
          }
          progress.finish();
          ctx.result({ sessionId, to, status }, `fax ${sessionId} to ${to}: ${status}`);
          return status === FaxStatus.SENT ? EXIT.OK : EXIT.UNSUCCESSFUL;
        },
      ),
    );

  const call = program.command('call').description('place calls');
  call
    .command('start')
    .description('start a call: your device rings first, then the callee')
    .requiredOption('--from <extension|number>', 'caller: a device extension (e0, p0, x0, y0) or a phone number')
    .requiredOption('--to <number>', 'callee phone number (E.164)')
    .option('--device <id>', 'device that places the call (needed when --from is a phone number)')
    .option('--caller-id <number>', 'number shown to the callee')
    .action(
      action(async (ctx, options: { from: string; to: string; device?: string; callerId?: string }) => {
        const to = normalizePhoneNumber(options.to, 'to');
        const { sessionId } = await ctx
          .api()
          .call.initiate({ from: options.from, to, deviceId: options.device, callerId: options.callerId });
        ctx.result(
          { sessionId, from: options.from, to },
          `call started: ${options.from} → ${to}, session ${sessionId}`,
        );
      }),
    );
}
