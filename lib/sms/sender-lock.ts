/**
 * The seam that makes sending from a phone number safe across processes. The API has no per-message sender:
 * such a send switches the SMS extension's default sender, sends, and switches back. Within one client the SDK
 * orders these sends itself; a second process (or a second client) sharing the account needs a lock both
 * respect. Every SMS send of a module with a lock holds it: a plain send from `smsId` would otherwise go out
 * with the sender another process has just switched to.
 */

/** Gives the lock back; called exactly once. */
export type ReleaseLock = () => Promise<void>;

export interface SenderLock {
  /** Resolves once `key` is held by the caller; rejects when `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<ReleaseLock>;
}

/** One key for every SMS send: the default sender is a setting of the account's SMS extension. */
export const SMS_SENDER_LOCK_KEY = 'sipgate-io-sms-default-sender';

/** Runs `operation` while holding `lock` (when there is one), and gives the lock back however it ends. */
export async function withSenderLock<T>(
  lock: SenderLock | undefined,
  signal: AbortSignal | undefined,
  operation: () => Promise<T>,
): Promise<T> {
  if (!lock) return operation();
  const release = await lock.acquire(SMS_SENDER_LOCK_KEY, signal);
  try {
    return await operation();
  } finally {
    await release();
  }
}
