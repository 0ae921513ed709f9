/* global document, fetch, location, window, URLSearchParams, sipgateIO, sipgateIOSoftphone */
/* The dial pad's logic: one page = one VoIP device of the sandbox (?device=e0 or ?device=e1). */
(async () => {
  const $ = (id) => document.getElementById(id);
  const config = await (await fetch('/config.json')).json();
  const deviceId = new URLSearchParams(location.search).get('device') || 'e0';
  const other = deviceId === 'e0' ? config.numbers.e1 : config.numbers.e0;
  $('device').textContent = `${deviceId} (${config.numbers[deviceId] || ''})`;
  $('number').value = other;
  const log = (text) => ($('log').textContent = `${new Date().toLocaleTimeString()} ${text}\n` + $('log').textContent);
  const status = (text) => ($('status').textContent = text);
  let call;

  for (const key of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#']) {
    const button = document.createElement('button');
    button.textContent = key;
    button.onclick = () => (call && call.state === 'active' ? call.sendDtmf(key) : ($('number').value += key));
    $('pad').appendChild(button);
  }

  const buttons = () => {
    const ringingIn = call && call.direction === 'incoming' && call.state === 'ringing';
    const active = call && call.state === 'active';
    $('call').disabled = !!call;
    $('answer').disabled = !ringingIn;
    $('decline').disabled = !ringingIn;
    $('hangup').disabled = !call;
    $('mute').disabled = !active;
    $('hold').disabled = !active;
    $('mute').textContent = call && call.muted ? 'Unmute' : 'Mute';
    $('hold').textContent = call && call.held ? 'Resume' : 'Hold';
  };

  const follow = (c) => {
    call = c;
    c.on('ringing', () => status('ringing…'));
    c.on('answered', () => {
      status(`in a call with ${c.remote}`);
      buttons();
    });
    c.on('held', (e) => {
      log(`held by ${e.by}`);
      buttons();
    });
    c.on('resumed', (e) => {
      log(`resumed by ${e.by}`);
      buttons();
    });
    c.on('dtmf', (e) => log(`DTMF ${e.tone}`));
    c.on('ended', (e) => {
      log(`call ended: ${e.cause} (${e.reason}, by ${e.by})`);
      status('registered');
      call = undefined;
      buttons();
    });
    buttons();
  };

  try {
    const client = sipgateIO.sipgateIO(config.credentials, { baseUrl: config.baseUrl });
    status('registering…');
    const phone = await sipgateIOSoftphone.createSoftphone(client, { deviceId });
    window.phone = phone;
    status('registered');
    phone.on('disconnected', () => status('connection lost, reconnecting…'));
    phone.on('registered', () => status(call ? status.textContent : 'registered'));
    phone.on('incoming', (c) => {
      if (call) return c.reject('busy');
      status(`incoming call from ${c.remote}`);
      follow(c);
    });
    $('call').onclick = async () => {
      try {
        status('calling…');
        follow(await phone.call($('number').value));
      } catch (error) {
        status(`${error.name}: ${error.message}`);
      }
    };
    $('answer').onclick = () => call.answer().catch((error) => status(`${error.name}: ${error.message}`));
    $('decline').onclick = () => call.reject('decline');
    $('hangup').onclick = () => call.hangup();
    $('mute').onclick = () => {
      if (call.muted) call.unmute();
      else call.mute();
      buttons();
    };
    $('hold').onclick = () => (call.held ? call.unhold() : call.hold());
    buttons();
  } catch (error) {
    status(`${error.name}: ${error.message}`);
  }
})();
