/**
 * A SenderLock for processes on one machine: a lock file created with `open(…, 'wx')`, which the file system
 * creates for exactly one caller. The holder touches it while it holds it; a lock whose process is gone, or that
 * nobody touched for `staleMs`, is taken over (a crashed process cannot block sending forever). Taking over goes
 * through a second exclusive file, so two waiters can never both remove a lock and one of them a fresh one.
 * Node only (it needs the file system); processes on several machines need a lock on a shared store instead.
 */
import { randomUUID } from 'node:crypto';
import type * as FileSystemModule from 'node:fs/promises';
import { join } from 'node:path';
import { AbortError } from '../core/errors';
import { sleep } from '../core/retry';
import type { ReleaseLock, SenderLock } from './sender-lock';

export interface FileSenderLockOptions {
  /** Where the lock files live (default: the OS temp directory); all processes must use the same one. */
  directory?: string;
  /** A lock untouched for this long is stale (default 60 000 ms); the holder touches it every third of it. */
  staleMs?: number;
  /** Pause between attempts while another process holds the lock (default 20 ms). */
  retryMs?: number;
}

interface Holder {
  pid: number;
  token: string;
}

type FileSystem = typeof FileSystemModule;
let fileSystem: Promise<FileSystem> | undefined;
/** node:fs/promises and node:os load with the first lock taken, not with the package: most apps never take one. */
const fs = (): Promise<FileSystem> => (fileSystem ??= import('node:fs/promises'));

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, but belongs to someone else
  }
}

/** Creates `path` if nobody has; false when it exists. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  try {
    const handle = await (await fs()).open(path, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(path: string): Promise<{ holder?: Holder; raw: string; ageMs: number } | undefined> {
  try {
    const { readFile, stat } = await fs();
    const [raw, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(raw) as Holder;
    } catch {
      holder = undefined; // being written right now, or garbage: judged by age alone
    }
    return { holder, raw, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export function fileSenderLock(options: FileSenderLockOptions = {}): SenderLock {
  let directory = options.directory;
  const staleMs = options.staleMs ?? 60_000;
  const retryMs = options.retryMs ?? 20;

  /** Removes the lock at `path` if it is still the stale one we saw (`raw`). */
  async function takeOverStale(path: string, raw: string): Promise<void> {
    const { unlink } = await fs();
    const guard = `${path}.takeover`;
    if (!(await createExclusive(guard, String(process.pid)))) {
      const other = await readHolder(guard);
      if (other && other.ageMs > staleMs) await unlink(guard).catch(() => undefined);
      return;
    }
    try {
      const current = await readHolder(path);
      if (current && current.raw === raw) await unlink(path).catch(() => undefined);
    } finally {
      await unlink(guard).catch(() => undefined);
    }
  }

  return {
    async acquire(key, signal): Promise<ReleaseLock> {
      const { unlink, utimes } = await fs();
      directory ??= (await import('node:os')).tmpdir();
      const path = join(directory, `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.lock`);
      const token = randomUUID();
      const content = JSON.stringify({ pid: process.pid, token } satisfies Holder);
      for (;;) {
        if (signal?.aborted) throw new AbortError('Waiting for the SMS sender lock was aborted');
        if (await createExclusive(path, content)) break;
        const seen = await readHolder(path);
        if (seen) {
          const dead = seen.holder !== undefined && !processAlive(seen.holder.pid);
          if (dead || seen.ageMs > staleMs) {
            await takeOverStale(path, seen.raw);
            continue;
          }
        }
        await sleep(retryMs, signal).catch(() => {
          throw new AbortError('Waiting for the SMS sender lock was aborted');
        });
      }
      // Touch the file while holding it, so a long send is not mistaken for a crashed one.
      const keepAlive = setInterval(
        () => {
          const now = new Date();
          void utimes(path, now, now).catch(() => undefined);
        },
        Math.max(1, Math.floor(staleMs / 3)),
      );
      keepAlive.unref?.();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        clearInterval(keepAlive);
        const current = await readHolder(path);
        // Only our own lock is removed: after a takeover the file belongs to someone else.
        if (current?.holder?.token === token) await unlink(path).catch(() => undefined);
      };
    },
  };
}
