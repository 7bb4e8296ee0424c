/**
 * The contract of a questionnaire definition file.
 *
 * Every type of the questionnaire is inferred from these schemas; there is no hand-written
 * parallel interface. Authored data is parsed with strict objects, so a misspelled key fails
 * loudly instead of being ignored. Cross-references (unique ids, conditions, must-haves, tips,
 * examples, cycles) are checked once, over the whole questionnaire, in `QuestionnaireSchema`.
 */
import { z } from 'zod';

/** Ids are lower-case kebab-case so that they are stable, readable and safe in URLs and file names. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .regex(idPattern, 'must be lower-case kebab-case, for example "legal-leave" or "intake-size"');

/** Every text a user sees exists in Dutch (first) and English. */
export const LocalizedTextSchema = z.strictObject({
  nl: z.string().trim().min(1, 'Dutch text is empty'),
  en: z.string().trim().min(1, 'English text is empty'),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LanguageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** The levels, lowest first. The order is part of the contract: levels are gated one on the other. */
export const LEVEL_IDS = ['start', 'on-the-way', 'ready', 'leading'] as const;
export const LevelIdSchema = z.enum(LEVEL_IDS);
export type LevelId = z.infer<typeof LevelIdSchema>;
/** Levels that can have must-haves: every level above the first. */
export const GatedLevelIdSchema = z.enum(['on-the-way', 'ready', 'leading']);
export type GatedLevelId = z.infer<typeof GatedLevelIdSchema>;

export const LegalSchemeIdSchema = z.enum([
  'calamiteitenverlof',
  'kortdurend-zorgverlof',
  'langdurend-zorgverlof',
  'wet-flexibel-werken',
]);
export type LegalSchemeId = z.infer<typeof LegalSchemeIdSchema>;

export const EffortSchema = z.enum(['low', 'medium', 'high']);
export type Effort = z.infer<typeof EffortSchema>;

/** An answer on the scale of a scored question; `points` are relative to the best option of that question. */
export const ScoredOptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  points: z.number().int().min(0).max(10),
});
/**
 * "weet niet" (`unknown`) scores 0 and becomes a point to find out;
 * "niet van toepassing" (`not-applicable`) takes the question out of the score.
 */
export const SpecialOptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  kind: z.enum(['unknown', 'not-applicable']),
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
 * Show a question only when an (intake) question has one of the listed answers (`anyOf`),
 * or when it has none of them (`noneOf`; an unanswered question has none of them).
 */
export const ConditionSchema = z.union([
  z.strictObject({ question: IdSchema, anyOf: z.array(IdSchema).min(1) }),
  z.strictObject({ question: IdSchema, noneOf: z.array(IdSchema).min(1) }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

/** A must-have: to reach `level`, the answer must score at least as much as option `atLeast`. */
export const MustHaveSchema = z.strictObject({
  level: GatedLevelIdSchema,
  atLeast: IdSchema,
  /** Why this is a must-have, in the words of the criteria. */
  reason: LocalizedTextSchema,
});
export type MustHave = z.infer<typeof MustHaveSchema>;

const questionBase = {
  id: IdSchema,
  text: LocalizedTextSchema,
  /** One line that explains the question or its terms. */
  help: LocalizedTextSchema,
  showIf: ConditionSchema.optional(),
};

/** An unscored single choice, used in the intake to shape the questions and tips. */
export const ChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('choice'),
  options: z.array(ChoiceOptionSchema).min(2),
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
  /** What an assessor could ask to see as proof of the answer. */
  evidence: LocalizedTextSchema,
  /** Keys into `tips`: what to do when the answer is not yet the best one. */
  tips: z.array(IdSchema).min(1),
  /** The legal scheme this question checks, for the legal check in the report. */
  legalScheme: LegalSchemeIdSchema.optional(),
  /** How much work it usually takes to reach the best answer; low-effort actions are the quick wins. */
  effort: EffortSchema.default('medium'),
});

export const QuestionSchema = z.discriminatedUnion('type', [ChoiceQuestionSchema, ScaleQuestionSchema]);
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type ScaleQuestion = z.infer<typeof ScaleQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

export const ThemeIdSchema = z.enum(['openness', 'legal-leave', 'flexible-work', 'tailored', 'embedding']);
export type ThemeId = z.infer<typeof ThemeIdSchema>;

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
  requires: LevelRequirementsSchema.default({}),
});
export type Level = z.infer<typeof LevelSchema>;

/** A real arrangement from a cao or an organisation, used to illustrate a tip. */
export const ExampleSchema = z.strictObject({
  organisation: z.string().trim().min(1),
  text: LocalizedTextSchema,
  source: z.string().trim().min(1),
});
export type Example = z.infer<typeof ExampleSchema>;

export const TipSchema = z.strictObject({
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
  /** Keys into `examples`. */
  examples: z.array(IdSchema).default([]),
});
export type Tip = z.infer<typeof TipSchema>;

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
});
type QuestionnaireShape = z.infer<typeof QuestionnaireShapeSchema>;

/** Adds an issue at `path` to the refinement context. */
type AddIssue = (path: PropertyKey[], message: string) => void;

/** The options of a scale question, with a shared scale resolved; undefined when the scale is unknown. */
function resolveShapeOptions(shape: QuestionnaireShape, question: ScaleQuestion): ScaleOption[] | undefined {
  return typeof question.options === 'string' ? shape.scales[question.options] : question.options;
}

function checkScaleOptions(options: ScaleOption[], path: PropertyKey[], addIssue: AddIssue): void {
  const ids = new Set<string>();
  options.forEach((option, index) => {
    if (ids.has(option.id)) addIssue([...path, index, 'id'], `duplicate option id "${option.id}"`);
    ids.add(option.id);
  });
  const unknownCount = options.filter((o) => 'kind' in o && o.kind === 'unknown').length;
  if (unknownCount !== 1)
    addIssue(path, `needs exactly one "weet niet" option (kind "unknown"), found ${unknownCount}`);
  const notApplicableCount = options.filter((o) => 'kind' in o && o.kind === 'not-applicable').length;
  if (notApplicableCount > 1)
    addIssue(path, `has ${notApplicableCount} "niet van toepassing" options; at most 1`);
  const scored = options.filter((o) => 'points' in o);
  if (scored.length < 2) addIssue(path, 'needs at least two scored options');
  if (scored.length > 0 && Math.max(...scored.map((o) => o.points)) === 0) {
    addIssue(path, 'its best option must score more than 0 points');
  }
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

function checkQuestionnaire(shape: QuestionnaireShape, addIssue: AddIssue): void {
  // Shared scales
  for (const [scaleId, options] of Object.entries(shape.scales)) {
    checkScaleOptions(options, ['scales', scaleId], addIssue);
  }

  // Sections: one intake first, then each theme exactly once.
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

  // Question ids are unique over the whole questionnaire.
  const questions = new Map<
    string,
    { question: Question; path: PropertyKey[]; sectionKind: Section['kind'] }
  >();
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

  const dependsOn = new Map<string, string>();
  for (const { question, path, sectionKind } of questions.values()) {
    // Conditions point at an existing intake question and its options.
    if (question.showIf) {
      const conditionPath = [...path, 'showIf'];
      const target = questions.get(question.showIf.question);
      if (!target) {
        addIssue([...conditionPath, 'question'], `refers to unknown question "${question.showIf.question}"`);
      } else if (target.sectionKind !== 'intake' || target.question.type !== 'choice') {
        // Only intake answers decide what is shown, so that improving a scored answer can never
        // change which questions count (see docs/decisions/0002-scoring-model.md).
        addIssue(
          [...conditionPath, 'question'],
          `may only refer to an intake question, not "${target.question.id}"`,
        );
      } else {
        const optionIds = new Set(target.question.options.map((o) => o.id));
        const listed = 'anyOf' in question.showIf ? question.showIf.anyOf : question.showIf.noneOf;
        const key = 'anyOf' in question.showIf ? 'anyOf' : 'noneOf';
        listed.forEach((optionId, i) => {
          if (!optionIds.has(optionId)) {
            addIssue(
              [...conditionPath, key, i],
              `question "${target.question.id}" has no option "${optionId}"`,
            );
          }
        });
        dependsOn.set(question.id, target.question.id);
      }
      if (question.showIf.question === question.id)
        addIssue(conditionPath, 'a question cannot depend on itself');
    }

    if (question.type !== 'scale') continue;
    if (sectionKind !== 'theme') continue;

    // Options: a known shared scale, or well-formed inline options.
    const options = resolveShapeOptions(shape, question);
    if (!options) {
      addIssue([...path, 'options'], `refers to unknown scale "${String(question.options)}"`);
      continue;
    }
    if (Array.isArray(question.options)) checkScaleOptions(question.options, [...path, 'options'], addIssue);

    // Must-haves point at a scored option; one per level at most.
    const levels = new Set<string>();
    question.mustHaves.forEach((mustHave, i) => {
      const option = options.find((o) => o.id === mustHave.atLeast);
      if (!option)
        addIssue([...path, 'mustHaves', i, 'atLeast'], `the question has no option "${mustHave.atLeast}"`);
      else if (!('points' in option)) {
        addIssue([...path, 'mustHaves', i, 'atLeast'], `"${mustHave.atLeast}" is not a scored option`);
      }
      if (levels.has(mustHave.level))
        addIssue([...path, 'mustHaves', i, 'level'], `two must-haves for "${mustHave.level}"`);
      levels.add(mustHave.level);
    });
    if (question.mustHaves.length > 0 && options.some((o) => 'kind' in o && o.kind === 'not-applicable')) {
      addIssue([...path, 'options'], 'a must-have question cannot offer "niet van toepassing"');
    }

    // Tips point at existing tips.
    question.tips.forEach((tipId, i) => {
      if (!(tipId in shape.tips)) addIssue([...path, 'tips', i], `refers to unknown tip "${tipId}"`);
    });
  }

  const cycle = findConditionCycle(dependsOn);
  if (cycle) {
    const first = questions.get(cycle[0] ?? '');
    addIssue([...(first?.path ?? ['sections']), 'showIf'], `conditions form a cycle: ${cycle.join(' → ')}`);
  }

  // Every theme keeps a denominator: at least one question that is always shown and always counts.
  shape.sections.forEach((section, s) => {
    if (section.kind !== 'theme') return;
    const alwaysCounts = section.questions.some((question) => {
      if (question.type !== 'scale' || question.showIf) return false;
      const options = resolveShapeOptions(shape, question) ?? [];
      return !options.some((o) => 'kind' in o && o.kind === 'not-applicable');
    });
    if (!alwaysCounts) {
      addIssue(
        ['sections', s, 'questions'],
        `theme "${section.id}" needs at least one question that is always shown and has no "niet van toepassing"`,
      );
    }
  });

  // Tips point at existing examples.
  for (const [tipId, tip] of Object.entries(shape.tips)) {
    tip.examples.forEach((exampleId, i) => {
      if (!(exampleId in shape.examples))
        addIssue(['tips', tipId, 'examples', i], `refers to unknown example "${exampleId}"`);
    });
  }

  // Bands rise from 0.
  if (shape.bands[0]?.min !== 0) addIssue(['bands', 0, 'min'], 'the lowest band must start at 0');
  shape.bands.forEach((band, i) => {
    const previous = shape.bands[i - 1];
    if (previous && band.min <= previous.min) addIssue(['bands', i, 'min'], 'bands must be in rising order');
  });

  // Levels in their fixed order.
  shape.levels.forEach((level, i) => {
    if (level.id !== LEVEL_IDS[i]) addIssue(['levels', i, 'id'], `expected level "${LEVEL_IDS[i]}" here`);
  });
}

/** A complete, cross-checked questionnaire definition. */
export const QuestionnaireSchema = QuestionnaireShapeSchema.superRefine((shape, ctx) => {
  checkQuestionnaire(shape, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
/** The questionnaire as written in a file, before defaults are filled in. */
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;
