/**
 * Handler code as it is written for the official package compiles against ours with only the import changed:
 * the same source is type-checked (strict) once against `sipgateio` 2.15.1, proving it is valid code there,
 * and once against this SDK.
 */
import { expect } from 'chai';
import path from 'node:path';
import ts from 'typescript';
import { repoPath } from '../../support/paths';

const OURS = repoPath('lib', 'index');

function handlerCode(from: string): string {
  return `import {
  createWebhookModule,
  FluentWebhookServer,
  HangUpCause,
  RejectReason,
  sipgateIO,
  WebhookDirection,
  WebhookResponse,
  type AnswerEvent,
  type DataEvent,
  type HangUpEvent,
  type NewCallEvent,
  type ResponseObject,
  type ServerOptions,
  type WebhookServer,
} from '${from}';

export async function start(): Promise<WebhookServer> {
  const options: ServerOptions = { port: 8080, serverAddress: 'https://hooks.example.test/sipgate', hostname: 'localhost' };
  const server: WebhookServer = await createWebhookModule().createServer(options);
  const client = sipgateIO({ tokenId: 'token-ABC123', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });

  server.onNewCall(async (event: NewCallEvent) => {
    const users: string[] = event.users;
    const userIds: string[] = event.userIds;
    const fullUserIds: string[] = event.fullUserIds;
    const original: string = event.originalCallId;
    const direction: WebhookDirection = event.direction;
    console.log(users, userIds, fullUserIds, original, direction, event.xcid, event.from, event.to);
    if (event.from === 'anonymous') return WebhookResponse.rejectCall({ reason: RejectReason.BUSY });
    if (users.length > 1) {
      return WebhookResponse.redirectCall({ numbers: ['4915799912345'], anonymous: false, callerId: '4921100000000' });
    }
    if (event.direction === WebhookDirection.OUT) {
      return WebhookResponse.playAudioAndHangUp({ announcement: 'https://example.test/bye.wav' }, client, event.callId, 500);
    }
    return WebhookResponse.gatherDTMF({ maxDigits: 3, timeout: 2000, announcement: 'https://example.test/menu.wav' });
  });
  server.onNewCall(() => undefined);
  server.onNewCall(() => WebhookResponse.sendToVoicemail());
  server.onNewCall(async () => await WebhookResponse.playAudio({ announcement: 'https://example.test/a.wav' }));
  server.onAnswer(() => null);
  server.onAnswer((event: AnswerEvent) => {
    const answeringNumber: string = event.answeringNumber;
    const user: string | undefined = event.user;
    console.log(answeringNumber, user, event.userId, event.fullUserId, event.diversion);
  });
  server.onHangUp((event: HangUpEvent) => {
    if (event.cause === HangUpCause.BUSY) console.log('busy', event.answeringNumber);
  });
  server.onData((event: DataEvent) => {
    const digits: string = event.dtmf;
    return digits === '1' ? WebhookResponse.hangUpCall() : undefined;
  });
  server.onData(async (event) =>
    WebhookResponse.playAudioAndTransfer(
      { announcement: 'https://example.test/transfer.wav' },
      { attended: false, phoneNumber: '+4915799912345' },
      client,
      event.callId,
    ),
  );
  const answer: ResponseObject = WebhookResponse.hangUpCall();
  console.log(answer, server.getHttpServer().listening);
  server.stop();

  const fluent: WebhookServer = await new FluentWebhookServer()
    .setServerAddress('https://hooks.example.test/sipgate')
    .setServerPort(8080)
    .setOnNewCallListener(() => WebhookResponse.hangUpCall())
    .setOnAnswerListener(() => null)
    .setOnHangupListener(() => undefined)
    .setOnDataListener(() => undefined)
    .startServer();
  return fluent;
}
`;
}

describe('official parity: webhook handler typings', function () {
  this.timeout(120_000);

  it('the same handler code type-checks against sipgateio and against this SDK', () => {
    const dir = repoPath('test', 'contract', 'official-parity');
    const files: Record<string, string> = {
      [path.join(dir, 'virtual-official-handlers.ts')]: handlerCode('sipgateio'),
      [path.join(dir, 'virtual-our-handlers.ts')]: handlerCode(OURS),
    };
    const options: ts.CompilerOptions = {
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      types: ['node'],
    };
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (file) => file in files || fileExists.call(host, file);
    host.readFile = (file) => files[file] ?? readFile.call(host, file);
    host.getSourceFile = (file, language, onError, shouldCreate) =>
      file in files
        ? ts.createSourceFile(file, files[file], language)
        : getSourceFile.call(host, file, language, onError, shouldCreate);
    const program = ts.createProgram(Object.keys(files), options, host);
    const diagnostics = (file: string) =>
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(file))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    const [theirs, ours] = Object.keys(files);
    expect(diagnostics(theirs), 'the code is valid for sipgateio').to.deep.equal([]);
    expect(diagnostics(ours), 'and compiles unchanged against this SDK').to.deep.equal([]);
  });
});
