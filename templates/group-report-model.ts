/**
 * The group report model: every word of the workshop's group report, chosen in one pure function from
 * the questionnaire, the participants' answers files and the answers the group settled. The participants
 * are compared here (`compareParticipants`) and the joint answers are built and scored here
 * (`buildConsensusFile`, `buildReportModel`), so the report always belongs to these files. Plain data: it can
 * be posted to the PDF worker.
 */
import { participantRole, type AnswersFile, type ParticipantRole } from '../questionnaire/answers-file.ts';
import { findQuestion, getOptions, isQuestionShown, listThemes } from '../questionnaire/questions.ts';
import type { Language, Questionnaire, ThemeId } from '../questionnaire/schema.ts';
import {
  buildConsensusFile,
  compareParticipants,
  type QuestionComparison,
  type WorkshopInput,
} from '../scoring/workshop.ts';
import { fillTemplate, pickReportTexts, type ReportTexts } from './content/report-texts.ts';
import { createLabels, type Labels } from './labels.ts';
import { toPlainUserText } from './plain-user-text.ts';
import { buildReportModel, type ReportModel } from './report-model.ts';
import {
  decideRolePrivacy,
  describeHiddenRoles,
  describeRolePrivacy,
  groupAnswers,
  privateParticipantLabel,
  privateRoleLabel,
  type RolePrivacy,
} from './role-privacy.ts';

/** How many disagreements the report lists by default. */
const MAX_DISAGREEMENTS = 10;
/** From this disagreement (0–1, see scoring/workshop.ts) on, the differences are "large". */
const LARGE_DISAGREEMENT = 0.5;
/** From this disagreement on, "some"; below it (but above 0), "small". */
const SOME_DISAGREEMENT = 0.2;
/**
 * Up to this many participants the spread chart draws each one as a numbered dot; with more, the dots
 * would stack into an unreadable heap, so it shows the lowest, middle and highest scores instead.
 */
export const MAX_SPREAD_DOTS = 15;

export interface GroupParticipantView {
  /** 1, 2, 3…: the participant's number (the order of arrival), also on the chart's dots. */
  number: number;
  /**
   * The name if the participant gave one, else "Deelnemer N"; the role in brackets only when it is shown apart
   * (see role-privacy.ts); or the label passed in.
   */
  label: string;
  /** The role when it is shown apart, else null. */
  role: ParticipantRole | null;
  /** The role's label; "Geen rol opgegeven" without a role; "Niet apart getoond" when it is not shown apart. */
  roleLabel: string;
  /** The level of this participant's own answers. */
  levelLabel: string;
  /** The overall score of this participant's own answers, 0–100. */
  overall: number;
}

export interface SpreadRow {
  /** "overall" for the overall score, else the theme id. */
  id: 'overall' | ThemeId;
  label: string;
  /** Each participant's score, in participant order (0–100). */
  scores: number[];
  min: number;
  max: number;
  /** max − min. */
  range: number;
}

export interface RoleAnswersView {
  /** The role id, "no-role", "other-roles" or "everyone" (see role-privacy.ts). */
  groupKey: string;
  /** The role, when this group is one role shown apart; else null. */
  role: ParticipantRole | null;
  /** "HR", "Geen rol opgegeven", "Overige rollen" or "Alle deelnemers". */
  roleLabel: string;
  /** The answers of this role's participants, most common first. */
  answers: { label: string; count: number }[];
  /** "Geregeld (2×), Deels (1×)". */
  line: string;
}

export interface DisagreementView {
  questionId: string;
  question: string;
  /** The title of the question's theme (or of the intake). */
  themeTitle: string;
  /** 0–1: the mean difference between pairs of answers (see scoring/workshop.ts). */
  measure: number;
  /** "Grote verschillen", "Enige verschillen" or "Kleine verschillen". */
  measureLabel: string;
  /**
   * What each role answered, roles in a fixed order, participants without a role next, then "Overige rollen":
   * only the groups the privacy rule shows apart (see role-privacy.ts).
   */
  byRole: RoleAnswersView[];
  /** Whether the group settled this answer (else it is the suggestion). */
  isSettled: boolean;
  /** "Afgesproken antwoord" or "Voorstel voor het gezamenlijke antwoord". */
  consensusTitle: string;
  /** The label of the joint answer ("Open gelaten", "Niet beantwoord" or "Niet gevraagd…" when there is none). */
  consensus: string;
}

export interface GroupReportModel {
  language: Language;
  /** Every fixed label in this language. */
  texts: ReportTexts;
  title: string;
  subtitle: string;
  /** What the group report is: a self-assessment of a group, then the joint outcome. */
  intro: string;
  /** Independent, not the Erkenning, not legal advice. */
  disclaimer: string;
  /** The organisation name when the participants' files agree on it, else null. */
  organisationName: string | null;
  questionnaireVersion: string;
  participantCount: number;
  /** "Aantal deelnemers: 3". */
  participantCountLine: string;
  /** What the participants list is about, and where each number comes back (the chart or the score table). */
  participantsIntro: string;
  participants: GroupParticipantView[];
  /** Which roles are shown apart, and the sentences that say so (in the report, on the page, in the CLI). */
  privacy: {
    showSingleRoles: boolean;
    /** What the report shows of each participant (names, roles), then which roles are not apart and why. */
    lines: string[];
    /** Only which roles are not shown apart and why: the report's own words (names are in `participantsIntro`). */
    roleLines: string[];
    /** The groups shown apart, with how many participants each holds. */
    groups: { key: string; label: string; count: number }[];
  };
  spread: {
    title: string;
    /**
     * True: the chart draws every participant as a numbered dot. False (more than `MAX_SPREAD_DOTS`
     * participants): per row the lowest, the middle half and the highest score; the intro says so.
     */
    showsEachParticipant: boolean;
    intro: string;
    caption: string;
    overall: SpreadRow;
    themes: SpreadRow[];
  };
  disagreements: {
    title: string;
    intro: string;
    items: DisagreementView[];
    /** "Bij nog 7 andere vragen…" when more questions differ than are listed; else null. */
    more: string | null;
    /** The sentence when nobody disagrees; else null. */
    empty: string | null;
  };
  consensusTitle: string;
  consensusIntro: string;
  /** The report of the joint answers: the suggestion per question, overridden by what the group settled. */
  consensus: ReportModel;
}

export interface GroupReportOptions {
  /** How many disagreements to list (default 10). */
  maxDisagreements?: number;
  /** Show a role held by one participant apart all the same (default false: see role-privacy.ts). */
  showSingleRoles?: boolean;
}

/** A count as people in this language write it: "1.000" in Dutch, "1,000" in English. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

function measureLabel(texts: ReportTexts, measure: number): string {
  if (measure >= LARGE_DISAGREEMENT) return texts.disagreementLarge;
  if (measure >= SOME_DISAGREEMENT) return texts.disagreementSome;
  return texts.disagreementSmall;
}

function spreadRow(id: SpreadRow['id'], label: string, scores: number[]): SpreadRow {
  const min = scores.length > 0 ? Math.min(...scores) : 0;
  const max = scores.length > 0 ? Math.max(...scores) : 0;
  return { id, label, scores, min, max, range: max - min };
}

function buildDisagreement(
  questionnaire: Questionnaire,
  labels: Labels,
  texts: ReportTexts,
  comparison: QuestionComparison,
  consensus: Readonly<Record<string, string>>,
  settled: Readonly<Record<string, string | null>>,
  privacy: RolePrivacy,
): DisagreementView {
  const { questionId } = comparison;
  const placed = findQuestion(questionnaire, questionId);
  const settledAnswer = Object.hasOwn(settled, questionId) ? settled[questionId] : undefined;
  const isSettledOption =
    typeof settledAnswer === 'string' &&
    placed !== undefined &&
    getOptions(questionnaire, placed.question).some((o) => o.id === settledAnswer);
  const isSettled = isSettledOption || settledAnswer === null;
  const joint = consensus[questionId];
  const consensusLabel =
    joint !== undefined
      ? labels.option(questionId, joint)
      : settledAnswer === null
        ? texts.leftOpen
        : isQuestionShown(questionnaire, consensus, questionId)
          ? texts.notAnswered
          : texts.notShown;
  return {
    questionId,
    question: labels.question(questionId),
    themeTitle: labels.section(placed?.section.id ?? ''),
    measure: comparison.disagreement,
    measureLabel: measureLabel(texts, comparison.disagreement),
    byRole: groupAnswers(comparison.answers, privacy).map(({ group, answers: given }) => {
      const answers = given.map((a) => ({
        label: labels.option(questionId, a.optionId),
        count: a.count,
      }));
      return {
        groupKey: group.key,
        role: group.role,
        roleLabel: group.label,
        answers,
        line: answers
          .map((a) =>
            fillTemplate(texts.roleAnswer, { answer: a.label, count: formatCount(a.count, labels.language) }),
          )
          .join(', '),
      };
    }),
    isSettled,
    consensusTitle: isSettled ? texts.agreedAnswer : texts.suggestedAnswer,
    consensus: consensusLabel,
  };
}

/**
 * Builds the group report model.
 *
 * @param questionnaire the parsed questionnaire
 * @param participants each participant's answers file (already parsed and migrated to this questionnaire),
 *   with an optional label that replaces the one made from the file's participant name and role
 * @param settled the answers the group agreed on, by question id: an option id, or null to leave the
 *   question open; every other question takes the suggested answer (see `buildConsensus`)
 * @param language the language of every text in the model
 * @param options `maxDisagreements`: how many disagreements to list (default 10); `showSingleRoles`: show a role
 *   held by one participant apart (default false, so that person cannot be picked out: see role-privacy.ts)
 */
export function buildGroupReportModel(
  questionnaire: Questionnaire,
  participants: readonly { file: AnswersFile; label?: string }[],
  settled: Readonly<Record<string, string | null>>,
  language: Language,
  options: GroupReportOptions = {},
): GroupReportModel {
  const texts = pickReportTexts(language);
  const labels = createLabels(questionnaire, language);
  const inputs: WorkshopInput[] = participants.map(({ file }) => ({
    answers: file.answers,
    role: participantRole(file),
  }));
  const comparison = compareParticipants(questionnaire, inputs);
  const consensusFile = buildConsensusFile(
    questionnaire,
    participants.map((p) => p.file),
    settled,
  );
  const organisationName = consensusFile.organisationName
    ? toPlainUserText(consensusFile.organisationName)
    : null;
  const maxDisagreements = Math.max(0, options.maxDisagreements ?? MAX_DISAGREEMENTS);
  const listed = comparison.disagreements.slice(0, maxDisagreements);
  const more = comparison.disagreements.length - listed.length;
  const count = participants.length;
  const countText = formatCount(count, language);
  const showsEachParticipant = count <= MAX_SPREAD_DOTS;
  const privacy = decideRolePrivacy(
    participants.map(({ file }) => participantRole(file)),
    options.showSingleRoles ?? false,
    language,
  );
  const namesGiven = participants.filter(({ file }) => file.participant?.name?.trim()).length;

  return {
    language,
    texts,
    title: texts.groupTitle,
    subtitle: texts.groupCoverSubtitle,
    intro: fillTemplate(texts.groupIntro, { count: countText }),
    disclaimer: texts.groupDisclaimer,
    organisationName,
    questionnaireVersion: questionnaire.version,
    participantCount: count,
    participantCountLine: fillTemplate(texts.participantCount, { count: countText }),
    participantsIntro: showsEachParticipant ? texts.participantsIntro : texts.participantsIntroTable,
    participants: participants.map(({ file, label }, index) => {
      const result = comparison.results[index];
      return {
        number: index + 1,
        label: toPlainUserText(
          label?.trim() || privateParticipantLabel(file.participant, index, privacy, language),
        ),
        role: privacy.shownRole[index] ?? null,
        roleLabel: privateRoleLabel(privacy, index, language),
        levelLabel: result ? labels.level(result.level) : '',
        overall: result?.overall ?? 0,
      };
    }),
    privacy: {
      showSingleRoles: privacy.showSingleRoles,
      lines: describeRolePrivacy(privacy, namesGiven, language),
      roleLines: describeHiddenRoles(privacy, language),
      groups: privacy.groups.map((group) => ({
        key: group.key,
        label: group.label,
        count: group.members.length,
      })),
    },
    spread: {
      title: texts.spread,
      showsEachParticipant,
      intro: showsEachParticipant
        ? texts.spreadIntro
        : fillTemplate(texts.spreadIntroSummary, { count: countText }),
      caption: showsEachParticipant ? texts.spreadCaption : texts.spreadCaptionSummary,
      overall: spreadRow('overall', texts.overall, comparison.overall.scores),
      themes: listThemes(questionnaire).map((theme) =>
        spreadRow(
          theme.id,
          theme.title[language],
          comparison.themes.find((t) => t.id === theme.id)?.scores ?? [],
        ),
      ),
    },
    disagreements: {
      title: texts.disagreements,
      intro: texts.disagreementsIntro,
      items: listed.map((c) =>
        buildDisagreement(questionnaire, labels, texts, c, consensusFile.answers, settled, privacy),
      ),
      more:
        more <= 0
          ? null
          : more === 1
            ? texts.moreDisagreementsOne
            : fillTemplate(texts.moreDisagreementsMany, { count: formatCount(more, language) }),
      empty: comparison.disagreements.length === 0 ? texts.noDisagreements : null,
    },
    consensusTitle: texts.consensus,
    consensusIntro: texts.consensusIntro,
    consensus: buildReportModel(questionnaire, consensusFile, language),
  };
}
