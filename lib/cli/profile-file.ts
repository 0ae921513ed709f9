/**
 * The profile file: read it, and write renewed OAuth tokens back into it. Writes go to a private temporary file
 * next to it that is then renamed over it, so a crash or a full disk never leaves half a file (and the refresh
 * token, which rotates, is never lost), and the file ends up readable by its owner only (0600).
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CliCredentialsError } from './errors';

export type Profiles = Record<string, unknown>;

export function readProfiles(file: string): Profiles | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let profiles: unknown;
  try {
    profiles = JSON.parse(text);
  } catch {
    throw new CliCredentialsError(`${file} is not valid JSON`);
  }
  if (profiles === null || typeof profiles !== 'object' || Array.isArray(profiles))
    throw new CliCredentialsError(`${file} must hold an object of named profiles`);
  return profiles as Profiles;
}

/** Replaces the file's content atomically, mode 0600. */
export function writeFileAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.chmodSync(temporary, 0o600); // the umask may have taken bits away, never added: make it exact
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Merges `fields` into the named profile's `key` object, re-reading the file first so that edits to other
 * profiles made meanwhile are kept.
 */
export function updateProfile(file: string, name: string, key: string, fields: Record<string, unknown>): void {
  const profiles = readProfiles(file) ?? {};
  const profile = (profiles[name] ?? {}) as Record<string, unknown>;
  const section = (typeof profile[key] === 'object' && profile[key] !== null ? profile[key] : {}) as object;
  profiles[name] = { ...profile, [key]: { ...section, ...fields } };
  writeFileAtomically(file, `${JSON.stringify(profiles, null, 2)}\n`);
}
