/**
 * What the command line tool writes: never over one of the command's inputs (in any spelling of the
 * path, or through a link), whole or not at all, and a failure said in words. The refusals are run
 * in-process through `runCli` (many cases), and once per command as a real process, as a user runs it.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { describeReadError, describeWriteError, writeOutputFile } from './write-output.ts';
import { runQuickscanInProcess, runQuickscanProcess, type CliRun } from '../tests/fixtures/cli-process.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'quickscan-output-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

type Run = CliRun;

/** Runs the tool as a real process in `cwd`, exactly as a user does. */
const quickscanProcess = runQuickscanProcess;

/** Runs the tool in this process through `runCli` (see `runQuickscanInProcess`). */
const quickscan = runQuickscanInProcess;

let folderCount = 0;
/** A fresh folder with two participants' answers files and a copy of the shipped definition. */
async function makeFolder() {
  const dir = join(workDir, `case-${++folderCount}`);
  mkdirSync(dir);
  const hr = await quickscan('example', '--profile', 'best', '--role', 'hr');
  const carer = await quickscan('example', '--profile', 'worst', '--role', 'carer');
  writeFileSync(join(dir, 'hr.json'), hr.stdout);
  writeFileSync(join(dir, 'carer.json'), carer.stdout);
  copyFileSync(
    join(root, 'questionnaire', 'definitions', 'zorgvriendelijk-werkgeverschap.json'),
    join(dir, 'definition.json'),
  );
  return dir;
}

/** Every file under `dir` with its bytes: what a refused run must leave exactly as it was. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), entry.isFile() ? readFileSync(path).toString('base64') : entry.name);
  }
  return files;
}

/** The names of temporary files left anywhere under `dir`. */
function tempFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.tmp'));
}

type Spelling = 'the same path' | 'a path through ..' | 'a relative path' | 'a symbolic link' | 'a hard link';
const SPELLINGS: Spelling[] = [
  'the same path',
  'a path through ..',
  'a relative path',
  'a symbolic link',
  'a hard link',
];

/** Another name for the file `input` in `dir`, made as `spelling` says (links are made on disk). */
function spell(dir: string, input: string, spelling: Spelling): string {
  const path = join(dir, input);
  switch (spelling) {
    case 'the same path':
      return path;
    case 'a path through ..':
      mkdirSync(join(dir, 'sub'), { recursive: true });
      return `${join(dir, 'sub')}/../${input}`;
    case 'a relative path':
      return relative(process.cwd(), path);
    case 'a symbolic link':
      symlinkSync(input, join(dir, `link-to-${input}`));
      return join(dir, `link-to-${input}`);
    case 'a hard link':
      linkSync(path, join(dir, `hard-${input}`));
      return join(dir, `hard-${input}`);
  }
}

/** The command line of each command that writes, with `output` as -o; the inputs are in `dir`. */
const WRITING_COMMANDS: Record<string, (dir: string, output: string) => string[]> = {
  report: (dir, output) => [
    'report',
    join(dir, 'hr.json'),
    '--questionnaire',
    join(dir, 'definition.json'),
    '-o',
    output,
  ],
  'export docx': (dir, output) => [
    'export',
    join(dir, 'hr.json'),
    '--format',
    'docx',
    '--questionnaire',
    join(dir, 'definition.json'),
    '-o',
    output,
  ],
  'export csv': (dir, output) => [
    'export',
    join(dir, 'hr.json'),
    '--format',
    'csv',
    '--questionnaire',
    join(dir, 'definition.json'),
    '-o',
    output,
  ],
  merge: (dir, output) => [
    'merge',
    join(dir, 'hr.json'),
    join(dir, 'carer.json'),
    '--questionnaire',
    join(dir, 'definition.json'),
    '-o',
    output,
  ],
  'group-report': (dir, output) => [
    'group-report',
    join(dir, 'hr.json'),
    join(dir, 'carer.json'),
    '--agreed',
    join(dir, 'agreed.json'),
    '--questionnaire',
    join(dir, 'definition.json'),
    '-o',
    output,
  ],
};

/** Each input of each command: the file -o may name by mistake. */
const INPUTS: [command: string, input: string][] = [
  ['report', 'hr.json'],
  ['report', 'definition.json'],
  ['export docx', 'hr.json'],
  ['export csv', 'hr.json'],
  ['export csv', 'definition.json'],
  ['merge', 'hr.json'],
  ['merge', 'carer.json'],
  ['merge', 'definition.json'],
  ['group-report', 'hr.json'],
  ['group-report', 'carer.json'],
  ['group-report', 'agreed.json'],
  ['group-report', 'definition.json'],
];

function expectRefusal(run: Run, output: string, input: string) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`-o ${output} is the input file ${input}`);
}

describe('-o never names an input of the command', () => {
  const cases = INPUTS.flatMap(([command, input]) =>
    SPELLINGS.map((spelling) => [command, input, spelling] as const),
  );

  it.each(cases)(
    '%s refuses -o naming its input %s by %s, and writes nothing',
    async (command, input, spelling) => {
      const dir = await makeFolder();
      copyFileSync(join(dir, 'hr.json'), join(dir, 'agreed.json'));
      const output = spell(dir, input, spelling);
      const before = snapshot(dir);
      const args = WRITING_COMMANDS[command]?.(dir, output) ?? [];
      const inputPath = args.find((arg) => arg.endsWith(`/${input}`)) ?? '';
      expectRefusal(await quickscan(...args), output, inputPath);
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it('refuses before reading anything: an output over a broken input is refused, not read', async () => {
    const dir = await makeFolder();
    writeFileSync(join(dir, 'broken.json'), '{');
    const output = join(dir, 'broken.json');
    expectRefusal(await quickscan('report', output, '-o', output), output, output);
    expect(readFileSync(output, 'utf8')).toBe('{');
  });

  it('still writes to a file beside the inputs, and to the file a symbolic link points to', async () => {
    const dir = await makeFolder();
    writeFileSync(join(dir, 'agreed-old.json'), 'old');
    symlinkSync('agreed-old.json', join(dir, 'agreed-link.json'));
    const run = await quickscan(
      'merge',
      join(dir, 'hr.json'),
      join(dir, 'carer.json'),
      '-o',
      join(dir, 'agreed-link.json'),
    );
    expect(run.code).toBe(0);
    // The link stays a link; the file it points to is replaced by the merged answers.
    expect(statSync(join(dir, 'agreed-link.json')).isFile()).toBe(true);
    expect(
      readdirSync(dir, { withFileTypes: true })
        .find((e) => e.name === 'agreed-link.json')
        ?.isSymbolicLink(),
    ).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'agreed-old.json'), 'utf8')).format).toBe('quickscan-answers');
    expect(tempFilesIn(dir)).toEqual([]);
  });

  // As a user runs it: each command once as a real process, the output in another spelling of an input.
  it.each<[string, (dir: string) => { args: string[]; output: string; input: string; cwd?: string }]>([
    [
      'report, -o the answers file as a relative path in the working folder',
      (dir) => ({
        args: ['report', join(dir, 'hr.json'), '-o', 'hr.json'],
        output: 'hr.json',
        input: join(dir, 'hr.json'),
        cwd: dir,
      }),
    ],
    [
      'export, -o a hard link to the answers file',
      (dir) => {
        linkSync(join(dir, 'hr.json'), join(dir, 'out.csv'));
        const output = join(dir, 'out.csv');
        return {
          args: ['export', 'hr.json', '--format', 'csv', '-o', output],
          output,
          input: 'hr.json',
          cwd: dir,
        };
      },
    ],
    [
      'merge, -o a participant through ..',
      (dir) => {
        mkdirSync(join(dir, 'sub'));
        const output = `${join(dir, 'sub')}/../carer.json`;
        return {
          args: ['merge', join(dir, 'hr.json'), join(dir, 'carer.json'), '-o', output],
          output,
          input: join(dir, 'carer.json'),
        };
      },
    ],
    [
      'group-report, -o a symbolic link to the --agreed file',
      (dir) => {
        copyFileSync(join(dir, 'hr.json'), join(dir, 'agreed.json'));
        symlinkSync(join(dir, 'agreed.json'), join(dir, 'group.pdf'));
        const output = join(dir, 'group.pdf');
        const input = join(dir, 'agreed.json');
        return {
          args: [
            'group-report',
            join(dir, 'hr.json'),
            join(dir, 'carer.json'),
            '--agreed',
            input,
            '-o',
            output,
          ],
          output,
          input,
        };
      },
    ],
  ])('the real tool refuses %s with exit 2 and keeps it byte for byte', async (_name, make) => {
    const dir = await makeFolder();
    const { args, output, input, cwd } = make(dir);
    const before = snapshot(dir);
    expectRefusal(await quickscanProcess(cwd ?? workDir, ...args), output, input);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a write that cannot be made is said in words and leaves nothing behind', () => {
  it.each<[string, (dir: string) => string, RegExp]>([
    [
      'into a folder that does not exist',
      (dir) => join(dir, 'missing', 'r.pdf'),
      /: the folder \S+\/missing does not exist$/,
    ],
    [
      'under a path whose parent is a file',
      (dir) => join(dir, 'hr.json', 'r.pdf'),
      /: \S+\/hr\.json is a file, not a folder$/,
    ],
    [
      'onto a folder',
      (dir) => {
        mkdirSync(join(dir, 'folder'));
        return join(dir, 'folder');
      },
      /: \S+\/folder is a folder, not a file$/,
    ],
  ])('the real tool refuses a report %s', async (_name, target, pattern) => {
    const dir = await makeFolder();
    const output = target(dir);
    const before = snapshot(dir);
    const run = await quickscanProcess(dir, 'report', 'hr.json', '-o', output);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`quickscan: ${output}: cannot write the report: `);
    expect(lines[0]).toMatch(pattern);
    expect(lines[0]).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a successful write', () => {
  it('the real tool writes the report whole, replaces an old file and leaves no temporary file', async () => {
    const dir = await makeFolder();
    writeFileSync(join(dir, 'r.pdf'), 'an old report');
    const run = await quickscanProcess(dir, 'report', 'hr.json', '-o', 'r.pdf');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect([...snapshot(dir).keys()].sort()).toEqual(['carer.json', 'definition.json', 'hr.json', 'r.pdf']);
  });

  // As -o /dev/stdout does: a link to the process's standard output, here a shell's pipe, is written into.
  it.runIf(process.platform === 'linux')(
    'the real tool writes through a link to its standard output and keeps the link',
    async () => {
      const dir = await makeFolder();
      symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
      const quickscanCommand = [
        tsx,
        '--tsconfig',
        join(root, 'tsconfig.node.json'),
        join(root, 'cli', 'quickscan.ts'),
      ];
      const line = [
        process.execPath,
        ...quickscanCommand,
        'export',
        'hr.json',
        '--format',
        'csv',
        '-o',
        'stdout',
      ]
        .map((arg) => `'${arg}'`)
        .join(' ');
      const run = await new Promise<Run>((resolve) => {
        execFile('/bin/sh', ['-c', `${line} | cat`], { cwd: dir }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^\uFEFFNr\.;Thema;/);
      expect(run.stdout).toMatch(/stdout: action plan written \(CSV, \d+ actions\)\n$/);
      expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
      expect(tempFilesIn(dir)).toEqual([]);
    },
  );

  it.each(['export docx', 'export csv', 'merge', 'group-report'])(
    '%s leaves only its output beside the inputs',
    async (command) => {
      const dir = await makeFolder();
      copyFileSync(join(dir, 'hr.json'), join(dir, 'agreed.json'));
      const run = await quickscan(...(WRITING_COMMANDS[command]?.(dir, join(dir, 'out')) ?? []));
      expect(run.code).toBe(0);
      expect([...snapshot(dir).keys()].sort()).toEqual([
        'agreed.json',
        'carer.json',
        'definition.json',
        'hr.json',
        'out',
      ]);
    },
  );
});

describe('writeOutputFile', () => {
  it.runIf(process.platform !== 'win32')(
    'writes into a pipe and leaves it a pipe: nothing to rename over',
    async () => {
      const dir = await makeFolder();
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const received = new Promise<string>((resolve, reject) => {
        let text = '';
        createReadStream(fifo, 'utf8')
          .on('data', (chunk) => {
            text += String(chunk);
          })
          .on('end', () => resolve(text))
          .on('error', reject);
      });
      await writeOutputFile(fifo, 'through the pipe', 'text');
      expect(await received).toBe('through the pipe');
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(tempFilesIn(dir)).toEqual([]);
    },
  );

  it('writes the file whole and keeps the permissions of the file it replaces', async () => {
    const dir = await makeFolder();
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old', { mode: 0o600 });
    await writeOutputFile(path, 'new content', 'text');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('makes the file a dangling symbolic link points to, and keeps the link', async () => {
    const dir = await makeFolder();
    symlinkSync('made.txt', join(dir, 'link.txt'));
    await writeOutputFile(join(dir, 'link.txt'), 'made through the link', 'text');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.txt'), 'utf8')).toBe('made through the link');
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('leaves the old file as it was and no temporary file when the content fails halfway', async () => {
    const dir = await makeFolder();
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'the old file');
    async function* failingContent() {
      yield new TextEncoder().encode('the first half');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    await expect(writeOutputFile(path, failingContent(), 'text')).rejects.toThrow(
      new CliError(`${path}: cannot write the text: the disk is full`),
    );
    expect(readFileSync(path, 'utf8')).toBe('the old file');
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('says a missing folder and a file in the folder path in words, and creates nothing', async () => {
    const dir = await makeFolder();
    await expect(writeOutputFile(join(dir, 'missing', 'x.txt'), 'x', 'text')).rejects.toThrow(
      `cannot write the text: the folder ${join(dir, 'missing')} does not exist`,
    );
    await expect(writeOutputFile(join(dir, 'hr.json', 'x.txt'), 'x', 'text')).rejects.toThrow(
      `cannot write the text: ${join(dir, 'hr.json')} is a file, not a folder`,
    );
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('removes its temporary file when the process is interrupted while writing, and ends by the signal', async () => {
    const dir = await makeFolder();
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'the old file');
    // The content's second chunk never comes: the write is caught halfway, as by a Ctrl-C.
    const script = join(dir, 'interrupted-write.mts');
    writeFileSync(
      script,
      `import { writeOutputFile } from ${JSON.stringify(join(root, 'cli', 'write-output.ts'))};
setInterval(() => {}, 1000);
async function* content() {
  yield new TextEncoder().encode('the first half');
  await new Promise(() => {});
}
void writeOutputFile(${JSON.stringify(target)}, content(), 'text');
`,
    );
    const child = spawn(
      process.execPath,
      ['--import', join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs'), script],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait until the first half is in the temporary file, then interrupt.
    const tempContent = () => tempFilesIn(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    const deadline = Date.now() + 20_000;
    while (tempContent()[0] !== 'the first half' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(tempContent()).toEqual(['the first half']);
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(tempFilesIn(dir)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('the old file');
  });
});

describe('describeWriteError', () => {
  const path = '/data/reports/r.pdf';
  it.each<[string, string | undefined, string]>([
    ['ENOENT', undefined, 'the folder /data/reports does not exist'],
    ['ENOTDIR', '/data/reports', '/data/reports is a file, not a folder'],
    ['ENOTDIR', undefined, 'a part of the folder /data/reports is a file, not a folder'],
    ['EISDIR', undefined, '/data/reports/r.pdf is a folder, not a file'],
    ['ENOSPC', undefined, 'the disk is full'],
    ['EDQUOT', undefined, 'your disk quota is used up'],
    ['EACCES', undefined, 'no permission to write in the folder /data/reports'],
    ['EPERM', '/data/reports/r.pdf', 'no permission to write to /data/reports/r.pdf'],
    ['EROFS', undefined, 'the disk of /data/reports is read-only'],
    ['ENAMETOOLONG', undefined, 'the name is too long'],
    ['EBUSY', undefined, 'the file is in use by another program'],
    ['EIO', undefined, 'the disk reported an error'],
  ])('says %s (culprit %s) in words', (code, culprit, words) => {
    const reason = describeWriteError(Object.assign(new Error(`${code}: raw`), { code }), path, culprit);
    expect(reason).toBe(words);
    expect(reason).not.toContain(code);
  });

  it('says an unknown code in words, with the code in brackets at the end', () => {
    expect(describeWriteError({ code: 'EWEIRD' }, path)).toBe('the system refused to write it (EWEIRD)');
  });

  it('says an error without a code by its first line', () => {
    expect(describeWriteError(new Error('stream ended\nat somewhere'), path)).toBe(
      'an unexpected error: stream ended',
    );
  });
});

describe('describeReadError', () => {
  it.each<[string, string]>([
    ['ENOENT', 'the file does not exist'],
    ['EISDIR', 'in.json is a folder, not a file'],
    ['EACCES', 'no permission to read in.json'],
    ['ENOTDIR', 'a part of the folder . is a file, not a folder'],
    ['ELOOP', 'a symbolic link in the path points back to itself'],
    ['EXYZ', 'the system refused to read it (EXYZ)'],
  ])('says %s in words', (code, words) => {
    expect(describeReadError({ code }, 'in.json')).toBe(words);
  });
});

describe('a reader that stops early', () => {
  it('the real tool ends quietly when its output pipe closes, never with a stack trace', async () => {
    const line = [
      process.execPath,
      tsx,
      '--tsconfig',
      join(root, 'tsconfig.node.json'),
      join(root, 'cli', 'quickscan.ts'),
    ]
      .map((arg) => `'${arg}'`)
      .join(' ');
    const run = await new Promise<Run>((resolve) => {
      // `true` reads nothing and exits at once, long before the tool writes: the write finds the pipe closed.
      execFile('/bin/sh', ['-c', `${line} example --profile mixed | true`], (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe('');
  });
});
