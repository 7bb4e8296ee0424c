/**
 * The contract of a questionnaire definition file.
 *
 * Every type of the questionnaire is inferred from these schemas; there is no hand-written
 * parallel interface. Authored data is parsed with strict objects, so a misspelled key fails
 * loudly instead of being ignored. Cross-references (unique ids, conditions, must-haves, tips,
 * examples, the route, the legal schemes, cycles) are checked once, over the whole questionnaire,
 * in `QuestionnaireSchema`.
 *
 * The definition is the one place for every rule and every domain word: questions, scales,
 * must-haves, levels, tips, examples, the legal texts (with the date of the law), the 4B route and
 * the figures. Texts that depend on the organisation (its size, cao, works council, sector, roster
 * work or the respondent's role) are written as variants with a `when` on the intake.
 */
import './zod-config.ts';
import { z } from 'zod';
import { IdSchema, LEVEL_IDS, LegalSchemeIdSchema, ThemeIdSchema } from './ids.ts';

// The ids are zod/mini schemas (ids.ts), shared with the answers file: classic schemas embed them as they are.
export type { LegalSchemeId, ThemeId } from './ids.ts';

/** Every text a user sees exists in Dutch (first) and English. */
export const LocalizedTextSchema = z.strictObject({
  nl: z.string().trim().min(1, 'Dutch text is empty'),
  en: z.string().trim().min(1, 'English text is empty'),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LanguageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const LevelIdSchema = z.enum(LEVEL_IDS);
export type LevelId = z.infer<typeof LevelIdSchema>;
/** Levels that can have must-haves: every level above the first. */
export const GatedLevelIdSchema = z.enum(['on-the-way', 'ready', 'leading']);
export type GatedLevelId = z.infer<typeof GatedLevelIdSchema>;

export const EffortSchema = z.enum(['low', 'medium', 'high']);
export type Effort = z.infer<typeof EffortSchema>;

/**
 * A condition on an intake answer: the intake question has one of the listed answers (`anyOf`),
 * or none of them (`noneOf`; an unanswered question has none of them).
 */
export const ConditionSchema = z.union([
  z.strictObject({ question: IdSchema, anyOf: z.array(IdSchema).min(1) }),
  z.strictObject({ question: IdSchema, noneOf: z.array(IdSchema).min(1) }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

/** One condition, or a list of conditions that must all hold. */
export const WhenSchema = z.union([ConditionSchema, z.array(ConditionSchema).min(1)]);
export type When = z.infer<typeof WhenSchema>;

/** One wording of a text, used when its `when` holds for the organisation's intake answers. */
export const TextVariantSchema = z.strictObject({
  when: WhenSchema.optional(),
  nl: z.string().trim().min(1, 'Dutch text is empty'),
  en: z.string().trim().min(1, 'English text is empty'),
});
export type TextVariant = z.infer<typeof TextVariantSchema>;

/**
 * A text that may depend on the organisation: either one text, or variants of which the first whose
 * `when` holds is used. The last variant has no `when`, so there is always a text.
 */
export const VariantTextSchema = z.union([LocalizedTextSchema, z.array(TextVariantSchema).min(1)]);
export type VariantText = z.infer<typeof VariantTextSchema>;

/** An answer on the scale of a scored question; `points` are relative to the best option of that question. */
export const ScoredOptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  points: z.number().int().min(0).max(10),
  /**
   * This answer means the practice is in place: it counts as a strength, a ticked item in the evidence
   * folder and a done step of the route. The in-place options are the best ones of their scale.
   */
  inPlace: z.boolean().optional(),
});
/**
 * "weet niet" (`unknown`) scores 0 and becomes a point to find out;
 * "niet van toepassing" (`not-applicable`) takes the question out of the score;
 * "zoals onze cao regelt" (`per-cao`) says the organisation follows its cao where the law lets a cao deviate:
 * it counts as in place and meets the question's must-haves, and it is left out of the score, because the
 * scan cannot judge the cao's own terms (see docs/decisions/0012-practice-before-paperwork.md).
 */
export const SpecialOptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  kind: z.enum(['unknown', 'not-applicable', 'per-cao']),
  /** Offer the option only when this holds for the intake (a cao option only where a cao may apply). */
  showIf: WhenSchema.optional(),
});
export const ScaleOptionSchema = z.union([ScoredOptionSchema, SpecialOptionSchema]);
export type ScoredOption = z.infer<typeof ScoredOptionSchema>;
export type SpecialOption = z.infer<typeof SpecialOptionSchema>;
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;

/** An answer option of an unscored (intake) question. */
export const ChoiceOptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/**
 * A must-have: to reach `level`, the answer must score at least as much as option `atLeast`, or be the
 * cao's own arrangement (`per-cao`). `atLeast` is the question's lowest in-place option, so an answer that
 * is in place never blocks and an answer that blocks is never shown as in place.
 */
export const MustHaveSchema = z.strictObject({
  level: GatedLevelIdSchema,
  atLeast: IdSchema,
  /** Why this is a must-have of this scan, in plain words. */
  reason: LocalizedTextSchema,
});
export type MustHave = z.infer<typeof MustHaveSchema>;

const questionBase = {
  id: IdSchema,
  /** The question itself: the same for every organisation, so that answers can be compared. */
  text: LocalizedTextSchema,
  /** One or two lines that explain the question or its terms; may depend on the intake. */
  help: VariantTextSchema,
  /** Show the question only when this condition on the intake holds. */
  showIf: ConditionSchema.optional(),
};

/** An unscored single choice, used in the intake to shape the questions, tips and legal texts. */
export const ChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('choice'),
  options: z.array(ChoiceOptionSchema).min(2),
  /**
   * The question is about the person filling in (such as their role), not about the organisation:
   * in a workshop it differs by nature, so it is not counted as a disagreement.
   */
  aboutRespondent: z.boolean().optional(),
});

/** A scored question: an answer on a scale, plus "weet niet" and possibly "niet van toepassing". */
export const ScaleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scale'),
  /** Either the id of a shared scale in `scales`, or the options themselves. */
  options: z.union([IdSchema, z.array(ScaleOptionSchema).min(3)]),
  /** How much the question counts within its theme (1 = normal, 3 = essential). */
  weight: z.number().int().min(1).max(3),
  mustHaves: z.array(MustHaveSchema).default([]),
  /**
   * Our suggestion of a document that shows the answer, for the organisation's own evidence folder.
   * Not what the Erkenning committee asks: no official evidence list exists.
   */
  evidence: LocalizedTextSchema,
  /** Keys into `tips`: what the organisation can do when the answer is not yet the best one. */
  tips: z.array(IdSchema).min(1),
  /**
   * What the report states about the organisation: `inPlace` for an answer that is in place, `notYet` for a
   * real answer below it. Statements, never questions (the question is shown only where it is asked or
   * quoted with its answer).
   */
  findings: z.strictObject({ inPlace: LocalizedTextSchema, notYet: LocalizedTextSchema }),
  /** The legal scheme this question checks, for the legal check in the report. */
  legalScheme: z.optional(LegalSchemeIdSchema),
  /**
   * What the question checks of its legal scheme: `practice` (granted, paid and answered as the law or the cao
   * says: a must-have of "on-the-way" when the law asks it of every organisation that sees the question) or
   * `written` (the scheme described in the organisation's own policy: not a legal duty, so never a must-have
   * of "on-the-way"). Only with `legalScheme`.
   */
  legalAspect: z.optional(z.enum(['practice', 'written'])),
  /** How much work it usually takes to reach the best answer; low-effort actions are the quick wins. */
  effort: EffortSchema.default('medium'),
});

export const QuestionSchema = z.discriminatedUnion('type', [ChoiceQuestionSchema, ScaleQuestionSchema]);
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type ScaleQuestion = z.infer<typeof ScaleQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

export const IntakeSectionSchema = z.strictObject({
  kind: z.literal('intake'),
  id: z.literal('intake'),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  questions: z.array(QuestionSchema).min(1),
});
export const ThemeSectionSchema = z.strictObject({
  kind: z.literal('theme'),
  id: ThemeIdSchema,
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  /** How much the theme counts in the overall score. */
  weight: z.number().int().min(1).max(3),
  /**
   * The step states legal rules: show the date of the law and the note that a cao or works-council
   * arrangement may deviate (`legal.asOf`, `legal.deviation`) above its questions.
   */
  legalNote: z.boolean().optional(),
  questions: z.array(QuestionSchema).min(1),
});
export const SectionSchema = z.discriminatedUnion('kind', [IntakeSectionSchema, ThemeSectionSchema]);
export type IntakeSection = z.infer<typeof IntakeSectionSchema>;
export type ThemeSection = z.infer<typeof ThemeSectionSchema>;
export type Section = z.infer<typeof SectionSchema>;

/** A score band of a theme; the lowest band starts at 0. */
export const BandSchema = z.strictObject({
  id: IdSchema,
  min: z.number().int().min(0).max(100),
  label: LocalizedTextSchema,
});
export type Band = z.infer<typeof BandSchema>;

/** What a level needs on top of its must-haves (and everything the levels below it need). */
export const LevelRequirementsSchema = z.strictObject({
  /** The overall score, 0–100, must be at least this. */
  minOverall: z.number().int().min(0).max(100).optional(),
  /** No theme may score in the lowest band. */
  noThemeInLowestBand: z.boolean().optional(),
  /** These themes must score at least the given value. */
  minThemeScores: z.partialRecord(ThemeIdSchema, z.number().int().min(0).max(100)).optional(),
});
export type LevelRequirements = z.infer<typeof LevelRequirementsSchema>;

export const LevelSchema = z.strictObject({
  id: LevelIdSchema,
  label: LocalizedTextSchema,
  /** What the level means for the organisation, in plain words. */
  description: LocalizedTextSchema,
  /** Not on `start`: the first level has no requirements. */
  requires: LevelRequirementsSchema.optional(),
});
export type Level = z.infer<typeof LevelSchema>;

/** A real arrangement from a cao or an organisation, used to illustrate a tip. */
export const ExampleSchema = z.strictObject({
  organisation: z.string().trim().min(1),
  /** The period of the cao the text comes from, for example "cao 2018–2019". */
  period: LocalizedTextSchema,
  text: LocalizedTextSchema,
  /** Where the text comes from, and that it may have changed since. */
  source: LocalizedTextSchema,
  /** Show this example first to organisations for which this holds (for example: the same sector). */
  preferWhen: WhenSchema.optional(),
});
export type Example = z.infer<typeof ExampleSchema>;

export const TipSchema = z.strictObject({
  title: LocalizedTextSchema,
  /** An option for the organisation ("U kunt…"), true for the organisation that reads it. */
  text: VariantTextSchema,
  /** Keys into `examples`; each example must illustrate this tip. */
  examples: z.array(IdSchema).default([]),
  /**
   * The tip states a legal rule: the report adds the deviation note for this organisation (`legal.deviation`)
   * and the date of the law (`legal.asOf`), so the tip's own text need not repeat them per cao or works council.
   */
  legalNote: z.boolean().optional(),
});
export type Tip = z.infer<typeof TipSchema>;

/** A legal scheme in plain words, for the legal check. Every text is true for the organisation that reads it. */
export const LegalSchemeSchema = z.strictObject({
  name: VariantTextSchema,
  rule: VariantTextSchema,
});
export type LegalScheme = z.infer<typeof LegalSchemeSchema>;

export const LegalSchema = z.strictObject({
  /** The date of the law the texts describe, for example "stand 1 januari 2026". Shown with every rule. */
  asOf: LocalizedTextSchema,
  /** Above the legal check: which schemes apply to this organisation. */
  intro: VariantTextSchema,
  /** Under every legal text: that a cao or works-council arrangement may deviate, either way; not legal advice. */
  deviation: VariantTextSchema,
  /** The schemes the legal check shows, in this order; each needs a question that checks it. */
  schemes: z.partialRecord(LegalSchemeIdSchema, LegalSchemeSchema),
  /** The care-leave calculator; `{hours}` is replaced by the computed number of hours. */
  calculator: z.strictObject({
    intro: VariantTextSchema,
    shortTerm: VariantTextSchema,
    longTerm: VariantTextSchema,
  }),
});
export type Legal = z.infer<typeof LegalSchema>;

/** A step of the 4B route; the step is done when every listed question that counts is in place. */
export const RouteStepSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
  questions: z.array(IdSchema).min(1),
});
export type RouteStep = z.infer<typeof RouteStepSchema>;

/** A figure for the business case, exactly as its source says it. */
export const FigureSchema = z.strictObject({
  value: LocalizedTextSchema,
  text: LocalizedTextSchema,
  source: LocalizedTextSchema,
  year: z.number().int().min(1990).max(2100),
  /** Show the figure only to organisations for which this holds. */
  showIf: WhenSchema.optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

/** Report texts that depend on the intake. */
export const AdviceSchema = z.strictObject({
  /** Who can help find out the answers "weet niet"; depends on the respondent's role. */
  whoToAsk: VariantTextSchema,
});
export type Advice = z.infer<typeof AdviceSchema>;

const QuestionnaireShapeSchema = z.strictObject({
  /** Lets editors find the generated JSON Schema; ignored otherwise. */
  $schema: z.string().optional(),
  id: IdSchema,
  /** Semantic version; answers files name the version they were made with. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as "1.0.0"'),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Shared answer scales, referenced by id from scale questions. */
  scales: z.record(IdSchema, z.array(ScaleOptionSchema).min(3)),
  sections: z.array(SectionSchema).min(2),
  bands: z.array(BandSchema).min(2),
  levels: z.array(LevelSchema).length(LEVEL_IDS.length),
  tips: z.record(IdSchema, TipSchema),
  examples: z.record(IdSchema, ExampleSchema).default({}),
  legal: LegalSchema,
  route: z.array(RouteStepSchema).min(1),
  figures: z.array(FigureSchema).default([]),
  advice: AdviceSchema,
});
type QuestionnaireShape = z.infer<typeof QuestionnaireShapeSchema>;

/** Adds an issue at `path` to the refinement context. */
type AddIssue = (path: PropertyKey[], message: string) => void;

interface PlacedShapeQuestion {
  question: Question;
  path: PropertyKey[];
  sectionKind: Section['kind'];
}

const isScored = (option: ScaleOption): option is ScoredOption => 'points' in option;
const isKind = (option: ScaleOption, kind: SpecialOption['kind']) => 'kind' in option && option.kind === kind;

/** The options of a scale question, with a shared scale resolved; undefined when the scale is unknown. */
function resolveShapeOptions(shape: QuestionnaireShape, question: ScaleQuestion): ScaleOption[] | undefined {
  return typeof question.options === 'string' ? shape.scales[question.options] : question.options;
}

function checkUniqueIds(
  items: readonly { id: string }[],
  path: PropertyKey[],
  what: string,
  addIssue: AddIssue,
) {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) addIssue([...path, index, 'id'], `duplicate ${what} id "${item.id}"`);
    ids.add(item.id);
  });
}

function checkScaleOptions(options: ScaleOption[], path: PropertyKey[], addIssue: AddIssue): void {
  checkUniqueIds(options, path, 'option', addIssue);
  const unknownCount = options.filter((o) => isKind(o, 'unknown')).length;
  if (unknownCount !== 1)
    addIssue(path, `needs exactly one "weet niet" option (kind "unknown"), found ${unknownCount}`);
  const notApplicableCount = options.filter((o) => isKind(o, 'not-applicable')).length;
  if (notApplicableCount > 1)
    addIssue(path, `has ${notApplicableCount} "niet van toepassing" options; at most 1`);
  const perCaoCount = options.filter((o) => isKind(o, 'per-cao')).length;
  if (perCaoCount > 1) addIssue(path, `has ${perCaoCount} "zoals onze cao regelt" options; at most 1`);
  const scored = options.filter(isScored);
  if (scored.length < 2) addIssue(path, 'needs at least two scored options');
  const best = Math.max(0, ...scored.map((o) => o.points));
  if (scored.length > 0 && best === 0) addIssue(path, 'its best option must score more than 0 points');
  // "In place" runs from a threshold up: the best answers, and nothing below one that is not.
  const inPlace = scored.filter((o) => o.inPlace === true);
  if (scored.length > 0 && !scored.some((o) => o.points === best && o.inPlace === true)) {
    addIssue(path, 'its best option must be marked "inPlace": true');
  }
  const lowestInPlace = Math.min(...inPlace.map((o) => o.points));
  options.forEach((option, index) => {
    if (isScored(option) && option.inPlace !== true && option.points >= lowestInPlace) {
      addIssue(
        [...path, index, 'inPlace'],
        `"${option.id}" scores at least as much as an option that is in place, so it must be in place too`,
      );
    }
  });
}

/** Finds a cycle among the show-if conditions, as a list of question ids, or undefined. */
function findConditionCycle(dependsOn: Map<string, string>): string[] | undefined {
  for (const start of dependsOn.keys()) {
    const seen: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined) {
      const at = seen.indexOf(current);
      if (at !== -1) return [...seen.slice(at), current];
      seen.push(current);
      current = dependsOn.get(current);
    }
  }
  return undefined;
}

/**
 * Checks that a condition points at an intake question and its options. Returns the id of the intake
 * question it depends on, or undefined when the condition is broken.
 */
function checkCondition(
  condition: Condition,
  path: PropertyKey[],
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
): string | undefined {
  const target = questions.get(condition.question);
  if (!target) {
    addIssue([...path, 'question'], `refers to unknown question "${condition.question}"`);
    return undefined;
  }
  if (target.sectionKind !== 'intake' || target.question.type !== 'choice') {
    // Only intake answers decide what is shown and said, so that improving a scored answer can never
    // change which questions count (see docs/decisions/0002-scoring-model.md).
    addIssue([...path, 'question'], `may only refer to an intake question, not "${target.question.id}"`);
    return undefined;
  }
  const optionIds = new Set(target.question.options.map((o) => o.id));
  const listed = 'anyOf' in condition ? condition.anyOf : condition.noneOf;
  const key = 'anyOf' in condition ? 'anyOf' : 'noneOf';
  listed.forEach((optionId, i) => {
    if (!optionIds.has(optionId)) {
      addIssue([...path, key, i], `question "${target.question.id}" has no option "${optionId}"`);
    }
  });
  return target.question.id;
}

function checkWhen(
  when: When,
  path: PropertyKey[],
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
) {
  if (Array.isArray(when)) when.forEach((c, i) => checkCondition(c, [...path, i], questions, addIssue));
  else checkCondition(when, path, questions, addIssue);
}

/** Variants: every `when` points at the intake, and only the last variant (the fallback) has none. */
function checkVariantText(
  text: VariantText,
  path: PropertyKey[],
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
  placeholders: readonly string[] = [],
) {
  const variants: TextVariant[] = Array.isArray(text) ? text : [{ nl: text.nl, en: text.en }];
  variants.forEach((variant, i) => {
    const variantPath = Array.isArray(text) ? [...path, i] : path;
    const when = variant.when;
    const isLast = i === variants.length - 1;
    if (when) checkWhen(when, [...variantPath, 'when'], questions, addIssue);
    if (isLast && when)
      addIssue([...variantPath, 'when'], 'the last variant is the fallback: it must have no "when"');
    if (!isLast && !when)
      addIssue(
        variantPath,
        'only the last variant may lack a "when": the variants after it would never be used',
      );
    for (const placeholder of placeholders) {
      for (const language of ['nl', 'en'] as const) {
        if (!variant[language].includes(`{${placeholder}}`))
          addIssue([...variantPath, language], `must contain the placeholder {${placeholder}}`);
      }
    }
  });
}

function collectQuestions(shape: QuestionnaireShape, addIssue: AddIssue): Map<string, PlacedShapeQuestion> {
  const questions = new Map<string, PlacedShapeQuestion>();
  shape.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      if (questions.has(question.id)) addIssue([...path, 'id'], `duplicate question id "${question.id}"`);
      else questions.set(question.id, { question, path, sectionKind: section.kind });
      if (section.kind === 'intake' && question.type !== 'choice') {
        addIssue([...path, 'type'], 'intake questions are not scored: use type "choice"');
      }
      if (section.kind === 'theme' && question.type !== 'scale') {
        addIssue([...path, 'type'], 'theme questions are scored: use type "scale"');
      }
    });
  });
  return questions;
}

function checkSections(shape: QuestionnaireShape, addIssue: AddIssue) {
  // One intake first, then each theme exactly once.
  const sectionIds = new Set<string>();
  shape.sections.forEach((section, index) => {
    if (sectionIds.has(section.id))
      addIssue(['sections', index, 'id'], `duplicate section id "${section.id}"`);
    sectionIds.add(section.id);
    if (section.kind === 'intake' && index !== 0)
      addIssue(['sections', index], 'the intake must be the first section');
  });
  if (shape.sections[0]?.kind !== 'intake') addIssue(['sections', 0], 'the first section must be the intake');
  for (const themeId of ThemeIdSchema.options) {
    if (!sectionIds.has(themeId)) addIssue(['sections'], `theme "${themeId}" is missing`);
  }
}

function checkScaleQuestion(
  shape: QuestionnaireShape,
  question: ScaleQuestion,
  path: PropertyKey[],
  addIssue: AddIssue,
) {
  // Options: a known shared scale, or well-formed inline options.
  const options = resolveShapeOptions(shape, question);
  if (!options) {
    addIssue([...path, 'options'], `refers to unknown scale "${String(question.options)}"`);
    return;
  }
  if (Array.isArray(question.options)) checkScaleOptions(question.options, [...path, 'options'], addIssue);

  // Must-haves point at the lowest in-place option (so "in place" and "blocks" never disagree); one per level.
  const levels = new Set<string>();
  const inPlacePoints = options
    .filter((o) => isScored(o) && o.inPlace === true)
    .map((o) => ('points' in o ? o.points : 0));
  question.mustHaves.forEach((mustHave, i) => {
    const option = options.find((o) => o.id === mustHave.atLeast);
    if (!option)
      addIssue([...path, 'mustHaves', i, 'atLeast'], `the question has no option "${mustHave.atLeast}"`);
    else if (!isScored(option)) {
      addIssue([...path, 'mustHaves', i, 'atLeast'], `"${mustHave.atLeast}" is not a scored option`);
    } else if (option.inPlace !== true || option.points !== Math.min(...inPlacePoints)) {
      addIssue(
        [...path, 'mustHaves', i, 'atLeast'],
        `"${mustHave.atLeast}" must be the question's lowest in-place option: an answer in place never blocks`,
      );
    }
    if (levels.has(mustHave.level))
      addIssue([...path, 'mustHaves', i, 'level'], `two must-haves for "${mustHave.level}"`);
    levels.add(mustHave.level);
  });
  if (question.mustHaves.length > 0 && options.some((o) => isKind(o, 'not-applicable'))) {
    addIssue([...path, 'options'], 'a must-have question cannot offer "niet van toepassing"');
  }

  // Findings are statements.
  for (const key of ['inPlace', 'notYet'] as const) {
    for (const language of ['nl', 'en'] as const) {
      if (!/[.!]$/.test(question.findings[key][language].trim()))
        addIssue([...path, 'findings', key, language], 'a finding is a statement: end it with a full stop');
    }
  }

  // The legal aspect: only with a scheme; describing a scheme in one's own policy is not a legal duty.
  if (question.legalAspect !== undefined && question.legalScheme === undefined)
    addIssue([...path, 'legalAspect'], '"legalAspect" needs a "legalScheme"');
  if (question.legalAspect === 'written' && question.mustHaves.some((m) => m.level === 'on-the-way'))
    addIssue(
      [...path, 'mustHaves'],
      'a written policy is not a legal duty: a "written" question cannot be a must-have of "on-the-way"',
    );

  // Tips point at existing tips.
  question.tips.forEach((tipId, i) => {
    if (!(tipId in shape.tips)) addIssue([...path, 'tips', i], `refers to unknown tip "${tipId}"`);
  });
}

function checkConditionsAndTexts(
  shape: QuestionnaireShape,
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
) {
  const dependsOn = new Map<string, string>();
  for (const { question, path, sectionKind } of questions.values()) {
    if (question.showIf) {
      const conditionPath = [...path, 'showIf'];
      if (question.showIf.question === question.id) {
        addIssue(conditionPath, 'a question cannot depend on itself');
      } else {
        const target = checkCondition(question.showIf, conditionPath, questions, addIssue);
        if (target !== undefined) dependsOn.set(question.id, target);
      }
    }
    checkVariantText(question.help, [...path, 'help'], questions, addIssue);
    if (question.type === 'scale' && sectionKind === 'theme') {
      checkScaleQuestion(shape, question, path, addIssue);
      (resolveShapeOptions(shape, question) ?? []).forEach((option, i) => {
        if ('showIf' in option && option.showIf)
          checkWhen(option.showIf, [...path, 'options', i, 'showIf'], questions, addIssue);
      });
    }
    if (question.type === 'choice')
      checkUniqueIds(question.options, [...path, 'options'], 'option', addIssue);
  }

  const cycle = findConditionCycle(dependsOn);
  if (cycle) {
    const first = questions.get(cycle[0] ?? '');
    addIssue([...(first?.path ?? ['sections']), 'showIf'], `conditions form a cycle: ${cycle.join(' → ')}`);
  }
}

function checkDenominators(shape: QuestionnaireShape, addIssue: AddIssue) {
  // Every theme keeps a denominator: at least one question that is always shown and always counts.
  shape.sections.forEach((section, s) => {
    if (section.kind !== 'theme') return;
    const alwaysCounts = section.questions.some((question) => {
      if (question.type !== 'scale' || question.showIf) return false;
      const options = resolveShapeOptions(shape, question) ?? [];
      return !options.some((o) => isKind(o, 'not-applicable'));
    });
    if (!alwaysCounts) {
      addIssue(
        ['sections', s, 'questions'],
        `theme "${section.id}" needs at least one question that is always shown and has no "niet van toepassing"`,
      );
    }
  });
}

function checkTipsAndExamples(
  shape: QuestionnaireShape,
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
) {
  for (const [tipId, tip] of Object.entries(shape.tips)) {
    checkVariantText(tip.text, ['tips', tipId, 'text'], questions, addIssue);
    tip.examples.forEach((exampleId, i) => {
      if (!(exampleId in shape.examples))
        addIssue(['tips', tipId, 'examples', i], `refers to unknown example "${exampleId}"`);
    });
  }
  for (const [exampleId, example] of Object.entries(shape.examples)) {
    if (example.preferWhen)
      checkWhen(example.preferWhen, ['examples', exampleId, 'preferWhen'], questions, addIssue);
  }
}

function checkLegal(
  shape: QuestionnaireShape,
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
) {
  const legal = shape.legal;
  checkVariantText(legal.intro, ['legal', 'intro'], questions, addIssue);
  checkVariantText(legal.deviation, ['legal', 'deviation'], questions, addIssue);
  const checkedByQuestions = new Set<string>();
  for (const { question, path } of questions.values()) {
    if (question.type !== 'scale' || question.legalScheme === undefined) continue;
    if (!(question.legalScheme in legal.schemes)) {
      addIssue([...path, 'legalScheme'], `"${question.legalScheme}" has no texts in legal.schemes`);
    }
    if (question.legalAspect !== 'written' && question.mustHaves.some((m) => m.level === 'on-the-way'))
      checkedByQuestions.add(question.legalScheme);
  }
  for (const [schemeId, scheme] of Object.entries(legal.schemes)) {
    checkVariantText(scheme.name, ['legal', 'schemes', schemeId, 'name'], questions, addIssue);
    checkVariantText(scheme.rule, ['legal', 'schemes', schemeId, 'rule'], questions, addIssue);
    if (!checkedByQuestions.has(schemeId)) {
      addIssue(
        ['legal', 'schemes', schemeId],
        `no question checks "${schemeId}" in practice: give a question "legalScheme": "${schemeId}" and a must-have for "on-the-way"`,
      );
    }
  }
  checkVariantText(legal.calculator.intro, ['legal', 'calculator', 'intro'], questions, addIssue);
  checkVariantText(legal.calculator.shortTerm, ['legal', 'calculator', 'shortTerm'], questions, addIssue, [
    'hours',
  ]);
  checkVariantText(legal.calculator.longTerm, ['legal', 'calculator', 'longTerm'], questions, addIssue, [
    'hours',
  ]);
}

function checkRouteFiguresAdvice(
  shape: QuestionnaireShape,
  questions: ReadonlyMap<string, PlacedShapeQuestion>,
  addIssue: AddIssue,
) {
  checkUniqueIds(shape.route, ['route'], 'route step', addIssue);
  shape.route.forEach((step, s) => {
    step.questions.forEach((questionId, q) => {
      const placed = questions.get(questionId);
      if (!placed) addIssue(['route', s, 'questions', q], `refers to unknown question "${questionId}"`);
      else if (placed.question.type !== 'scale')
        addIssue(['route', s, 'questions', q], `"${questionId}" is not a scored question`);
    });
  });
  shape.figures.forEach((figure, i) => {
    if (figure.showIf) checkWhen(figure.showIf, ['figures', i, 'showIf'], questions, addIssue);
  });
  checkVariantText(shape.advice.whoToAsk, ['advice', 'whoToAsk'], questions, addIssue);
}

function checkBandsAndLevels(shape: QuestionnaireShape, addIssue: AddIssue) {
  // Bands rise from 0 and have unique ids.
  checkUniqueIds(shape.bands, ['bands'], 'band', addIssue);
  if (shape.bands[0]?.min !== 0) addIssue(['bands', 0, 'min'], 'the lowest band must start at 0');
  shape.bands.forEach((band, i) => {
    const previous = shape.bands[i - 1];
    if (previous && band.min <= previous.min) addIssue(['bands', i, 'min'], 'bands must be in rising order');
  });

  // Levels in their fixed order; the first level has no requirements.
  shape.levels.forEach((level, i) => {
    if (level.id !== LEVEL_IDS[i]) addIssue(['levels', i, 'id'], `expected level "${LEVEL_IDS[i]}" here`);
    if (level.id === 'start' && level.requires !== undefined)
      addIssue(['levels', i, 'requires'], 'the level "start" has no requirements: remove "requires"');
  });
}

function checkQuestionnaire(shape: QuestionnaireShape, addIssue: AddIssue): void {
  for (const [scaleId, options] of Object.entries(shape.scales)) {
    checkScaleOptions(options, ['scales', scaleId], addIssue);
  }
  checkSections(shape, addIssue);
  const questions = collectQuestions(shape, addIssue);
  checkConditionsAndTexts(shape, questions, addIssue);
  checkDenominators(shape, addIssue);
  checkTipsAndExamples(shape, questions, addIssue);
  checkLegal(shape, questions, addIssue);
  checkRouteFiguresAdvice(shape, questions, addIssue);
  checkBandsAndLevels(shape, addIssue);
}

/** A complete, cross-checked questionnaire definition. */
export const QuestionnaireSchema = QuestionnaireShapeSchema.superRefine((shape, ctx) => {
  checkQuestionnaire(shape, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
/** The questionnaire as written in a file, before defaults are filled in. */
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;
