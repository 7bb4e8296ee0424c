/**
 * Writing the files the command line tool makes: never over one of the command's inputs, always whole
 * (a temporary file in the same folder, renamed over the target), and a failure said in words.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, type Stats } from 'node:fs';
import {
  access,
  constants,
  open,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, USAGE_EXIT_CODE } from './cli-error.ts';

/** The error code of a failed file system call (`ENOENT`, `EACCES`, ...), or undefined for another error. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Words for an error without words of its own: the code, if any, in brackets at the end. */
function fallbackReason(error: unknown, verb: 'read' | 'write'): string {
  const code = errorCode(error);
  if (code !== undefined) return `the system refused to ${verb} it (${code})`;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `an unexpected error: ${message}`;
}

/** Reasons that read the same whether a file was being read or written. */
function commonReason(code: string | undefined): string | undefined {
  switch (code) {
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ELOOP':
      return 'a symbolic link in the path points back to itself';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use by another program';
    case 'EIO':
      return 'the disk reported an error';
    default:
      return undefined;
  }
}

/**
 * Says in words why `path` could not be written, for a line such as `out.pdf: cannot write the report: …`.
 * `culprit` names the part of the path at fault where it is known: the file that stands where a folder
 * should be (ENOTDIR), or what may not be written (EACCES, EPERM); otherwise the folder of `path` is named.
 * A code without words of its own is said in general words, with the code in brackets at the end.
 */
export function describeWriteError(error: unknown, path: string, culprit?: string): string {
  const code = errorCode(error);
  const folder = dirname(path);
  switch (code) {
    case 'ENOENT':
      return `the folder ${folder} does not exist`;
    case 'ENOTDIR':
      return `${culprit ?? `a part of the folder ${folder}`} is a file, not a folder`;
    case 'EISDIR':
      return `${path} is a folder, not a file`;
    case 'EACCES':
    case 'EPERM':
      return culprit === undefined
        ? `no permission to write in the folder ${folder}`
        : `no permission to write to ${culprit}`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return `the disk of ${folder} is read-only`;
    case 'EFBIG':
      return 'the file is too large for the disk';
    case 'EINVAL':
      return 'the name is not allowed on this disk';
    default:
      return commonReason(code) ?? fallbackReason(error, 'write');
  }
}

/**
 * Says in words why `path` could not be read, for a line such as `in.json: cannot be read: …`; `culprit`
 * as for `describeWriteError`.
 */
export function describeReadError(error: unknown, path: string, culprit?: string): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'ENOTDIR':
      return `${culprit ?? `a part of the folder ${dirname(path)}`} is a file, not a folder`;
    case 'EISDIR':
      return `${path} is a folder, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to read ${culprit ?? path}`;
    default:
      return commonReason(code) ?? fallbackReason(error, 'read');
  }
}

/**
 * The file that stands where a folder of `path` should be, in the spelling the user gave, or undefined
 * when every existing folder of the path is a folder.
 */
export async function findFileInFolderPath(path: string): Promise<string | undefined> {
  for (let part = dirname(path); ; part = dirname(part)) {
    try {
      return (await stat(part)).isDirectory() ? undefined : part;
    } catch {
      // This part is missing or not reachable: its parent says more.
    }
    if (dirname(part) === part) return undefined;
  }
}

/** The identity of an existing file (real path, device and inode), or undefined when it does not exist. */
async function fileIdentity(path: string) {
  try {
    const info = await stat(path);
    return { dev: info.dev, ino: info.ino, real: await realpath(path) };
  } catch {
    // A file that cannot be found is not the same file as anything that exists.
    return undefined;
  }
}

/**
 * Refuses, with the usage exit code, an output that is one of the command's inputs: the same path in
 * another spelling (`./x/../in.json`, relative or absolute), or the same file through a symbolic or hard
 * link (same real path, or same device and inode). Call it before any work is done.
 */
export async function refuseOutputOverInput(
  command: string,
  output: string,
  inputs: readonly (string | undefined)[],
): Promise<void> {
  const outputIdentity = await fileIdentity(output);
  for (const input of inputs) {
    if (input === undefined) continue;
    let isSame = resolve(input) === resolve(output);
    if (!isSame && outputIdentity) {
      const inputIdentity = await fileIdentity(input);
      isSame =
        inputIdentity !== undefined &&
        (inputIdentity.real === outputIdentity.real ||
          (inputIdentity.dev === outputIdentity.dev && inputIdentity.ino === outputIdentity.ino));
    }
    if (isSame) {
      throw new CliError(
        `${command}: -o ${output} is the input file ${input}; choose another output file (nothing written)`,
        USAGE_EXIT_CODE,
      );
    }
  }
}

/**
 * Where the bytes of a file go: the file a symbolic link points to, so a link to the output stays a
 * link; for a link to a file not made yet, the file it will make.
 */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // Not there yet: follow the links by hand below.
  }
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      link = await readlink(current);
    } catch {
      // Not a link: this is the file to make.
      return current;
    }
    current = resolve(dirname(current), link);
  }
  return current;
}

/** What is at `path` now, following links, or undefined when nothing is; another failure is thrown. */
async function statIfThere(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** The one-line error of a failed write of `path`, naming the file in the folder path if one is at fault. */
async function writeFailure(error: unknown, path: string, what: string, culprit?: string): Promise<CliError> {
  const inPath = errorCode(error) === 'ENOTDIR' ? await findFileInFolderPath(path) : undefined;
  return new CliError(
    `${path}: cannot write the ${what}: ${describeWriteError(error, path, culprit ?? inPath)}`,
  );
}

/**
 * Checks before the work is done that `path` can be written: its folder exists, is a folder and may be
 * written in, and the path is not a folder or a file without write permission. A problem is one line in
 * words (exit code 1).
 */
export async function checkOutputPath(path: string, what: string): Promise<void> {
  let existing;
  try {
    existing = await statIfThere(path);
  } catch (error) {
    throw await writeFailure(error, path, what);
  }
  if (existing?.isDirectory()) throw await writeFailure({ code: 'EISDIR' }, path, what);
  if (existing) {
    // The rename could replace a read-only file; it is refused as writing into it would be.
    try {
      await access(path, constants.W_OK);
    } catch (error) {
      throw await writeFailure(error, path, what, path);
    }
    // A pipe or a device is written into (see writeOutputFile): no temporary file in its folder.
    if (!existing.isFile()) return;
  }
  // The temporary file is made in the folder, so the folder itself must be writable.
  const folder = dirname(await resolveTarget(path));
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw Object.assign(new Error(folder), { code: 'ENOTDIR' });
    await access(folder, constants.W_OK);
  } catch (error) {
    throw await writeFailure(error, path, what);
  }
}

/** Temporary files being written, removed if the process is interrupted before they are renamed. */
const pendingTempFiles = new Set<string>();
const INTERRUPTIONS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onInterrupt(signal: NodeJS.Signals): void {
  for (const temp of pendingTempFiles) rmSync(temp, { force: true });
  pendingTempFiles.clear();
  for (const name of INTERRUPTIONS) process.removeListener(name, onInterrupt);
  // With the listener gone the signal's default applies: the process ends as it would have.
  process.kill(process.pid, signal);
}

function trackTempFile(temp: string): void {
  if (pendingTempFiles.size === 0) for (const name of INTERRUPTIONS) process.on(name, onInterrupt);
  pendingTempFiles.add(temp);
}

function untrackTempFile(temp: string): void {
  pendingTempFiles.delete(temp);
  if (pendingTempFiles.size === 0)
    for (const name of INTERRUPTIONS) process.removeListener(name, onInterrupt);
}

/** Content to write: bytes, text, or chunks that arrive over time. */
export type OutputContent = Uint8Array | string | AsyncIterable<Uint8Array>;

/**
 * Writes `content` to `path` whole or not at all: into `.<name>.<random>.tmp` in the same folder, flushed
 * to disk, then renamed over `path` (over the file a symbolic link points to, for a link). On a failure or
 * an interruption (SIGINT, SIGTERM, SIGHUP) the temporary file is removed and `path` is as it was. A pipe,
 * a device or a terminal (`-o /dev/stdout`) cannot be replaced and is written into. A failure is one line
 * in words that names `path` and `what` was being written.
 */
export async function writeOutputFile(path: string, content: OutputContent, what: string): Promise<void> {
  let existing;
  try {
    existing = await statIfThere(path);
  } catch (error) {
    throw await writeFailure(error, path, what);
  }
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    try {
      await writeFile(path, content);
      return;
    } catch (error) {
      throw await writeFailure(error, path, what);
    }
  }
  const target = await resolveTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  trackTempFile(temp);
  try {
    handle = await open(temp, 'wx');
    if (existing) await handle.chmod(existing.mode & 0o7777);
    await writeFile(handle, content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    const isRemoved = await removeTempFile(handle, temp);
    const failure = await writeFailure(error, path, what);
    throw isRemoved ? failure : new CliError(`${failure.message} (remove the temporary file ${temp})`);
  } finally {
    untrackTempFile(temp);
  }
}

/** Closes and removes a temporary file after a failure; says whether it is gone. */
async function removeTempFile(handle: FileHandle | undefined, temp: string): Promise<boolean> {
  try {
    await handle?.close();
  } catch {
    // Closing failed too; the removal below is what matters.
  }
  try {
    await rm(temp, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The checks to make before the work of a command that writes `output`: it is none of `inputs` (else
 * the usage exit code), and it can be written (else exit code 1); each problem is one line.
 */
export async function checkOutput(
  command: string,
  output: string,
  inputs: readonly (string | undefined)[],
  what: string,
): Promise<void> {
  await refuseOutputOverInput(command, output, inputs);
  await checkOutputPath(output, what);
}
