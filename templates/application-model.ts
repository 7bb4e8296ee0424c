/**
 * The parts of the report that help an organisation prepare its application: its own notes per theme,
 * the evidence folder it ticks off, and a draft for the four open questions of the application.
 * Pure functions of the questionnaire, the answers file and the scoring result; free text is passed on
 * exactly as typed, and every view renders it as text.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import { findQuestion, listThemes } from '../questionnaire/questions.ts';
import type { Language, Questionnaire, ThemeId } from '../questionnaire/schema.ts';
import type { QuestionResult, ScoreResult } from '../scoring/score-questionnaire.ts';
import type { ApplicationQuestionId } from '../questionnaire/ids.ts';
import { APPLICATION_QUESTIONS, type ApplicationTexts } from './content/application-texts.ts';
import { fillTemplate } from './content/report-texts.ts';
import type { Labels } from './labels.ts';

/** How many gaps each application question lists. */
const MAX_GAPS = 3;

export interface NoteView {
  themeId: ThemeId;
  themeTitle: string;
  /** Exactly as typed. */
  text: string;
}

/**
 * - `collected`: the organisation has ticked it;
 * - `to-collect`: its answer says the practice is in place, but it is not ticked yet;
 * - `arrange-first`: its answer says the practice is not in place yet.
 */
export type EvidenceStatus = 'collected' | 'to-collect' | 'arrange-first';

export interface EvidenceItem {
  questionId: string;
  /** What the answer says about the practice this document would show (a finding, never a question). */
  finding: string;
  /** Our suggestion of a document. */
  evidence: string;
  status: EvidenceStatus;
  statusLabel: string;
  /** Where the organisation keeps it, as typed; null when not given. */
  where: string | null;
}

export interface EvidenceFolderView {
  intro: string;
  /** "U heeft 3 van de 38 stukken al." */
  countLine: string;
  collected: number;
  total: number;
  groups: { themeId: ThemeId; themeTitle: string; items: EvidenceItem[] }[];
}

export interface ApplicationQuestionView {
  id: ApplicationQuestionId;
  /** "Vraag 1". */
  label: string;
  question: string;
  /** "Hoort bij: Bespreekbaarheid". */
  themesLine: string;
  /**
   * The draft answer: the organisation's own text exactly as typed once it has edited it (also when it emptied it),
   * else the suggestion.
   */
  text: string;
  /** Whether `text` is the organisation's own (saved in the answers file) rather than the suggestion. */
  isEdited: boolean;
  /**
   * The scan's suggestion in prose: the notes of this question's themes as typed, then what the answers show is in
   * place, then the evidence the organisation has. Empty when there is none of these.
   */
  suggestion: string;
  /** The ranked actions in this question's area first, then what to find out: guidance next to the text. */
  gaps: string[];
}

export interface ApplicationDraftView {
  title: string;
  intro: string;
  /** The committee decides; where the official procedure is described. */
  notice: string;
  questions: ApplicationQuestionView[];
}

interface ApplicationContext {
  questionnaire: Questionnaire;
  file: AnswersFile;
  result: ScoreResult;
  language: Language;
  texts: ApplicationTexts;
  labels: Labels;
}

function countedResults(result: ScoreResult): Map<string, QuestionResult> {
  return new Map(result.questions.filter((r) => r.counts).map((r) => [r.questionId, r]));
}

/** The organisation's notes, in theme order; empty and whitespace-only notes are left out. */
export function buildNotes(context: ApplicationContext): NoteView[] {
  const { questionnaire, file, labels } = context;
  return listThemes(questionnaire).flatMap((theme): NoteView[] => {
    const text = file.notes?.[theme.id];
    return text === undefined || text.trim() === ''
      ? []
      : [{ themeId: theme.id, themeTitle: labels.section(theme.id), text }];
  });
}

/**
 * The evidence folder: for every question that counts (shown, not "niet van toepassing"), our suggested
 * document and whether the organisation has it. Ticks for hidden or not-applicable questions are ignored.
 */
export function buildEvidenceFolder(context: ApplicationContext, intro: string): EvidenceFolderView {
  const { questionnaire, file, result, language, texts } = context;
  const counted = countedResults(result);
  const statusLabel: Record<EvidenceStatus, string> = {
    collected: texts.evidenceCollected,
    'to-collect': texts.evidenceToCollect,
    'arrange-first': texts.evidenceArrangeFirst,
  };
  const groups = listThemes(questionnaire).map((theme) => ({
    themeId: theme.id,
    themeTitle: theme.title[language],
    items: theme.questions.flatMap((q): EvidenceItem[] => {
      const r = counted.get(q.id);
      if (q.type !== 'scale' || !r) return [];
      const entry = file.evidence?.[q.id];
      const status: EvidenceStatus = entry?.have ? 'collected' : r.isInPlace ? 'to-collect' : 'arrange-first';
      const where = entry?.where.trim() ? entry.where : null;
      return [
        {
          questionId: q.id,
          finding: context.labels.statement(r),
          evidence: q.evidence[language],
          status,
          statusLabel: statusLabel[status],
          where,
        },
      ];
    }),
  }));
  const all = groups.flatMap((g) => g.items);
  const collected = all.filter((item) => item.status === 'collected').length;
  return {
    intro,
    countLine: fillTemplate(texts.evidenceCount, { have: collected, total: all.length }),
    collected,
    total: all.length,
    groups,
  };
}

/** "De uitkomst van een peiling" from "De uitkomst van een peiling.": to run on inside a sentence. */
function asPhrase(sentence: string): string {
  const text = sentence.trim().replace(/[.!]$/, '');
  // Lower-case the first letter only where the second is lower case too, so that "HR-handboek" stays as it is.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The scan's suggested draft for one question, in paragraphs: each note of the question's themes (as typed, outer
 * white space removed), the findings in place as one paragraph, and the evidence the organisation has.
 */
function suggestDraft(
  texts: ApplicationTexts,
  notes: readonly NoteView[],
  inPlace: readonly string[],
  evidence: readonly { evidence: string; where: string | null }[],
): string {
  const items = evidence.map((item) =>
    item.where ? `${asPhrase(item.evidence)} (${item.where.trim()})` : asPhrase(item.evidence),
  );
  const paragraphs = [
    ...notes.map((note) => note.text.trim()),
    inPlace.join(' '),
    items.length > 0 ? fillTemplate(texts.applicationDraftEvidence, { items: items.join('; ') }) : '',
  ];
  return paragraphs.filter((paragraph) => paragraph !== '').join('\n\n');
}

/** The draft for the four open questions of the application. */
export function buildApplicationDraft(
  context: ApplicationContext,
  notes: readonly NoteView[],
  folder: EvidenceFolderView,
): ApplicationDraftView {
  const { questionnaire, file, result, language, texts, labels } = context;
  const counted = countedResults(result);
  const toFindOut = new Set(result.toFindOut);
  const evidenceById = new Map(folder.groups.flatMap((g) => g.items.map((item) => [item.questionId, item])));
  const questions = APPLICATION_QUESTIONS.map((aq, index): ApplicationQuestionView => {
    const ids = new Set(aq.questions);
    // The themes of the scan's questions that feed this question, in the order of the questionnaire.
    const themeIds = new Set(aq.questions.flatMap((id) => findQuestion(questionnaire, id)?.section.id ?? []));
    const themeTitles = listThemes(questionnaire)
      .filter((theme) => themeIds.has(theme.id))
      .map((theme) => labels.section(theme.id));
    const inPlace = aq.questions.flatMap((id) => {
      const r = counted.get(id);
      return r?.isInPlace ? [labels.statement(r)] : [];
    });
    const evidence = aq.questions.flatMap((id) => {
      const item = evidenceById.get(id);
      return item?.status === 'collected' ? [{ evidence: item.evidence, where: item.where }] : [];
    });
    // In the order of the action plan; a "weet niet" answer is something to find out first.
    const ranked = [
      ...new Set([
        ...result.actions
          .filter((action) => !action.isFromInPlace && ids.has(action.questionId))
          .map((action) => action.questionId),
        ...result.toFindOut.filter((id) => ids.has(id)),
      ]),
    ];
    const gaps = ranked.map((id) => {
      const r = counted.get(id);
      return toFindOut.has(id) || r?.status !== 'scored'
        ? fillTemplate(texts.applicationFindOut, { question: labels.question(id) })
        : labels.statement(r);
    });
    const suggestion = suggestDraft(
      texts,
      notes.filter((note) => aq.noteThemes.includes(note.themeId)),
      inPlace,
      evidence,
    );
    const edited = file.drafts?.[aq.id];
    return {
      id: aq.id,
      label: fillTemplate(texts.applicationQuestion, { number: index + 1 }),
      question: aq.question[language],
      themesLine: fillTemplate(texts.applicationThemes, { themes: themeTitles.join(', ') }),
      text: edited ?? suggestion,
      isEdited: edited !== undefined,
      suggestion,
      gaps: gaps.slice(0, MAX_GAPS),
    };
  });
  return {
    title: texts.application,
    intro: texts.applicationIntro,
    notice: texts.applicationNotice,
    questions,
  };
}

/**
 * Whether the organisation prepares an application: it has written a note, ticked a piece of evidence or edited a
 * draft. Only then does the report print the evidence folder and the draft; otherwise one line says where to do it.
 */
export function isPreparingApplication(file: AnswersFile): boolean {
  const hasNote = Object.values(file.notes ?? {}).some((text) => text.trim() !== '');
  const hasTick = Object.values(file.evidence ?? {}).some((entry) => entry.have);
  return hasNote || hasTick || Object.keys(file.drafts ?? {}).length > 0;
}

export type { ApplicationContext };
