/**
 * Read-only queries over a parsed questionnaire: finding questions, resolving their options,
 * and deciding which questions are shown for a set of answers.
 */
import type {
  ChoiceOption,
  Condition,
  Question,
  Questionnaire,
  ScaleOption,
  ScaleQuestion,
  ScoredOption,
  Section,
  ThemeSection,
  When,
} from './schema.ts';

/** Answers keyed by question id; each value is the id of the chosen option. */
export type Answers = Readonly<Record<string, string>>;

/** A question together with the section it belongs to. */
export interface PlacedQuestion {
  question: Question;
  section: Section;
}

/** Per parsed questionnaire (which is never changed after parsing): its questions in order, and by id. */
const indexes = new WeakMap<Questionnaire, { list: PlacedQuestion[]; byId: Map<string, PlacedQuestion> }>();

function indexOf(questionnaire: Questionnaire) {
  let index = indexes.get(questionnaire);
  if (!index) {
    const list = questionnaire.sections.flatMap((section) =>
      section.questions.map((question) => ({ question, section })),
    );
    index = { list, byId: new Map(list.map((placed) => [placed.question.id, placed])) };
    indexes.set(questionnaire, index);
  }
  return index;
}

/** Every question in questionnaire order, with its section. */
export function listQuestions(questionnaire: Questionnaire): PlacedQuestion[] {
  return [...indexOf(questionnaire).list];
}

/** The theme sections in questionnaire order (every section but the intake). */
export function listThemes(questionnaire: Questionnaire): ThemeSection[] {
  return questionnaire.sections.filter((section): section is ThemeSection => section.kind === 'theme');
}

/** The question with this id, or undefined. */
export function findQuestion(questionnaire: Questionnaire, questionId: string): PlacedQuestion | undefined {
  return indexOf(questionnaire).byId.get(questionId);
}

/** The options of a scale question, with a shared scale resolved (empty for an unknown scale). */
export function getScaleOptions(questionnaire: Questionnaire, question: ScaleQuestion): ScaleOption[] {
  return typeof question.options === 'string'
    ? (questionnaire.scales[question.options] ?? [])
    : question.options;
}

/** The options of any question, as id and label. */
export function getOptions(questionnaire: Questionnaire, question: Question): (ScaleOption | ChoiceOption)[] {
  return question.type === 'scale' ? getScaleOptions(questionnaire, question) : question.options;
}

/** The option with the most points (the first of them on a tie), or undefined for a broken scale. */
export function getBestOption(
  questionnaire: Questionnaire,
  question: ScaleQuestion,
): ScoredOption | undefined {
  return getScaleOptions(questionnaire, question).reduce<ScoredOption | undefined>(
    (top, o) => ('points' in o && (top === undefined || o.points > top.points) ? o : top),
    undefined,
  );
}

/** The highest number of points any option of this question scores. */
export function getMaxPoints(questionnaire: Questionnaire, question: ScaleQuestion): number {
  return Math.max(0, ...getScaleOptions(questionnaire, question).map((o) => ('points' in o ? o.points : 0)));
}

/**
 * Whether a question is shown for these answers. A question without a condition is always shown;
 * a condition on a question that is itself hidden counts that question as unanswered.
 */
export function isQuestionShown(questionnaire: Questionnaire, answers: Answers, questionId: string): boolean {
  return isShown(questionnaire, answers, questionId, new Set());
}

function isShown(
  questionnaire: Questionnaire,
  answers: Answers,
  questionId: string,
  visiting: Set<string>,
): boolean {
  const placed = findQuestion(questionnaire, questionId);
  if (!placed) return false;
  const condition = placed.question.showIf;
  if (!condition) return true;
  // The schema rejects cycles; this guard only keeps the function total.
  if (visiting.has(questionId)) return true;
  visiting.add(questionId);
  const targetShown = isShown(questionnaire, answers, condition.question, visiting);
  const answer = targetShown ? answers[condition.question] : undefined;
  if ('anyOf' in condition) return answer !== undefined && condition.anyOf.includes(answer);
  return answer === undefined || !condition.noneOf.includes(answer);
}

/**
 * Whether a condition holds for these answers. An intake question that is unanswered (or hidden) has
 * no answer: `anyOf` does not hold, `noneOf` does.
 */
export function isConditionMet(
  questionnaire: Questionnaire,
  answers: Answers,
  condition: Condition,
): boolean {
  const answer = isQuestionShown(questionnaire, answers, condition.question)
    ? answers[condition.question]
    : undefined;
  if ('anyOf' in condition) return answer !== undefined && condition.anyOf.includes(answer);
  return answer === undefined || !condition.noneOf.includes(answer);
}

/** Whether a `when` (one condition, or a list that must all hold) holds for these answers. */
export function isWhenMet(questionnaire: Questionnaire, answers: Answers, when: When): boolean {
  const conditions = Array.isArray(when) ? when : [when];
  return conditions.every((condition) => isConditionMet(questionnaire, answers, condition));
}

/** Whether an option is offered for these intake answers (a cao option only where a cao may apply). */
export function isOptionShown(
  questionnaire: Questionnaire,
  answers: Answers,
  option: ScaleOption | ChoiceOption,
): boolean {
  return (
    !('showIf' in option) || option.showIf === undefined || isWhenMet(questionnaire, answers, option.showIf)
  );
}

/** The options of a question that are offered for these intake answers, in order. */
export function listShownOptions(
  questionnaire: Questionnaire,
  answers: Answers,
  question: Question,
): (ScaleOption | ChoiceOption)[] {
  return getOptions(questionnaire, question).filter((option) =>
    isOptionShown(questionnaire, answers, option),
  );
}

/** The ids of the questions shown for these answers, in questionnaire order. */
export function listShownQuestionIds(questionnaire: Questionnaire, answers: Answers): string[] {
  return listQuestions(questionnaire)
    .map(({ question }) => question.id)
    .filter((id) => isQuestionShown(questionnaire, answers, id));
}

export interface SectionProgress {
  sectionId: string;
  /** Questions shown for the current answers. */
  shown: number;
  /** Of those, how many have an answer. */
  answered: number;
  /** The shown questions without an answer, in order. */
  unansweredIds: string[];
}

/** How far each section is: shown and answered questions (hidden questions do not count). */
export function summariseProgress(questionnaire: Questionnaire, answers: Answers): SectionProgress[] {
  return questionnaire.sections.map((section) => {
    const shown = section.questions.filter((q) => isQuestionShown(questionnaire, answers, q.id));
    const unansweredIds = shown
      .filter((q) => !listShownOptions(questionnaire, answers, q).some((o) => o.id === answers[q.id]))
      .map((q) => q.id);
    return {
      sectionId: section.id,
      shown: shown.length,
      answered: shown.length - unansweredIds.length,
      unansweredIds,
    };
  });
}

export interface Completion {
  /** Answered questions of those shown. */
  answered: number;
  /** Questions shown for the current answers. */
  total: number;
  /** Every shown question has an answer. */
  isComplete: boolean;
  /** The first section with a shown question still open, or undefined when complete. */
  firstOpenSectionId: string | undefined;
}

/** How far the whole scan is: answered and shown questions over every section, and where to continue. */
export function summariseCompletion(questionnaire: Questionnaire, answers: Answers): Completion {
  const sections = summariseProgress(questionnaire, answers);
  const answered = sections.reduce((sum, s) => sum + s.answered, 0);
  const total = sections.reduce((sum, s) => sum + s.shown, 0);
  return {
    answered,
    total,
    isComplete: answered >= total,
    firstOpenSectionId: sections.find((s) => s.answered < s.shown)?.sectionId,
  };
}
