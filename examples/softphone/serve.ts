/** `npm run softphone [-- --port 8080]`: the sandbox plus a dial pad on loopback, until Ctrl-C. */
import { startSoftphoneDemo } from './server';

async function main(): Promise<void> {
  const index = process.argv.indexOf('--port');
  const port = index > 0 ? Number(process.argv[index + 1]) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0..65535');
  const demo = await startSoftphoneDemo({ port });
  console.log(`sandbox API:        ${demo.sandbox.url}`);
  console.log(`SIP over WebSocket: ${demo.sandbox.sipUrl}`);
  console.log(`dial pad for e0:    ${demo.pageUrl}/?device=e0   (number +4921100000000)`);
  console.log(`dial pad for e1:    ${demo.pageUrl}/?device=e1   (number +4921100000001)`);
  console.log('Open both in two tabs and call from one to the other. Ctrl-C stops.');
  const stop = () =>
    demo.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`softphone demo: ${error.message}`);
  process.exit(1);
});
