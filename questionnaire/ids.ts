/**
 * The ids that the answers file, the scoring and the report share with the questionnaire definition, written
 * with zod/mini so that the web app (reading the saved answers, the results) never loads classic zod or the
 * definition's schema. The definition's schema (`schema.ts`, classic zod) builds on these same schemas: one
 * definition of an id.
 */
import './zod-config.ts';
import * as z from 'zod/mini';

/** Ids are lower-case kebab-case so that they are stable, readable and safe in URLs and file names. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z
  .string()
  .check(z.regex(idPattern, 'must be lower-case kebab-case, for example "legal-leave" or "intake-size"'));

/** The themes of the scan: one section each. */
export const ThemeIdSchema = z.enum(['openness', 'legal-leave', 'flexible-work', 'tailored', 'embedding']);
export type ThemeId = z.infer<typeof ThemeIdSchema>;

/** The levels, lowest first. The order is part of the contract: levels are gated one on the other. */
export const LEVEL_IDS = ['start', 'on-the-way', 'ready', 'leading'] as const;

/** The legal schemes of the legal check, in the order it shows them. */
export const LegalSchemeIdSchema = z.enum([
  'calamiteitenverlof',
  'kortdurend-zorgverlof',
  'langdurend-zorgverlof',
  'wet-flexibel-werken',
  'informatie-over-verlof',
]);
export type LegalSchemeId = z.infer<typeof LegalSchemeIdSchema>;

/**
 * The open questions of an application for the Erkenning, as the application draft asks them (our summary of
 * published profiles, see templates/content/application-texts.ts). The answers file keeps the organisation's own
 * draft text per question under these ids.
 */
export const ApplicationQuestionIdSchema = z.enum(['awareness', 'dialogue', 'solutions', 'embedding']);
export type ApplicationQuestionId = z.infer<typeof ApplicationQuestionIdSchema>;
