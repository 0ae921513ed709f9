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

const XML_HEADERS = Object.freeze({ 'content-type': 'application/xml; charset=utf-8' });

function xml(body: string): WebhookHttpResult {
  return Object.freeze({ status: 200, headers: XML_HEADERS, body });
}

/** The answer to events nobody handles and to follow-up events (sipgate discards those answers). */
export const RESULT_EMPTY = xml(renderResponse(undefined, '', ''));

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

function isThenable(value: unknown): value is PromiseLike<unknown> {
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
  // <Response> attributes of newCall answers; recomputed only when handlers change.
  let followUpAttributes = '';
  let newCallEmpty = RESULT_EMPTY;

  function refreshFollowUps(): void {
    followUpAttributes =
      (onAnswer ? ` onAnswer="${addressAttribute}"` : '') + (onHangUp ? ` onHangup="${addressAttribute}"` : '');
    newCallEmpty = xml(renderResponse(undefined, followUpAttributes, onDataAttribute));
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

  const answerNewCall = (action: HandlerAnswer): WebhookHttpResult =>
    action === undefined || action === null
      ? newCallEmpty
      : xml(renderResponse(action, followUpAttributes, onDataAttribute));
  const answerData = (action: HandlerAnswer): WebhookHttpResult =>
    action === undefined || action === null ? RESULT_EMPTY : xml(renderResponse(action, '', onDataAttribute));
  const answerEmpty = (): WebhookHttpResult => RESULT_EMPTY;

  function requireFunction(fn: unknown, field: string): void {
    if (typeof fn !== 'function') throw new ValidationError(field, `${field} handler must be a function`);
  }

  const registry: EventRegistry = {
    dispatch(event) {
      switch (event.event) {
        case EventType.NEW_CALL:
          return onNewCall ? settle(onNewCall(event), event.event, answerNewCall) : newCallEmpty;
        case EventType.DATA:
          return onData ? settle(onData(event), event.event, answerData) : RESULT_EMPTY;
        case EventType.ANSWER:
          return onAnswer ? settle(onAnswer(event), event.event, answerEmpty) : RESULT_EMPTY;
        case EventType.HANGUP:
          return onHangUp ? settle(onHangUp(event), event.event, answerEmpty) : RESULT_EMPTY;
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
