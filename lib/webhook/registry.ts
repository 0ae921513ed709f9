/**
 * Event registry: which handler runs for which event, and how its return value
 * becomes the XML answer. Knows nothing about HTTP requests or signatures.
 */
import { SipgateIOError, ValidationError } from '../core/errors';
import { keepErrorNames } from '../core/error-names';
import type { WebhookHttpResult } from './rejections';
import { renderResponse } from './response-builder';
import {
  type AnswerCallback,
  type CallEvent,
  type DataCallback,
  EventType,
  type HandlerAnswer,
  type HandlerRegistry,
  type HangUpCallback,
  type NewCallCallback,
  type WebhookHandlers,
} from './types';
import { escapeXml } from './xml-escape';

export const DEFAULT_HANDLER_TIMEOUT_MS = 10_000;

// As the official package sends it (users' tests compare it); the XML declaration names the encoding.
const XML_HEADERS = Object.freeze({ 'content-type': 'application/xml' });

/** An answer; the shared ones are frozen, a handler's per-request answer is not (freezing costs a runtime call). */
function xml(body: string): WebhookHttpResult {
  return { status: 200, headers: XML_HEADERS, body };
}

/** The answer to events nobody handles and to follow-up events (sipgate discards those answers). */
export const RESULT_EMPTY = Object.freeze(xml(renderResponse(undefined, '', '')));

/** A handler did not settle within handlerTimeoutMs; its request was answered 500. */
export class WebhookHandlerTimeoutError extends SipgateIOError {
  constructor(
    readonly event: string,
    readonly timeoutMs: number,
  ) {
    super(`webhook handler for ${event} did not finish within ${timeoutMs} ms`);
    this.name = 'WebhookHandlerTimeoutError';
  }
}

/** Settles like `work`, or rejects with WebhookHandlerTimeoutError after `timeoutMs`. */
function withTimeout<T>(work: PromiseLike<T>, event: string, timeoutMs: number): Promise<T> {
  if (timeoutMs === 0) return Promise.resolve(work);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WebhookHandlerTimeoutError(event, timeoutMs)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';
}

export interface EventRegistry extends HandlerRegistry {
  /** Runs the handler for `event`; throws (or rejects) with whatever the handler threw, or a timeout error. */
  dispatch(event: CallEvent): WebhookHttpResult | Promise<WebhookHttpResult>;
}

export function createEventRegistry(
  serverAddress: string,
  handlerTimeoutMs: number,
  initial: WebhookHandlers | undefined,
): EventRegistry {
  const addressAttribute = escapeXml(serverAddress);
  const onDataAttribute = ` onData="${addressAttribute}"`;
  let onNewCall: NewCallCallback | undefined;
  let onAnswer: AnswerCallback | undefined;
  let onHangUp: HangUpCallback | undefined;
  let onData: DataCallback | undefined;
  // <Response> attributes of every answer from a handled event, as the official package writes them;
  // recomputed only when handlers change.
  let followUpAttributes = '';
  let subscribedEmpty = RESULT_EMPTY;

  function refreshFollowUps(): void {
    followUpAttributes =
      (onAnswer ? ` onAnswer="${addressAttribute}"` : '') + (onHangUp ? ` onHangup="${addressAttribute}"` : '');
    subscribedEmpty = Object.freeze(xml(renderResponse(undefined, followUpAttributes, onDataAttribute)));
  }

  /** Synchronous handlers are answered without a timer or extra promise; only a pending one is raced. */
  function settle<T>(
    outcome: T | PromiseLike<T>,
    event: string,
    answer: (value: T) => WebhookHttpResult,
  ): WebhookHttpResult | Promise<WebhookHttpResult> {
    if (isThenable(outcome)) return withTimeout(outcome, event, handlerTimeoutMs).then(answer);
    return answer(outcome);
  }

  const answerAction = (action: HandlerAnswer): WebhookHttpResult =>
    action === undefined || action === null
      ? subscribedEmpty
      : xml(renderResponse(action, followUpAttributes, onDataAttribute));
  /** sipgate discards answers to answer and hangup events: what their handlers return is not rendered. */
  const answerFollowUp = (): WebhookHttpResult => subscribedEmpty;

  function requireFunction(fn: unknown, field: string): void {
    if (typeof fn !== 'function') throw new ValidationError(field, `${field} handler must be a function`);
  }

  const registry: EventRegistry = {
    dispatch(event) {
      switch (event.event) {
        case EventType.NEW_CALL:
          return onNewCall ? settle(onNewCall(event), event.event, answerAction) : subscribedEmpty;
        case EventType.DATA:
          return onData ? settle(onData(event), event.event, answerAction) : RESULT_EMPTY;
        case EventType.ANSWER:
          return onAnswer ? settle(onAnswer(event), event.event, answerFollowUp) : RESULT_EMPTY;
        case EventType.HANGUP:
          return onHangUp ? settle(onHangUp(event), event.event, answerFollowUp) : RESULT_EMPTY;
      }
    },
    onNewCall(fn) {
      requireFunction(fn, 'onNewCall');
      onNewCall = fn;
    },
    onAnswer(fn) {
      requireFunction(fn, 'onAnswer');
      onAnswer = fn;
      refreshFollowUps();
    },
    onHangUp(fn) {
      requireFunction(fn, 'onHangUp');
      onHangUp = fn;
      refreshFollowUps();
    },
    onHangup(fn) {
      registry.onHangUp(fn);
    },
    onData(fn) {
      requireFunction(fn, 'onData');
      onData = fn;
    },
  };
  refreshFollowUps();
  if (initial) {
    if (initial.onNewCall) registry.onNewCall(initial.onNewCall);
    if (initial.onAnswer) registry.onAnswer(initial.onAnswer);
    if (initial.onHangUp) registry.onHangUp(initial.onHangUp);
    if (initial.onData) registry.onData(initial.onData);
  }
  return registry;
}

/** Copies the registration methods of `registry` onto a mount (a listener function or a server object). */
export function withRegistry<T extends object>(target: T, registry: HandlerRegistry): T & HandlerRegistry {
  return Object.assign(target, {
    onNewCall: registry.onNewCall,
    onAnswer: registry.onAnswer,
    onHangUp: registry.onHangUp,
    onHangup: registry.onHangup,
    onData: registry.onData,
  });
}

keepErrorNames({ WebhookHandlerTimeoutError });
