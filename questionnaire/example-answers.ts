/**
 * Example answer sets, for the command line tool (`quickscan example`), tests and demonstrations.
 * Deterministic: the same questionnaire always gives the same answers.
 */
import type { Questionnaire, ScoredOption, ThemeId } from './schema.ts';
import { getScaleOptions, listThemes } from './questions.ts';

export const EXAMPLE_PROFILES = ['best', 'worst', 'mixed'] as const;
export type ExampleProfile = (typeof EXAMPLE_PROFILES)[number];

/** A medium-sized organisation with some roster work and a works council: every theme question but the small-firm variant is shown. */
const INTAKE: Record<ExampleProfile, Record<string, string>> = {
  best: {
    'intake-size': '50-to-249',
    'intake-sector': 'business-services',
    'intake-cao': 'yes',
    'intake-roster': 'some',
    'intake-works-council': 'works-council',
    'intake-role': 'hr',
  },
  worst: {
    'intake-size': '10-to-49',
    'intake-sector': 'trade-hospitality-logistics',
    'intake-cao': 'no',
    'intake-roster': 'most',
    'intake-works-council': 'none',
    'intake-role': 'director',
  },
  mixed: {
    'intake-size': '50-to-249',
    'intake-sector': 'care-welfare',
    'intake-cao': 'yes',
    'intake-roster': 'most',
    'intake-works-council': 'works-council',
    'intake-role': 'hr',
  },
};

/**
 * The mixed profile: a realistic organisation that has its legal schemes in order, does well on
 * flexible work, is halfway on openness and tailored solutions, has little embedded yet, and does
 * not know a few answers.
 */
const MIXED_TIERS: Record<ThemeId, 'good' | 'partial' | 'weak'> = {
  openness: 'partial',
  'legal-leave': 'good',
  'flexible-work': 'good',
  tailored: 'partial',
  embedding: 'weak',
};

function pickByTier(scored: ScoredOption[], tier: 'good' | 'partial' | 'weak'): ScoredOption | undefined {
  const sorted = [...scored].sort((a, b) => a.points - b.points);
  const index = { good: sorted.length - 2, partial: Math.floor((sorted.length - 1) / 2), weak: 1 }[tier];
  return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
}

/** Answers for every question of the questionnaire, following the profile. */
export function createExampleAnswers(
  questionnaire: Questionnaire,
  profile: ExampleProfile,
): Record<string, string> {
  const answers: Record<string, string> = {};
  const intake = questionnaire.sections.find((s) => s.kind === 'intake');
  for (const question of intake?.questions ?? []) {
    if (question.type !== 'choice') continue;
    const preferred = INTAKE[profile][question.id];
    const option = question.options.find((o) => o.id === preferred) ?? question.options[0];
    if (option) answers[question.id] = option.id;
  }
  for (const theme of listThemes(questionnaire)) {
    theme.questions.forEach((question, index) => {
      if (question.type !== 'scale') return;
      const options = getScaleOptions(questionnaire, question);
      const scored = options.filter((o): o is ScoredOption => 'points' in o);
      const byPoints = [...scored].sort((a, b) => a.points - b.points);
      if (profile === 'best') {
        const best = byPoints.at(-1);
        if (best) answers[question.id] = best.id;
        return;
      }
      if (profile === 'worst') {
        const worst = byPoints[0];
        if (worst) answers[question.id] = worst.id;
        return;
      }
      const legalMustHave = question.mustHaves.find((m) => m.level === 'on-the-way');
      const unknown = options.find((o) => 'kind' in o && o.kind === 'unknown');
      if (!legalMustHave && index % 5 === 4 && unknown) {
        answers[question.id] = unknown.id;
        return;
      }
      let choice = pickByTier(scored, MIXED_TIERS[theme.id]);
      const floor = scored.find((o) => o.id === legalMustHave?.atLeast);
      if (choice && floor && choice.points < floor.points) choice = floor;
      if (choice) answers[question.id] = choice.id;
    });
  }
  return answers;
}
