/**
 * The npm package as users get it: `npm pack` of the built repository, installed into a fresh
 * project in a temporary directory. Shared by the package tests; needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../support/paths';

const execFileAsync = promisify(execFile);

export const PACKAGE_NAME = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string })
  .name;

export interface RunResult {
  code: number;
  stdout: string;
  /** stdout and stderr together, for messages. */
  output: string;
}

export async function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false', ...env },
    });
    return { code: 0, stdout, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string };
    const stdout = failed.stdout ?? '';
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout,
      output: `${stdout}${failed.stderr ?? failed.message}`,
    };
  }
}

/** Runs a command that must succeed; returns its stdout. */
export async function mustRun(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.code}):\n${result.output}`);
  return result.stdout;
}

export interface PackedProject {
  /** Temporary directory holding the tarball and the project; remove it with `remove()`. */
  workDir: string;
  projectDir: string;
  tarball: string;
  remove(): Promise<void>;
}

/** Packs the repository and installs the tarball (with its runtime dependencies) into a fresh project. */
export async function installPackedPackage(prefix: string): Promise<PackedProject> {
  for (const file of ['dist/index.cjs', 'dist/index.mjs', 'dist/index.d.cts', 'bundle/sipgate-io.min.js']) {
    if (!existsSync(path.join(REPO_ROOT, file))) throw new Error(`${file} is missing: run "npm run build" first`);
  }
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const remove = () => fs.rm(workDir, { recursive: true, force: true });
  try {
    const packed = JSON.parse(
      await mustRun('npm', ['pack', '--json', '--pack-destination', workDir], REPO_ROOT),
    ) as Array<{ filename: string }>;
    const tarball = path.join(workDir, packed[0].filename);
    const projectDir = path.join(workDir, 'consumer');
    await fs.mkdir(projectDir);
    await fs.writeFile(
      path.join(projectDir, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
    );
    await mustRun(
      'npm',
      ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'],
      projectDir,
    );
    return { workDir, projectDir, tarball, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
