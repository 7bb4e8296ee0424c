/**
 * zod/mini schemas for the answers of one section, built from the questionnaire: the web app's forms
 * validate with them (react-hook-form's zod resolver), so the form and the file format agree.
 */
import './zod-config.ts';
import * as z from 'zod/mini';
import { getOptions } from './questions.ts';
import type { Questionnaire } from './schema.ts';

/** Control characters (tabs and line breaks included) have no place in a name. */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

/** The organisation name as typed: optional, at most 200 characters, no control characters. */
export const OrganisationNameSchema = z.string().check(
  z.maxLength(200, { error: 'too-long' }),
  z.refine((name) => !controlCharacters.test(name), { error: 'control-characters' }),
);

/**
 * The answers of one section: each question optional (a step may be left incomplete), and each
 * answer one of that question's option ids. The intake also carries the organisation name.
 */
export function buildSectionSchema(questionnaire: Questionnaire, sectionId: string) {
  const section = questionnaire.sections.find((s) => s.id === sectionId);
  const shape: Record<string, z.ZodMiniType> = {};
  for (const question of section?.questions ?? []) {
    const [first, ...rest] = getOptions(questionnaire, question).map((o) => o.id);
    if (first === undefined) continue;
    shape[question.id] = z.nullish(z.enum([first, ...rest]));
  }
  if (section?.kind === 'intake') shape.organisationName = z.optional(OrganisationNameSchema);
  return z.object(shape);
}
