/**
 * The fixed texts of the report, shared by the results page and the PDF, in Dutch and English.
 */
import type { LocalizedText } from '../../questionnaire/schema.ts';

export const REPORT_TEXTS = {
  title: {
    nl: 'Uitkomst quickscan zorgvriendelijk werkgeverschap',
    en: 'Outcome of the quick scan carer-friendly employer',
  },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  level: { nl: 'Uw niveau', en: 'Your level' },
  overall: { nl: 'Totaalscore', en: 'Overall score' },
  blockers: { nl: 'Wat nog ontbreekt voor het volgende niveau', en: 'What is missing for the next level' },
  topLevelReached: {
    nl: 'U heeft het hoogste niveau van deze scan bereikt. Blijf meten en evalueren, en deel uw ervaring met andere werkgevers.',
    en: 'You have reached the highest level of this scan. Keep measuring and evaluating, and share your experience with other employers.',
  },
  scores: { nl: 'Scores per thema', en: 'Scores per theme' },
  scoresCaption: { nl: 'Score per thema, van 0 tot 100', en: 'Score per theme, from 0 to 100' },
  theme: { nl: 'Thema', en: 'Theme' },
  score: { nl: 'Score', en: 'Score' },
  band: { nl: 'Beoordeling', en: 'Rating' },
  inPlace: { nl: 'Wat al geregeld is', en: 'What is in place' },
  missing: { nl: 'Wat nog ontbreekt', en: 'What is missing' },
  strengths: { nl: 'Wat al goed gaat', en: 'What already goes well' },
  noStrengths: {
    nl: 'Nog geen onderdeel is volledig geregeld. Elk punt in het actieplan is een stap vooruit.',
    en: 'No part is fully in place yet. Every point in the action plan is a step forward.',
  },
  actions: { nl: 'Actieplan: hier begint u', en: 'Action plan: start here' },
  actionsIntro: {
    nl: 'De acties staan op volgorde: eerst wat het volgende niveau tegenhoudt, daarna wat het meeste oplevert voor de minste moeite.',
    en: 'The actions are in order: first what holds back the next level, then what gains most for the least effort.',
  },
  quickWin: { nl: 'Snel resultaat', en: 'Quick win' },
  unblocks: { nl: 'Nodig voor', en: 'Needed for' },
  gain: { nl: 'Levert op', en: 'Gains' },
  points: { nl: 'punten', en: 'points' },
  now: { nl: 'Nu', en: 'Now' },
  goal: { nl: 'Doel', en: 'Goal' },
  example: { nl: 'Voorbeeld uit de praktijk', en: 'Example from practice' },
  noActions: {
    nl: 'Er zijn geen verbeterpunten meer: alles staat op het beste antwoord.',
    en: 'There is nothing left to improve: every answer is the best one.',
  },
  toFindOut: { nl: 'Uit te zoeken', en: 'To find out' },
  toFindOutIntro: {
    nl: 'Bij deze vragen koos u "weet niet". Ze tellen nu als 0 punten. Zoek ze uit, bijvoorbeeld bij HR, de OR of leidinggevenden.',
    en: 'For these questions you chose "don’t know". They now count as 0 points. Find them out, for example with HR, the works council or managers.',
  },
  nothingToFindOut: {
    nl: 'U heeft geen vragen met "weet niet" beantwoord.',
    en: 'You did not answer any question with "don’t know".',
  },
  unanswered: { nl: 'Nog niet beantwoord', en: 'Not answered yet' },
  legalCheck: { nl: 'Wettelijke check', en: 'Legal check' },
  legalCheckIntro: {
    nl: 'Deze regelingen gelden voor elke werkgever. Hieronder ziet u per regeling of uw antwoorden laten zien dat die op orde is.',
    en: 'These schemes apply to every employer. Below you see for each scheme whether your answers show that it is in order.',
  },
  legalNotInOrder: { nl: 'Niet op orde', en: 'Not in order' },
  legalUnknown: { nl: 'Nog uitzoeken', en: 'To find out' },
  legalInOrder: { nl: 'Op orde', en: 'In order' },
  evidence: { nl: 'Bewijsmap voor de Erkenning', en: 'Evidence folder for the Erkenning' },
  evidenceIntro: {
    nl: 'Wie de Erkenning wil aanvragen, kan dit bewijs verzamelen. Een vinkje betekent: volgens uw antwoord is dit geregeld.',
    en: 'If you want to apply for the Erkenning, you can collect this evidence. A tick means: according to your answer this is in place.',
  },
  evidenceReady: { nl: 'Geregeld', en: 'In place' },
  evidenceTodo: { nl: 'Nog te doen', en: 'To do' },
  nextSteps: { nl: 'Volgende stappen: de route in vier B’s', en: 'Next steps: the four-step route' },
  nextStepsIntro: {
    nl: 'Werk&Mantelzorg beschrijft vier stappen naar een mantelzorgvriendelijke organisatie. Zo ver bent u:',
    en: 'Werk&Mantelzorg describes four steps to a carer-friendly organisation. This is how far you are:',
  },
  stepDone: { nl: 'Gedaan', en: 'Done' },
  stepCurrent: { nl: 'Uw volgende stap', en: 'Your next step' },
  stepLater: { nl: 'Later', en: 'Later' },
  monitor: {
    nl: 'Werkt uw beleid ook in de praktijk? De Werk&Mantelzorg Monitor vraagt het mantelzorgers, collega’s en leidinggevenden zelf.',
    en: 'Does your policy work in practice? The Werk&Mantelzorg Monitor asks carers, colleagues and managers themselves.',
  },
  figures: { nl: 'Waarom het loont', en: 'Why it pays off' },
  source: { nl: 'Bron', en: 'Source' },
  disclaimerTitle: { nl: 'Let op', en: 'Please note' },
  disclaimer: {
    nl: 'Deze scan geeft een indicatie op basis van uw eigen antwoorden. Het is geen officiële Erkenning mantelzorgvriendelijke organisatie en het voorspelt die ook niet: daarover beslist de erkenningscommissie van Werk&Mantelzorg. Het is ook geen juridisch advies. Wettelijke bedragen en regels zijn van 2025; kijk voor uw situatie ook in uw cao.',
    en: 'This scan gives an indication based on your own answers. It is not the official Erkenning mantelzorgvriendelijke organisatie and does not predict it: the Werk&Mantelzorg assessment committee decides. Nor is it legal advice. Legal amounts and rules are as of 2025; for your situation, also check your cao.',
  },
  appendix: { nl: 'Bijlage: alle vragen en uw antwoorden', en: 'Appendix: all questions and your answers' },
  notAnswered: { nl: 'Niet beantwoord', en: 'Not answered' },
  notShown: {
    nl: 'Niet gevraagd (past niet bij uw organisatie)',
    en: 'Not asked (does not fit your organisation)',
  },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  page: { nl: 'Pagina {page} van {total}', en: 'Page {page} of {total}' },
  coverSubtitle: {
    nl: 'Waar staat uw organisatie in de steun aan medewerkers die mantelzorger zijn?',
    en: 'Where does your organisation stand in supporting employees who are carers?',
  },
  themeScore: { nl: 'Score {score} van 100 · {band}', en: 'Score {score} out of 100 · {band}' },
  tips: { nl: 'Tips', en: 'Tips' },
  themes: { nl: 'De thema’s', en: 'The themes' },
  nothing: { nl: 'Geen.', en: 'None.' },
  date: { nl: 'Datum', en: 'Date' },
  version: { nl: 'Versie vragenlijst', en: 'Questionnaire version' },
} satisfies Record<string, LocalizedText>;
