/**
 * `npm run bench:workshop`: how long a workshop takes to compute for N participants, printed as a table.
 *
 * - Participants: a quarter the example profiles (best, worst, mixed in turn), the rest random answers
 *   from a seeded PRNG (every question, intake included, with some left unanswered), so runs compare.
 * - Timed per N (median of several runs after a warm-up): `compareParticipants`, `buildConsensus`, and
 *   `scoreQuestionnaire` of the consensus, the three steps the workshop view and `quickscan compare`
 *   and `merge` take.
 * - Cost against questions: the same for a questionnaire with only the first half of the themes, and
 *   the cost per answer (participant × question).
 * - Budget: 50 participants under 50 ms; prints PASS or FAIL, and exits with 1 on FAIL.
 */
import { createExampleAnswers, EXAMPLE_PROFILES } from '../questionnaire/example-answers.ts';
import { getOptions, listQuestions, listThemes, type Answers } from '../questionnaire/questions.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import { buildConsensus, compareParticipants, type WorkshopInput } from '../scoring/workshop.ts';
import { atMost, writeBenchResult } from './budgets.ts';

const SIZES = [5, 10, 25, 50, 100];
const RUNS = 15;
const WARM_UP_RUNS = 20;
const BUDGET = { participants: 50, ms: 50 };
const SEED = 20_260_101;

/** mulberry32: a small seeded PRNG, so every run of the bench uses the same participants. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Random answers: any option of every question, one in ten left unanswered. */
function randomAnswers(questionnaire: Questionnaire, random: () => number): Answers {
  const answers: Record<string, string> = {};
  for (const { question } of listQuestions(questionnaire)) {
    if (random() < 0.1) continue;
    const options = getOptions(questionnaire, question);
    const option = options[Math.floor(random() * options.length)];
    if (option) answers[question.id] = option.id;
  }
  return answers;
}

function makeParticipants(questionnaire: Questionnaire, count: number, seed: number): WorkshopInput[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const profile = EXAMPLE_PROFILES[index % EXAMPLE_PROFILES.length] ?? 'mixed';
    const answers =
      index % 4 === 0 ? createExampleAnswers(questionnaire, profile) : randomAnswers(questionnaire, random);
    return { answers };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

interface Timing {
  total: number;
  compare: number;
  consensus: number;
  score: number;
}

/** One workshop computed: compare, consensus, score of the consensus. */
function runOnce(questionnaire: Questionnaire, participants: WorkshopInput[]): Timing {
  const start = performance.now();
  compareParticipants(questionnaire, participants);
  const compared = performance.now();
  const consensus = buildConsensus(questionnaire, participants);
  const merged = performance.now();
  scoreQuestionnaire(questionnaire, consensus);
  const scored = performance.now();
  return {
    total: scored - start,
    compare: compared - start,
    consensus: merged - compared,
    score: scored - merged,
  };
}

/** The median of RUNS of each step. */
function measure(questionnaire: Questionnaire, participants: WorkshopInput[]): Timing {
  runOnce(questionnaire, participants);
  const runs = Array.from({ length: RUNS }, () => runOnce(questionnaire, participants));
  return {
    total: median(runs.map((r) => r.total)),
    compare: median(runs.map((r) => r.compare)),
    consensus: median(runs.map((r) => r.consensus)),
    score: median(runs.map((r) => r.score)),
  };
}

/** The questionnaire with only the first half of its themes (the intake kept): for the cost against questions. */
function halfTheThemes(questionnaire: Questionnaire): Questionnaire {
  const themes = listThemes(questionnaire);
  const kept = new Set(themes.slice(0, Math.ceil(themes.length / 2)).map((t) => t.id));
  return {
    ...questionnaire,
    sections: questionnaire.sections.filter((s) => s.kind === 'intake' || kept.has(s.id)),
  };
}

const ms = (value: number) => value.toFixed(2).padStart(8);

function printTable(title: string, questionnaire: Questionnaire, sizes: number[]): Map<number, Timing> {
  const questions = listQuestions(questionnaire).length;
  console.log(`\n${title}: ${questions} questions, median of ${RUNS} runs (ms)`);
  console.log('       N     total  per part.   compare consensus     score  µs/answer');
  const results = new Map<number, Timing>();
  for (const size of sizes) {
    const timing = measure(questionnaire, makeParticipants(questionnaire, size, SEED + size));
    results.set(size, timing);
    const perAnswer = ((timing.compare + timing.consensus) * 1000) / (size * questions);
    console.log(
      `${String(size).padStart(8)}  ${ms(timing.total)}   ${ms(timing.total / size)}  ${ms(timing.compare)}  ` +
        `${ms(timing.consensus)}  ${ms(timing.score)}   ${perAnswer.toFixed(2).padStart(8)}`,
    );
  }
  return results;
}

const loaded = loadShippedQuestionnaire();
if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
const shipped = loaded.value;
const halved = halfTheThemes(shipped);

console.log(`Workshop benchmark (Node ${process.version}), seed ${SEED}`);
// Warm up the JIT and the question indexes of both questionnaires before anything is timed.
for (const questionnaire of [shipped, halved]) {
  const participants = makeParticipants(questionnaire, 10, SEED);
  for (let run = 0; run < WARM_UP_RUNS; run += 1) runOnce(questionnaire, participants);
}
const full = printTable('Shipped questionnaire', shipped, SIZES);
const half = printTable('Half the themes', halved, [BUDGET.participants]);

const atBudget = full.get(BUDGET.participants)?.total ?? Number.POSITIVE_INFINITY;
const halfAtBudget = half.get(BUDGET.participants)?.total ?? Number.NaN;
const questionsFull = listQuestions(shipped).length;
const questionsHalf = listQuestions(halved).length;
console.log(
  `\nCost against questions at N = ${BUDGET.participants}: ${questionsFull} questions ${atBudget.toFixed(2)} ms, ` +
    `${questionsHalf} questions ${halfAtBudget.toFixed(2)} ms: ` +
    `${(questionsFull / questionsHalf).toFixed(2)}× the questions took ${(atBudget / halfAtBudget).toFixed(2)}× the time`,
);
const pass = atBudget < BUDGET.ms;
console.log(
  `${pass ? 'PASS' : 'FAIL'}: ${BUDGET.participants} participants in ${atBudget.toFixed(2)} ms ` +
    `(budget: under ${BUDGET.ms} ms)`,
);
writeBenchResult({
  benchmark: 'workshop',
  budgets: [
    atMost(
      `workshop: ${BUDGET.participants} participants compared, merged and scored`,
      Math.round(atBudget * 100) / 100,
      BUDGET.ms,
      'ms',
      `Node, median of ${RUNS} runs`,
    ),
  ],
  msByParticipants: Object.fromEntries(full),
});
if (!pass) process.exitCode = 1;
