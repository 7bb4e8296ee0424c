/**
 * The command line tool: the same core as the web app, run in Node.
 */
import { localDate } from '../templates/local-date.ts';
import { parseArgs } from 'node:util';
import {
  createAnswersFile,
  MAX_ANSWERS_FILE_BYTES,
  PARTICIPANT_ROLES,
  ParticipantSchema,
  parseAnswersFile,
  RandomIdSchema,
  reconcileRole,
  type Participant,
  type ParticipantRole,
} from '../questionnaire/answers-file.ts';
import {
  createExampleAnswers,
  EXAMPLE_PROFILES,
  type ExampleProfile,
} from '../questionnaire/example-answers.ts';
import { summariseMigration } from '../questionnaire/migrations/answer-migration.ts';
import { parseQuestionnaire } from '../questionnaire/parse-questionnaire.ts';
import { listQuestions } from '../questionnaire/questions.ts';
import { LanguageSchema, type Language, type Questionnaire } from '../questionnaire/schema.ts';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import {
  answersLink,
  decodeAnswersCode,
  encodeAnswersCode,
  newParticipantId,
} from '../questionnaire/answers-code.ts';
import { listNotCarried, prepareForCode } from './answers-code-output.ts';
import { CliError, USAGE_EXIT_CODE } from './cli-error.ts';
import { readJsonFile } from './read-json-file.ts';
import { checkOutput, writeOutputFile } from './write-output.ts';
import { buildGroupReportModel } from '../templates/group-report-model.ts';
import { buildActionPlanCsv } from '../templates/export/action-plan-csv.ts';
import { buildReportModel } from '../templates/report-model.ts';
import { buildScoreOutput } from './score-output.ts';
import {
  buildCompareOutput,
  buildMergedFile,
  buildProgressOutput,
  type LoadedAnswersFile,
} from './workshop-output.ts';

/** Questionnaire definitions are larger than answers files, but a real one is still well under this. */
const MAX_QUESTIONNAIRE_FILE_BYTES = 4 * 1024 * 1024;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const HELP = `quickscan — quick scan for carer-friendly employers (zorgvriendelijk werkgeverschap)

Usage:
  npm run --silent quickscan -- <command> [options]

Commands:
  example --profile best|worst|mixed [--organisation NAME] [--role ROLE] [--name NAME]
      Print a valid answers file (JSON): "best" picks the strongest answer everywhere,
      "worst" the weakest, "mixed" a realistic organisation in between. --role and --name
      say who filled it in, for a workshop (role: ${PARTICIPANT_ROLES.join(', ')}).

  score FILE [--lang nl|en] [--questionnaire DEFINITION]
      Score an answers file and print the result as JSON: the overall score (0-100), the level,
      the score per theme, whether the answers are ready to apply for the Erkenning, what blocks
      the next level, the points to find out ("weet niet") and the ranked improvement actions.

  report FILE -o OUT.pdf [--lang nl|en]
      Make the PDF report of an answers file: level, scores with a chart, action plan with tips,
      legal check, evidence folder, next steps and every answer, in Dutch (default) or English.

  export FILE --format docx|csv -o OUT [--lang nl|en]
      Write an editable version of the report for working on. "docx": a Word document with the
      summary, the action plan as a table with empty "who" and "when" columns, the evidence folder,
      the draft for the application, your notes and the disclaimer. "csv": the action plan for
      Excel (separator ";", UTF-8 with byte order mark, decimal comma in Dutch).

  compare FILE FILE... [--lang nl|en] [--show-single-roles]
      Compare the answers files of several participants of one organisation (a workshop): the
      scores of each, the spread per theme, and the questions they disagree on, most first, each
      with every participant's answer, each role's answers and the suggested agreed answer.
      Prints JSON. As in the group report, a role held by one participant is not shown apart
      (it counts under "Overige rollen" or the whole group) unless --show-single-roles is given.

  merge FILE FILE... [-o OUT.json]
      Make the agreed (consensus) answers file of several participants: per question the most common
      answer, on a tie the more cautious one; "weet niet" only when nobody knew. Prints the answers
      file, or writes it to OUT.json. Score it or make its report like any answers file.

  group-report FILE FILE... -o OUT.pdf [--agreed AGREED.json] [--lang nl|en] [--show-single-roles]
      Make the PDF group report of a workshop: the participants, the spread of their scores per
      theme, the main disagreements with what each role answered, and the report of the agreed
      answers: the suggestion per question, as "merge" makes it, or the answers the group settled,
      from --agreed (an answers file such as the agreement saved in the app; a question it does
      not answer stays open). Roles held by one participant are not shown apart, as in compare.

  progress EARLIER LATER [--lang nl|en]
      Compare an earlier scan of an organisation with a later one: scores and level then and now,
      the change per theme, the actions now in place, what improved and what got worse. Prints JSON.

  encode FILE [--workshop ID] [--link URL]
      Print the answers code of a workshop participant's answers file: the short text a QR code
      or link carries (role, name if given, scan day, organisation name and every answer; not the
      notes, evidence or drafts). The file needs participant.workshop and participant.id;
      --workshop ID sets the workshop (8-32 letters, digits, "-" or "_") and makes a participant
      id if the file has none. --link URL prints the link that opens the app at URL with the code.

  decode CODE [-o OUT.json]
      Read an answers code, or a link or text that holds one, and print the answers file it
      carries (JSON), or write it to OUT.json. A code made with an older version of the
      questionnaire is converted, as an older answers file is.

  validate DEFINITION
      Check a questionnaire definition file against the contract (schema and cross-references).

  help, --help, -h
      Show this help. "COMMAND --help" shows it too.

Options:
  --lang nl|en               language of the labels in the output (default: nl)
  --questionnaire FILE       score against this definition instead of the shipped questionnaire
  --profile best|worst|mixed which example to print
  --organisation NAME        organisation name to put in the example
  --role ROLE                the participant's role to put in the example
  --name NAME                the participant's name to put in the example
  --agreed FILE              the group's agreed answers for group-report
  --show-single-roles        compare, group-report: show a role held by one participant apart
  --format docx|csv          the kind of file export writes
  --workshop ID              the workshop id to encode a participant's file for
  --link URL                 the app's address, for encode to print the whole link
  -o, --output FILE          where to write the PDF report, export, group report, merged or decoded answers file

Exit codes: 0 success, 1 bad input file, 2 wrong command line.
The result is an indication, not the official Erkenning and not legal advice.
`;

function isExampleProfile(value: string): value is ExampleProfile {
  return (EXAMPLE_PROFILES as readonly string[]).includes(value);
}

function usageError(message: string): CliError {
  return new CliError(`${message} (see "quickscan --help")`, USAGE_EXIT_CODE);
}

const OPTIONS = {
  profile: { type: 'string' },
  organisation: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  agreed: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  questionnaire: { type: 'string' },
  output: { type: 'string', short: 'o' },
  workshop: { type: 'string' },
  link: { type: 'string' },
  'show-single-roles': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
type OptionName = keyof typeof OPTIONS;

/** Parses the arguments of one command; an option that exists but does not belong to the command is refused. */
function parseCommandArgs(command: string, args: string[], allowed: OptionName[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw usageError(
      `${command}: ${message.replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, '')}`,
    );
  }
  for (const name of Object.keys(parsed.values)) {
    if (name !== 'help' && !(allowed as string[]).includes(name)) {
      throw usageError(`${command}: option --${name} does not apply to this command`);
    }
  }
  return parsed;
}

function parseLanguage(value: unknown): Language {
  if (value === undefined) return 'nl';
  const parsed = LanguageSchema.safeParse(value);
  if (!parsed.success) throw usageError(`--lang must be "nl" or "en", not "${String(value)}"`);
  return parsed.data;
}

function requireOneFile(positionals: string[], command: string, what: string): string {
  if (positionals.length === 0) throw usageError(`${command}: missing ${what}`);
  if (positionals.length > 1) throw usageError(`${command}: expected one ${what}, got ${positionals.length}`);
  return positionals[0] ?? '';
}

/** At least `min` files: the positional arguments of a command that compares files. */
function requireFiles(positionals: string[], command: string, min: number, what: string): string[] {
  if (positionals.length === 0) throw usageError(`${command}: missing ${what}`);
  if (positionals.length < min) {
    throw usageError(`${command}: expected at least ${min} ${what}, got ${positionals.length}`);
  }
  return positionals;
}

/** One line for a list of problems: the first ones in full, then how many more. */
function summarise(problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length - 3;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

async function loadQuestionnaire(path: string | undefined): Promise<Questionnaire> {
  if (path === undefined) {
    const shipped = loadShippedQuestionnaire();
    if (!shipped.ok) throw new CliError(`the shipped questionnaire is invalid: ${summarise(shipped.issues)}`);
    return shipped.value;
  }
  const data = await readJsonFile(path, MAX_QUESTIONNAIRE_FILE_BYTES);
  const parsed = parseQuestionnaire(data);
  if (!parsed.ok) throw new CliError(`${path}: not a valid questionnaire: ${summarise(parsed.issues)}`);
  return parsed.value;
}

/**
 * Reads an answers file and checks it against the questionnaire, migrating a file made with an older
 * version and saying so on stderr; bad input is one line that names the file.
 */
async function loadAnswers(path: string, questionnaire: Questionnaire, io: CliIo) {
  const data = await readJsonFile(path, MAX_ANSWERS_FILE_BYTES);
  const parsed = parseAnswersFile(questionnaire, data);
  if (!parsed.ok) throw new CliError(`${path}: not a valid answers file: ${summarise(parsed.issues)}`);
  const { migration } = parsed;
  if (migration) {
    const { toCheck, dropped } = summariseMigration(migration);
    io.stderr(
      `quickscan: ${path}: made with version ${migration.from} of the questionnaire; converted to ${migration.to}.` +
        (toCheck.length > 0 ? ` Check these answers: ${toCheck.join(', ')}.` : '') +
        (dropped.length > 0 ? ` No longer asked: ${dropped.join(', ')}.` : '') +
        '\n',
    );
  }
  return { file: parsed.value, migration };
}

/** Reads and checks an answers file (see `loadAnswers`) and scores it. */
async function loadAndScore(path: string, questionnaire: Questionnaire, io: CliIo) {
  const { file, migration } = await loadAnswers(path, questionnaire, io);
  return { file, result: scoreQuestionnaire(questionnaire, file.answers), migration };
}

/** Reads and checks several answers files, one after the other: the first bad one stops with its name. */
async function loadAnswersFiles(
  paths: readonly string[],
  questionnaire: Questionnaire,
  io: CliIo,
): Promise<LoadedAnswersFile[]> {
  const loaded: LoadedAnswersFile[] = [];
  for (const path of paths) loaded.push({ path, file: (await loadAnswers(path, questionnaire, io)).file });
  return loaded;
}

function isParticipantRole(value: string): value is ParticipantRole {
  return (PARTICIPANT_ROLES as readonly string[]).includes(value);
}

/** The participant of an example from --role and --name, or undefined when neither is given. */
function parseParticipant(role: string | undefined, name: string | undefined): Participant | undefined {
  if (role !== undefined && !isParticipantRole(role)) {
    throw usageError(`example: --role must be one of ${PARTICIPANT_ROLES.join(', ')}, not "${role}"`);
  }
  if (name !== undefined) {
    const checked = ParticipantSchema.shape.name.safeParse(name);
    if (!checked.success) throw usageError('example: --name must be at most 100 characters');
    if (checked.data === '') throw usageError('example: --name must not be empty');
  }
  if (role === undefined && name === undefined) return undefined;
  return {
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(role !== undefined ? { role } : {}),
  };
}

async function runExample(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('example', args, [
    'profile',
    'organisation',
    'role',
    'name',
  ]);
  if (values.help) return printHelp(io);
  if (positionals.length > 0) throw usageError(`example: unexpected argument "${positionals[0]}"`);
  const profile = values.profile;
  if (profile === undefined) throw usageError('example: missing --profile (best, worst or mixed)');
  if (!isExampleProfile(profile))
    throw usageError(`example: --profile must be best, worst or mixed, not "${profile}"`);
  const participant = parseParticipant(values.role, values.name);
  const questionnaire = await loadQuestionnaire(undefined);
  const answers = createExampleAnswers(questionnaire, profile);
  const organisationName = values.organisation ?? `Voorbeeldorganisatie (${profile})`;
  // The free-text respondent role of format 1 is kept for an example without a participant role.
  // A participant's role is their intake answer too (one list of roles, format 6).
  const file = reconcileRole(
    questionnaire,
    createAnswersFile(
      questionnaire,
      answers,
      participant ? { organisationName, participant } : { organisationName, respondentRole: 'HR' },
    ),
  );
  io.stdout(`${JSON.stringify(file, null, 2)}\n`);
  return 0;
}

async function runScore(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('score', args, ['lang', 'questionnaire']);
  if (values.help) return printHelp(io);
  const path = requireOneFile(positionals, 'score', 'answers file');
  const language = parseLanguage(values.lang);
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const { file, result, migration } = await loadAndScore(path, questionnaire, io);
  io.stdout(
    `${JSON.stringify(buildScoreOutput(questionnaire, file, result, language, migration), null, 2)}\n`,
  );
  return 0;
}

async function runReport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, ['lang', 'questionnaire', 'output']);
  if (values.help) return printHelp(io);
  const path = requireOneFile(positionals, 'report', 'answers file');
  const output = values.output;
  if (output === undefined || output === '') throw usageError('report: missing -o OUT.pdf');
  const language = parseLanguage(values.lang);
  await checkOutput('report', output, [path, values.questionnaire], 'report');
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const { file } = await loadAndScore(path, questionnaire, io);
  const model = buildReportModel(questionnaire, file, language);
  // The PDF stack is loaded only for this command, so the other commands stay quick.
  const { renderReportToBuffer } = await import('../templates/pdf/render-report.node.tsx');
  const buffer = await renderReportToBuffer(model, localDate());
  await writeOutputFile(output, buffer, 'report');
  io.stdout(
    `${output}: report written (${Math.ceil(buffer.length / 1024)} KiB, level ${model.level.label})\n`,
  );
  return 0;
}

const EXPORT_FORMATS = ['docx', 'csv'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The editable exports: the report as a Word document, or the action plan as CSV for Excel. */
async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', args, [
    'format',
    'lang',
    'questionnaire',
    'output',
  ]);
  if (values.help) return printHelp(io);
  const path = requireOneFile(positionals, 'export', 'answers file');
  const format = values.format;
  if (format === undefined) throw usageError('export: missing --format (docx or csv)');
  if (!isExportFormat(format)) throw usageError(`export: --format must be docx or csv, not "${format}"`);
  const output = values.output;
  if (output === undefined || output === '') throw usageError(`export: missing -o OUT.${format}`);
  const language = parseLanguage(values.lang);
  const what = format === 'csv' ? 'action plan' : 'document';
  await checkOutput('export', output, [path, values.questionnaire], what);
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const { file } = await loadAnswers(path, questionnaire, io);
  const model = buildReportModel(questionnaire, file, language);
  if (format === 'csv') {
    await writeOutputFile(output, buildActionPlanCsv(model), what);
    io.stdout(`${output}: action plan written (CSV, ${model.plan.length} actions)\n`);
    return 0;
  }
  // The Word stack is loaded only for this format, so the other commands stay quick.
  const [{ Packer }, { buildReportDocx }] = await Promise.all([
    import('docx'),
    import('../templates/export/report-docx.ts'),
  ]);
  const buffer = await Packer.toBuffer(buildReportDocx(model));
  await writeOutputFile(output, buffer, what);
  io.stdout(
    `${output}: document written (${Math.ceil(buffer.length / 1024)} KiB, level ${model.level.label})\n`,
  );
  return 0;
}

async function runCompare(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, [
    'lang',
    'questionnaire',
    'show-single-roles',
  ]);
  if (values.help) return printHelp(io);
  const paths = requireFiles(positionals, 'compare', 2, 'answers files');
  const language = parseLanguage(values.lang);
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const files = await loadAnswersFiles(paths, questionnaire, io);
  const output = buildCompareOutput(questionnaire, files, language, {
    showSingleRoles: values['show-single-roles'] === true,
  });
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

async function runMerge(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, ['questionnaire', 'output']);
  if (values.help) return printHelp(io);
  const paths = requireFiles(positionals, 'merge', 2, 'answers files');
  if (values.output === '') throw usageError('merge: -o needs a file name');
  if (values.output !== undefined) {
    await checkOutput('merge', values.output, [...paths, values.questionnaire], 'answers file');
  }
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const files = await loadAnswersFiles(paths, questionnaire, io);
  const merged = buildMergedFile(questionnaire, files);
  const json = `${JSON.stringify(merged, null, 2)}\n`;
  if (values.output === undefined) {
    io.stdout(json);
    return 0;
  }
  await writeOutputFile(values.output, json, 'answers file');
  io.stdout(
    `${values.output}: agreed answers of ${files.length} files written (${Object.keys(merged.answers).length} answers)\n`,
  );
  return 0;
}

async function runGroupReport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('group-report', args, [
    'lang',
    'questionnaire',
    'output',
    'agreed',
    'show-single-roles',
  ]);
  if (values.help) return printHelp(io);
  const paths = requireFiles(positionals, 'group-report', 2, 'answers files');
  const output = values.output;
  if (output === undefined || output === '') throw usageError('group-report: missing -o OUT.pdf');
  const language = parseLanguage(values.lang);
  await checkOutput('group-report', output, [...paths, values.agreed, values.questionnaire], 'group report');
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const files = await loadAnswersFiles(paths, questionnaire, io);
  // Every question takes the agreed file's answer, or stays open where it has none.
  const agreed =
    values.agreed === undefined ? undefined : await loadAnswers(values.agreed, questionnaire, io);
  const settled: Record<string, string | null> = agreed
    ? Object.fromEntries(
        listQuestions(questionnaire).map(({ question }) => [
          question.id,
          agreed.file.answers[question.id] ?? null,
        ]),
      )
    : {};
  const model = buildGroupReportModel(questionnaire, files, settled, language, {
    showSingleRoles: values['show-single-roles'] === true,
  });
  // The PDF stack is loaded only for this command, so the other commands stay quick.
  const { renderGroupReportToBuffer } = await import('../templates/pdf/render-report.node.tsx');
  const buffer = await renderGroupReportToBuffer(model, localDate());
  await writeOutputFile(output, buffer, 'group report');
  io.stdout(
    `${output}: group report written (${Math.ceil(buffer.length / 1024)} KiB, ${files.length} participants, ` +
      `agreed level ${model.consensus.level.label})\n`,
  );
  return 0;
}

async function runProgress(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('progress', args, ['lang', 'questionnaire']);
  if (values.help) return printHelp(io);
  if (positionals.length !== 2) {
    throw usageError(`progress: expected two answers files (EARLIER LATER), got ${positionals.length}`);
  }
  const language = parseLanguage(values.lang);
  const questionnaire = await loadQuestionnaire(values.questionnaire);
  const [earlierPath = '', laterPath = ''] = positionals;
  const earlier = { path: earlierPath, file: (await loadAnswers(earlierPath, questionnaire, io)).file };
  const later = { path: laterPath, file: (await loadAnswers(laterPath, questionnaire, io)).file };
  io.stdout(`${JSON.stringify(buildProgressOutput(questionnaire, earlier, later, language), null, 2)}\n`);
  return 0;
}

/** The answers code of a participant's file (see questionnaire/answers-code.ts), or its link. */
async function runEncode(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('encode', args, ['workshop', 'link']);
  if (values.help) return printHelp(io);
  const path = requireOneFile(positionals, 'encode', 'answers file');
  if (values.workshop !== undefined && !RandomIdSchema.safeParse(values.workshop).success) {
    throw usageError(
      `encode: --workshop must be 8 to 32 letters, digits, "-" or "_", not ${JSON.stringify(values.workshop)}`,
    );
  }
  const link = values.link;
  if (link !== undefined && !/^https?:\/\/[^\s]+$/.test(link)) {
    throw usageError(
      `encode: --link must be a web address (http:// or https://), not ${JSON.stringify(link)}`,
    );
  }
  const questionnaire = await loadQuestionnaire(undefined);
  const { file } = await loadAnswers(path, questionnaire, io);
  const prepared = prepareForCode(file, values.workshop, newParticipantId);
  if (!prepared.ok) {
    throw usageError(
      `encode: ${path} has no ${prepared.missing}; add --workshop ID to encode it for a workshop`,
    );
  }
  if (prepared.madeParticipantId !== undefined) {
    io.stderr(
      `quickscan: ${path}: has no participant id; made one for this code: ${prepared.madeParticipantId}\n`,
    );
  }
  const notCarried = listNotCarried(file);
  if (notCarried.length > 0) {
    io.stderr(`quickscan: ${path}: the code does not carry its ${notCarried.join(', ')}\n`);
  }
  const code = encodeAnswersCode(questionnaire, prepared.file);
  io.stdout(`${link === undefined ? code : answersLink(link, code)}\n`);
  return 0;
}

/** The answers file an answers code carries, printed or written to -o. */
async function runDecode(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('decode', args, ['output']);
  if (values.help) return printHelp(io);
  const text = requireOneFile(positionals, 'decode', 'code or link');
  const output = values.output;
  if (output === '') throw usageError('decode: -o needs a file name');
  if (output !== undefined) await checkOutput('decode', output, [], 'answers file');
  const questionnaire = await loadQuestionnaire(undefined);
  const decoded = decodeAnswersCode(questionnaire, text);
  if (!decoded.ok) {
    const isCodeProblem = [
      'not-a-code',
      'damaged-code',
      'newer-code',
      'newer-version',
      'wrong-kind',
    ].includes(decoded.problem);
    throw new CliError(
      `decode: ${isCodeProblem ? '' : 'the code holds no valid answers file: '}${summarise(decoded.issues)}`,
    );
  }
  const { value, migration } = decoded;
  if (migration) {
    io.stderr(
      `quickscan: the code was made with version ${migration.from} of the questionnaire; converted to ${migration.to}.\n`,
    );
  }
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (output === undefined) {
    io.stdout(json);
    return 0;
  }
  await writeOutputFile(output, json, 'answers file');
  const role = value.participant?.role;
  io.stdout(
    `${output}: answers file written (${Object.keys(value.answers).length} answers${role ? `, role ${role}` : ''})\n`,
  );
  return 0;
}

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, []);
  if (values.help) return printHelp(io);
  const path = requireOneFile(positionals, 'validate', 'questionnaire definition file');
  const questionnaire = await loadQuestionnaire(path);
  const questions = listQuestions(questionnaire);
  const scored = questions.filter(({ question }) => question.type === 'scale').length;
  io.stdout(
    `${path}: valid questionnaire "${questionnaire.id}" version ${questionnaire.version}: ` +
      `${questions.length} questions (${scored} scored) in ${questionnaire.sections.length} sections, ` +
      `${Object.keys(questionnaire.tips).length} tips\n`,
  );
  return 0;
}

function printHelp(io: CliIo): number {
  io.stdout(HELP);
  return 0;
}

const COMMANDS =
  'example, score, report, export, compare, merge, progress, group-report, encode, decode or validate';

/** Runs the tool with these arguments; returns the exit code. Never throws: every error becomes one line on stderr. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
        throw usageError(`missing command: ${COMMANDS}`);
      case 'help':
      case '--help':
      case '-h':
        return printHelp(io);
      case 'example':
        return await runExample(rest, io);
      case 'score':
        return await runScore(rest, io);
      case 'report':
        return await runReport(rest, io);
      case 'export':
        return await runExport(rest, io);
      case 'compare':
        return await runCompare(rest, io);
      case 'merge':
        return await runMerge(rest, io);
      case 'progress':
        return await runProgress(rest, io);
      case 'group-report':
        return await runGroupReport(rest, io);
      case 'encode':
        return await runEncode(rest, io);
      case 'decode':
        return await runDecode(rest, io);
      case 'validate':
        return await runValidate(rest, io);
      default:
        throw usageError(`unknown command "${command}"; use ${COMMANDS}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`quickscan: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`quickscan: internal error: ${message.split('\n')[0]}\n`);
    return 70;
  }
}
