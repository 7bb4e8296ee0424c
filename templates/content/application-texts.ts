/**
 * The draft for an application for the Erkenning mantelzorgvriendelijke organisatie: the four open
 * questions in our own words, which themes' notes and which questions of the scan feed each one, and the
 * fixed texts of the draft and the evidence folder, in Dutch and in English.
 *
 * The four questions are our summary of what published profiles of recognised organisations answer
 * (see DOMAIN.md); they are not the official wording, and the committee, not this scan, decides.
 */
import type { ApplicationQuestionId } from '../../questionnaire/ids.ts';
import type { Language, ThemeId } from '../../questionnaire/schema.ts';

export type { ApplicationQuestionId };

export interface ApplicationQuestion {
  id: ApplicationQuestionId;
  question: Readonly<Record<Language, string>>;
  /**
   * The themes whose notes ("Wat heeft u al concreet gedaan?") belong with this question. Each theme belongs to at
   * most one question (a test checks it), so that no note is repeated under two questions of the draft.
   */
  noteThemes: readonly ThemeId[];
  /** The questions of the scan whose answers, evidence and gaps belong with this question. */
  questions: readonly string[];
}

/**
 * Every scale question of the shipped questionnaire belongs to exactly one application question
 * (a test checks it, so a new question is never left out of the draft).
 */
export const APPLICATION_QUESTIONS: readonly ApplicationQuestion[] = [
  {
    id: 'awareness',
    question: {
      nl: 'Wat heeft u concreet gedaan om medewerkers bewust te maken van werk en zorg voor een naaste?',
      en: 'What have you concretely done to make staff aware of combining work with care for a relative or friend?',
    },
    noteThemes: ['openness'],
    questions: [
      'openness-carers-known',
      'openness-onboarding',
      'openness-awareness',
      'legal-information',
      'legal-communicated',
      'legal-findable',
    ],
  },
  {
    id: 'dialogue',
    question: {
      nl: 'Hoe stimuleert u het gesprek tussen leidinggevenden, mantelzorgers en collega’s?',
      en: 'How do you encourage the conversation between managers, carers and colleagues?',
    },
    noteThemes: [],
    questions: [
      'openness-annual-conversation',
      'openness-exit-conversation',
      'openness-managers-talk',
      'openness-carers-tell',
      'openness-colleagues-understand',
      'legal-managers-know',
      'embedding-managers-informed',
      'embedding-managers-trained',
      'tailored-joint-agreements',
    ],
  },
  {
    id: 'solutions',
    question: {
      nl: 'Welke oplossingen op maat zijn er mogelijk, en hoe heeft u die geregeld?',
      en: 'Which tailored solutions are possible, and how have you arranged them?',
    },
    noteThemes: ['legal-leave', 'flexible-work', 'tailored'],
    questions: [
      'legal-calamity-written',
      'legal-calamity-applied',
      'legal-short-term-granted',
      'legal-short-term-written',
      'legal-short-term-pay',
      'legal-long-term-granted',
      'legal-long-term-written',
      'legal-long-term-answered',
      'legal-flexible-work-requests',
      'legal-hours-arrangement-small',
      'flex-times',
      'flex-home',
      'flex-option-each-job',
      'flex-roster-early',
      'flex-roster-swap',
      'flex-roster-wishes',
      'flex-calls-during-work',
      'flex-fewer-hours',
      'flex-lighter-tasks',
      'tailored-recorded',
      'tailored-evaluated',
      'tailored-long-term-pay',
      'tailored-leave-saving',
      'tailored-leave-donating',
      'tailored-reduced-hours-pay',
      'tailored-support-access',
    ],
  },
  {
    id: 'embedding',
    question: {
      nl: 'Welke stappen heeft u gezet om het thema in te voeren en vast te leggen in uw organisatie?',
      en: 'Which steps have you taken to introduce the theme and embed it in your organisation?',
    },
    noteThemes: ['embedding'],
    questions: [
      'embedding-vision',
      'embedding-hr-policy',
      'embedding-owner',
      'embedding-works-council',
      'embedding-company-doctor',
      'embedding-measurement',
      'embedding-evaluation',
    ],
  },
];

const APPLICATION_TEXTS_NL = {
  application: 'Uw aanvraag voorbereiden: een eerste opzet',
  applicationIntro:
    'Wie de Erkenning mantelzorgvriendelijke organisatie aanvraagt, beantwoordt open vragen over wat de organisatie concreet heeft gedaan. Hieronder staan vier vragen zoals wij ze samenvatten uit openbare profielen van erkende organisaties. Bij elke vraag staat een eerste tekst. De scan maakt die uit wat u zelf schreef, wat volgens uw antwoorden geregeld is en de bewijsstukken die u heeft. Maak er uw eigen tekst van.',
  applicationNotice:
    'Deze opzet zegt niet of uw organisatie aan de eisen van de Erkenning voldoet: dat beslist de erkenningscommissie. Hoe u de Erkenning aanvraagt, leest u op de website van Werk&Mantelzorg.',
  applicationQuestion: 'Vraag {number}',
  applicationThemes: 'Hoort bij: {themes}',
  applicationGaps: 'Eerst aanpakken',
  applicationFindOut: 'Zoek uit: {question}',
  applicationDraftEvidence: 'Stukken die dit laten zien: {items}.',
  applicationEdited: 'Uw tekst',
  applicationSuggested: 'Voorstel van de scan',
  applicationSuggestedNote:
    'Een tekst met "Voorstel van de scan" komt uit uw notities en antwoorden. U kunt hem aanpassen op de pagina "Aanvraag voorbereiden".',
  applicationEmptyDraft: 'Hier staat nog geen tekst.',
  applicationPointer:
    'Bereidt u een aanvraag voor de Erkenning voor? Op de pagina "Aanvraag voorbereiden" van de scan houdt u een bewijsmap bij. Daar schrijft u ook per open vraag een eerste tekst. Die komen dan in dit rapport.',
  notes: 'Wat u al concreet heeft gedaan',
  notesPrompt: 'Wat heeft u al concreet gedaan?',
  notesIntro: 'Dit schreef uw organisatie zelf, per thema. Het staat hier precies zoals het is ingevuld.',
  evidenceCollected: 'In uw map',
  evidenceToCollect: 'Nog verzamelen',
  evidenceArrangeFirst: 'Eerst regelen',
  evidenceWhere: 'Waar: {where}',
  evidenceCount: '{have} van de {total} stukken heeft u al.',
  evidenceReportIntro:
    'Wij kennen geen officiële lijst van bewijsstukken voor de Erkenning. Dit is onze eigen suggestie van stukken die laten zien wat uw organisatie doet. Per stuk staat of het al in uw map zit. "Eerst regelen" betekent: volgens uw antwoord is dit nog niet geregeld.',
  evidenceFolderIntro:
    'Wij kennen geen officiële lijst van bewijsstukken voor de Erkenning. Dit is onze eigen suggestie van stukken die laten zien wat uw organisatie doet. Vink aan wat u al heeft en noteer waar het staat. "Eerst regelen" betekent: volgens uw antwoord is dit nog niet geregeld.',

  // --- The editable exports (Word document and CSV action plan, templates/export/) ---
  exportRank: 'Nr.',
  exportQuestion: 'Vraag',
  exportCurrent: 'Huidig antwoord',
  exportTip: 'Tip',
  exportFromInPlace: 'Al geregeld, kan beter',
  exportOwner: 'Wie',
  exportDue: 'Wanneer',
  exportYes: 'ja',
  exportNo: 'nee',
  exportActionsFillIn: 'Vul in de laatste twee kolommen in wie de actie oppakt en wanneer.',
  exportEvidence: 'Bewijsstuk',
  exportStatus: 'Status',
  exportWhere: 'Waar',
};

export type ApplicationTextKey = keyof typeof APPLICATION_TEXTS_NL;
export type ApplicationTexts = Readonly<Record<ApplicationTextKey, string>>;

const APPLICATION_TEXTS_EN: ApplicationTexts = {
  application: 'Preparing your application: a first draft',
  applicationIntro:
    'An organisation that applies for the Erkenning mantelzorgvriendelijke organisatie answers open questions about what it has concretely done. Below are four questions as we summarise them from the public profiles of recognised organisations. Each question has a first text. The scan makes it from what you wrote yourself, what your answers show is arranged and the evidence you have. Make it your own text.',
  applicationNotice:
    'This draft does not say whether your organisation meets the requirements of the Erkenning: the recognition committee decides that. How to apply for the Erkenning is described on the Werk&Mantelzorg website.',
  applicationQuestion: 'Question {number}',
  applicationThemes: 'Draws on: {themes}',
  applicationGaps: 'Take up first',
  applicationFindOut: 'Find out: {question}',
  applicationDraftEvidence: 'Documents that show this: {items}.',
  applicationEdited: 'Your text',
  applicationSuggested: 'Suggested by the scan',
  applicationSuggestedNote:
    'A text marked "Suggested by the scan" comes from your notes and answers. You can change it on the page "Prepare your application".',
  applicationEmptyDraft: 'There is no text here yet.',
  applicationPointer:
    'Are you preparing an application for the Erkenning? On the page "Prepare your application" of the scan you keep an evidence folder. There you also write a first text for each open question. They then appear in this report.',
  notes: 'What you have already done',
  notesPrompt: 'What have you already done?',
  notesIntro: 'Your organisation wrote this itself, per theme. It is shown exactly as it was filled in.',
  evidenceCollected: 'In your folder',
  evidenceToCollect: 'To collect',
  evidenceArrangeFirst: 'Arrange first',
  evidenceWhere: 'Where: {where}',
  evidenceCount: 'You have {have} of the {total} documents.',
  evidenceReportIntro:
    'We know of no official list of evidence for the Erkenning. This is our own suggestion of documents that show what your organisation does. Each document says whether it is in your folder yet. "Arrange first" means: according to your answer this is not arranged yet.',
  evidenceFolderIntro:
    'We know of no official list of evidence for the Erkenning. This is our own suggestion of documents that show what your organisation does. Tick what you already have and note where it is. "Arrange first" means: according to your answer this is not arranged yet.',

  // --- The editable exports (Word document and CSV action plan, templates/export/) ---
  exportRank: 'No.',
  exportQuestion: 'Question',
  exportCurrent: 'Current answer',
  exportTip: 'Tip',
  exportFromInPlace: 'In place, can be better',
  exportOwner: 'Who',
  exportDue: 'When',
  exportYes: 'yes',
  exportNo: 'no',
  exportActionsFillIn: 'Use the last two columns to fill in who takes up each action, and when.',
  exportEvidence: 'Evidence',
  exportStatus: 'Status',
  exportWhere: 'Where',
};

export function pickApplicationTexts(language: Language): ApplicationTexts {
  return language === 'nl' ? APPLICATION_TEXTS_NL : APPLICATION_TEXTS_EN;
}
