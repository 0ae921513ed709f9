/**
 * The official package's fluent way to start a webhook server: set address, port and
 * listeners, then startServer(). Each listener may be set once, as there.
 */
import { ValidationError } from '../core/errors';
import { createServer, type WebhookServer } from './server';
import type { AnswerCallback, DataCallback, HangUpCallback, NewCallCallback } from './types';

export class FluentWebhookServer {
  private serverAddress = '';
  private serverPort = -1;
  private newCallCallback: NewCallCallback | null = null;
  private answerCallback: AnswerCallback | null = null;
  private hangupCallback: HangUpCallback | null = null;
  private dataCallback: DataCallback | null = null;

  setServerAddress = (address: string): this => {
    this.serverAddress = address;
    return this;
  };

  setServerPort = (port: number): this => {
    this.serverPort = port;
    return this;
  };

  setOnNewCallListener = (fn: NewCallCallback): this => {
    this.newCallCallback = once(this.newCallCallback, fn, 'newCall');
    return this;
  };

  setOnAnswerListener = (fn: AnswerCallback): this => {
    this.answerCallback = once(this.answerCallback, fn, 'answer');
    return this;
  };

  setOnHangupListener = (fn: HangUpCallback): this => {
    this.hangupCallback = once(this.hangupCallback, fn, 'hangup');
    return this;
  };

  setOnDataListener = (fn: DataCallback): this => {
    this.dataCallback = once(this.dataCallback, fn, 'data');
    return this;
  };

  /** Starts the server on localhost with the settings so far; the listeners set later are not applied. */
  async startServer(): Promise<WebhookServer> {
    if (typeof this.serverPort !== 'number' || this.serverPort < 0) {
      throw new ValidationError('serverPort', 'invalid or missing serverPort');
    }
    if (typeof this.serverAddress !== 'string' || this.serverAddress.length === 0) {
      throw new ValidationError('serverAddress', 'invalid or missing serverAddress');
    }
    const server = await createServer({ port: this.serverPort, serverAddress: this.serverAddress });
    if (this.newCallCallback !== null) server.onNewCall(this.newCallCallback);
    if (this.answerCallback !== null) server.onAnswer(this.answerCallback);
    if (this.hangupCallback !== null) server.onHangUp(this.hangupCallback);
    if (this.dataCallback !== null) server.onData(this.dataCallback);
    return server;
  }
}

function once<T>(current: T | null, fn: T, event: string): T {
  if (current !== null) throw new ValidationError(`${event}Listener`, `can only handle one ${event} listener`);
  return fn;
}
