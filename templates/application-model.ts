/**
 * The parts of the report that help an organisation prepare its application: its own notes per theme,
 * the evidence folder it ticks off, and a draft for the four open questions of the application.
 * Pure functions of the questionnaire, the answers file and the scoring result; free text is passed on
 * exactly as typed, and every view renders it as text.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import { listThemes } from '../questionnaire/questions.ts';
import type { Language, Questionnaire, ThemeId } from '../questionnaire/schema.ts';
import type { QuestionResult, ScoreResult } from '../scoring/score-questionnaire.ts';
import {
  APPLICATION_QUESTIONS,
  type ApplicationQuestionId,
  type ApplicationTexts,
} from './content/application-texts.ts';
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
  notes: NoteView[];
  /** Said when there are no notes: where to write them. */
  noNotes: string;
  inPlace: string[];
  evidence: { evidence: string; where: string | null }[];
  /** The ranked actions in this question's area first, then what to find out. */
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

/** The draft for the four open questions of the application. */
export function buildApplicationDraft(
  context: ApplicationContext,
  notes: readonly NoteView[],
  folder: EvidenceFolderView,
): ApplicationDraftView {
  const { result, language, texts, labels } = context;
  const counted = countedResults(result);
  const toFindOut = new Set(result.toFindOut);
  const evidenceById = new Map(folder.groups.flatMap((g) => g.items.map((item) => [item.questionId, item])));
  const questions = APPLICATION_QUESTIONS.map((aq, index): ApplicationQuestionView => {
    const ids = new Set(aq.questions);
    const themeTitles = aq.noteThemes.map((themeId) => labels.section(themeId));
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
    return {
      id: aq.id,
      label: fillTemplate(texts.applicationQuestion, { number: index + 1 }),
      question: aq.question[language],
      themesLine: fillTemplate(texts.applicationThemes, { themes: themeTitles.join(', ') }),
      notes: notes.filter((note) => aq.noteThemes.includes(note.themeId)),
      noNotes: fillTemplate(texts.applicationNoNotes, { themes: themeTitles.join(', ') }),
      inPlace,
      evidence,
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

export type { ApplicationContext };
