/**
 * A page with the main bundle and the softphone bundle that exposes small helpers (start, dial, watch, sendRate)
 * and logs every phone and call event into window.log: the softphone browser tests and bench/softphone.ts drive it.
 */
export const SOFTPHONE_TEST_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>softphone test</title></head>
<body>
<script src="/sipgate-io.min.js"></script>
<script src="/sipgate-io-softphone.min.js"></script>
<script>
  window.log = [];
  window.start = async (baseUrl, credentials, deviceId) => {
    const client = sipgateIO.sipgateIO(credentials, { baseUrl });
    const phone = await sipgateIOSoftphone.createSoftphone(client, { deviceId });
    window.phone = phone;
    for (const name of ['connecting', 'connected', 'disconnected', 'registered', 'unregistered'])
      phone.on(name, () => log.push('phone:' + name));
    phone.on('incoming', (call) => {
      window.incoming = call;
      watch(call, 'in');
    });
    return phone.username;
  };
  window.watch = (call, label) => {
    window.calls = window.calls || {};
    window.calls[label] = call;
    for (const name of ['ringing', 'answered', 'muted', 'unmuted'])
      call.on(name, () => log.push(label + ':' + name));
    call.on('held', (e) => log.push(label + ':held:' + e.by));
    call.on('resumed', (e) => log.push(label + ':resumed:' + e.by));
    call.on('dtmf', (e) => log.push(label + ':dtmf:' + e.tone));
    call.on('ended', (e) => {
      window.ends = window.ends || {};
      window.ends[label] = { cause: e.cause, reason: e.reason, by: e.by, status: e.status,
        error: e.error && { name: e.error.name, reason: e.error.reason, status: e.error.status } };
      log.push(label + ':ended:' + e.reason);
    });
  };
  window.dial = async (target) => {
    const call = await phone.call(target);
    watch(call, 'out');
    return call.state;
  };
  window.sendRate = async (label, ms) => {
    const before = await calls[label].stats();
    await new Promise((r) => setTimeout(r, ms));
    const after = await calls[label].stats();
    return ((after.bytesSent - before.bytesSent) * 1000) / ms;
  };
</script>
</body></html>`;
