/**
 * The fixed texts of the report (labels, titles, statuses, sentence templates), in Dutch and in English.
 * The English object has exactly the keys of the Dutch one (TypeScript checks it).
 * The report model picks them in one language; the results page and the PDF only render what it picked.
 * Texts that depend on the organisation (legal rules, the deviation note, who to ask) are not here:
 * they are variants in the questionnaire definition.
 */
import type { Language } from '../../questionnaire/schema.ts';
import { NOT_ANSWERED } from './not-answered.ts';

const REPORT_TEXTS_NL = {
  title: 'Uitkomst quickscan zorgvriendelijk werkgeverschap',
  pageTitle: 'Uw uitkomst',
  forOrganisation: 'Voor: {name}',
  intro:
    'Deze uitkomst laat zien hoe uw organisatie medewerkers steunt die mantelzorger zijn: mensen die naast hun werk zorgen voor een zieke of hulpbehoevende naaste. De scan kijkt naar dezelfde onderwerpen als de Erkenning mantelzorgvriendelijke organisatie van Werk&Mantelzorg. De scan is daar onafhankelijk van.',
  summary: 'Samenvatting',
  level: 'Uw niveau',
  overall: 'Totaalscore',
  overallScore: 'Totaalscore: {score} van 100',
  readyNote:
    'Volgens uw antwoorden voldoet u aan alle onmisbare punten van deze scan. U kunt overwegen de Erkenning aan te vragen. Of u die krijgt, beslist de erkenningscommissie.',
  blockers: 'Wat nog ontbreekt voor het volgende niveau',
  blockersFor: 'Wat nog ontbreekt voor {level}',
  blockerMustHave: '{finding} Nodig: {needed}. Uw antwoord: {now}.',
  blockersIntro: 'Deze scan vraagt deze punten voor {level}. Bij elk punt staat waarom.',
  blockerLowestBandMany: 'Voor {level} mag geen thema onder {required} scoren. Nu scoren {themes} lager.',
  themeWithScore: '{theme} ({score})',
  and: 'en',
  blockerReason: 'Waarom',
  blockerMinOverall: 'Voor {level} is een totaalscore van minstens {required} nodig; nu {actual}.',
  blockerMinThemeScore: 'Voor {level} moet het thema {theme} minstens {required} scoren; nu {actual}.',
  blockerLowestBand: 'Voor {level} mag geen thema onder {required} scoren; {theme} scoort {actual}.',
  topLevelReached:
    'U heeft het hoogste niveau van deze scan bereikt. U kunt blijven meten en evalueren, en uw ervaring delen met andere werkgevers.',
  scores: 'Scores per thema',
  scoresCaption: 'Score per thema, van 0 tot 100',
  theme: 'Thema',
  score: 'Score',
  band: 'Beoordeling',
  themeDetails: 'Per thema: wat is geregeld en wat ontbreekt',
  inPlace: 'Wat al geregeld is',
  missing: 'Wat nog ontbreekt',
  nothingInPlace: 'Nog niets volledig geregeld.',
  nothingMissing: 'Niets meer te doen.',
  strengths: 'Wat al goed gaat',
  moreStrengthsOne: 'en 1 ander punt',
  moreStrengthsMany: 'en {count} andere punten',
  noStrengths: 'Nog geen onderdeel is volledig geregeld. Elk punt in het actieplan is een stap vooruit.',
  actions: 'Actieplan: hier begint u',
  actionsIntro:
    'De acties staan op volgorde: eerst wat het volgende niveau tegenhoudt, daarna wat het meeste oplevert voor de minste moeite. Het zijn mogelijkheden: u kiest zelf wat past.',
  quickWin: 'Snel resultaat',
  unblocks: 'Nodig voor',
  gain: 'Levert op',
  points: 'punten',
  now: 'Nu',
  goal: 'Doel',
  example: 'Voorbeeld uit de praktijk',
  noActions: 'Er zijn geen verbeterpunten meer: alles staat op het beste antwoord.',
  toFindOut: 'Uit te zoeken',
  toFindOutIntro: 'Bij deze vragen koos u "weet niet". Ze tellen nu als 0 punten.',
  nothingToFindOut: 'U heeft geen vragen met "weet niet" beantwoord.',
  unanswered: 'Nog niet beantwoord',
  notApplicable: 'Niet van toepassing',
  notApplicableIntro:
    'Bij deze vragen koos u "niet van toepassing". Ze tellen niet mee in de score. Kijk of dat klopt: bestaat deze situatie echt niet in uw organisatie?',
  legalCheck: 'Wettelijke check',
  legalNotInOrder: 'Niet op orde',
  legalToFindOut: 'Nog uitzoeken',
  legalInOrder: 'Op orde',
  legalAppliedNotWritten: 'Toegepast, nog niet beschreven',
  legalInOrderReason: 'Volgens uw antwoorden past u de regeling toe zoals de wet vraagt.',
  legalPerCaoNote:
    'Volgens uw antwoord volgt de organisatie hier de cao. Kijk in de cao-tekst wat die precies regelt.',
  legalAppliedNotWrittenReason:
    'Volgens uw antwoorden past u de regeling toe zoals de wet vraagt. Dat is genoeg voor de wet. Beschrijf de regeling ook in uw eigen verlofregeling. Dan kunnen medewerkers en leidinggevenden nalezen wat er geldt. Voor de Erkenning telt wat u beschrijft.',
  legalToFindOutReason: 'Dit weet u nog niet:',
  legalNotInOrderMeaning:
    'Uit een antwoord blijkt dat de wet hier niet wordt gevolgd. Bij de regeling staat welk antwoord, en waarom het nodig is.',
  legalToFindOutMeaning: 'Een punt dat de wet vraagt, is beantwoord met "weet niet" of nog niet.',
  legalPerCaoMark: 'volgens de cao',
  legalMeaning: 'Wat de stand betekent',
  legalScheme: 'Regeling',
  legalStatus: 'Stand',
  legalWhy: 'Toelichting',
  legalRule: 'Wat de wet zegt',
  legalNote: 'Let op bij de wettelijke tips',
  examplesNote:
    'De voorbeelden uit de praktijk komen uit de Cao Inspirator van Werk&Mantelzorg (2019). De tekst van een cao kan sindsdien veranderd zijn.',
  tipSeeAction: '{title}: zie actie {rank} in het actieplan.',
  summaryTopActions: 'De drie belangrijkste acties',
  summaryMoreActions: 'Het hele actieplan, met tips en voorbeelden, staat verderop in dit rapport.',
  shortDisclaimer:
    'Deze scan is onafhankelijk van Werk&Mantelzorg en van de overheid. De uitkomst is een indicatie op basis van uw eigen antwoorden. Het is geen Erkenning, voorspelt die niet en is geen juridisch advies. Meer hierover staat aan het eind van dit rapport.',
  details: 'De details',
  findingOpen: '{question} ({answer})',
  calculator: 'Hoeveel zorgverlof?',
  evidence: 'Bewijsmap: wat u kunt verzamelen',
  nextSteps: 'Volgende stappen: de route in vier B’s',
  nextStepsIntro:
    'Deze scan volgt een route in vier stappen naar een mantelzorgvriendelijke organisatie: Bespreken, Beschrijven, Bekwamen en Borgen. Zo ver bent u volgens uw antwoorden:',
  stepDone: 'Gedaan',
  stepCurrent: 'Uw volgende stap',
  stepLater: 'Later',
  monitor:
    'Werkt uw beleid ook in de praktijk? Met de Werk&Mantelzorg Monitor vraagt u het mantelzorgers, collega’s en leidinggevenden zelf.',
  figures: 'Waarom het loont',
  source: 'Bron',
  disclaimerTitle: 'Let op',
  disclaimer:
    'Deze scan is onafhankelijk. Hij is niet gemaakt door of voor Werk&Mantelzorg. Hij is ook niet gemaakt door of voor de overheid, al lijkt de naam op de quickscan die de overheid in 2016 uitbracht. De uitkomst is een indicatie op basis van uw eigen antwoorden. Het is geen Erkenning mantelzorgvriendelijke organisatie en voorspelt die ook niet. Over een aanvraag beslist de erkenningscommissie. De scan is ook geen juridisch advies. De wettelijke regels staan hier zoals ze gelden op 1 januari 2026. Een cao kan daarvan afwijken, en soms ook een regeling met de werknemersvertegenwoordiging. Dat kan in het voordeel of in het nadeel van de medewerker zijn.',
  appendix: 'Bijlage: alle vragen en uw antwoorden',
  notAnswered: NOT_ANSWERED.nl,
  notShown: 'Niet gevraagd (past niet bij uw organisatie)',
  organisation: 'Organisatie',
  page: 'Pagina {page} van {total}',
  coverSubtitle: 'Waar staat uw organisatie in de steun aan medewerkers die mantelzorger zijn?',
  themeScore: 'Score {score} van 100 · {band}',
  tips: 'Tips',
  themes: 'De thema’s',
  nothing: 'Geen.',
  date: 'Datum',
  version: 'Versie vragenlijst',
  groupTitle: 'Groepsrapport quickscan zorgvriendelijk werkgeverschap',
  groupCoverSubtitle:
    'Hoe zien de deelnemers samen hun organisatie? Een zelfbeoordeling door een groep, over de steun aan medewerkers die mantelzorger zijn.',
  groupIntro:
    'In dit groepsrapport staan de antwoorden van {count} deelnemers naast elkaar. Elke deelnemer vulde de quickscan in voor dezelfde organisatie. Het is een zelfbeoordeling door een groep: de uitkomst laat zien hoe de deelnemers hun organisatie zien. U ziet hoe ver de scores uit elkaar liggen, bij welke vragen de deelnemers het minst eens zijn en wat elke rol antwoordde. Daarna volgt de uitkomst van de gezamenlijke antwoorden.',
  groupDisclaimer:
    'Deze scan is onafhankelijk. Hij is niet gemaakt door of voor Werk&Mantelzorg, en niet door of voor de overheid. Dit groepsrapport is een zelfbeoordeling en geeft een indicatie. Het is geen Erkenning mantelzorgvriendelijke organisatie en voorspelt die ook niet. Over een aanvraag beslist de erkenningscommissie. Het is ook geen juridisch advies.',
  participantCount: 'Aantal deelnemers: {count}',
  participants: 'Deelnemers en hun rol',
  participantsIntro:
    'De verschillen in dit rapport gaan over hoe de deelnemers de organisatie zien, niet over de deelnemers zelf. Een naam staat er alleen als de deelnemer die zelf heeft ingevuld. Het nummer vindt u terug in de grafiek.',
  participant: 'Deelnemer',
  role: 'Rol',
  participantLevel: 'Niveau',
  spread: 'Scores per thema: hoe ver liggen de deelnemers uit elkaar?',
  spreadIntro:
    'Elke stip is een deelnemer, met het nummer uit de lijst van deelnemers. De balk loopt van de laagste tot de hoogste score. Hoe langer de balk, hoe meer de deelnemers verschillen.',
  spreadCaption: 'Score per deelnemer, van 0 tot 100',
  participantsIntroTable:
    'De verschillen in dit rapport gaan over hoe de deelnemers de organisatie zien, niet over de deelnemers zelf. Een naam staat er alleen als de deelnemer die zelf heeft ingevuld. Het nummer vindt u terug in de tabel met scores.',
  spreadIntroSummary:
    'Er zijn {count} deelnemers. Dat zijn te veel om elke deelnemer als stip te tekenen. Daarom laat de grafiek per thema zien hoe de scores verdeeld zijn. De lichte balk loopt van de laagste tot de hoogste score. Het donkere vak is de middelste helft van de deelnemers. De streep in het vak is de middelste score. De score van elke deelnemer staat in de tabel hieronder.',
  spreadCaptionSummary: 'Laagste, middelste en hoogste score, van 0 tot 100',
  lowest: 'Laagste',
  highest: 'Hoogste',
  difference: 'Verschil',
  disagreements: 'Waar de deelnemers het minst eens zijn',
  disagreementsIntro:
    'Bij deze vragen gaven de deelnemers de meest verschillende antwoorden. Per rol ziet u wat er is geantwoord, en hoe vaak. Bespreek deze vragen samen: vaak weet de ene rol iets wat de andere niet weet.',
  noDisagreements: 'De deelnemers gaven bij elke vraag hetzelfde antwoord.',
  moreDisagreementsOne: 'Bij nog 1 andere vraag verschillen de antwoorden.',
  moreDisagreementsMany: 'Bij nog {count} andere vragen verschillen de antwoorden.',
  disagreementLarge: 'Grote verschillen',
  disagreementSome: 'Enige verschillen',
  disagreementSmall: 'Kleine verschillen',
  roleAnswer: '{answer} ({count}×)',
  agreedAnswer: 'Afgesproken antwoord',
  suggestedAnswer: 'Voorstel voor het gezamenlijke antwoord',
  leftOpen: 'Open gelaten',
  consensus: 'De gezamenlijke uitkomst',
  consensusIntro:
    'Dit deel is de uitkomst van de gezamenlijke antwoorden. Per vraag is dat het antwoord dat de groep heeft afgesproken. Is er niets afgesproken, dan telt het antwoord dat het vaakst is gekozen. Kozen evenveel deelnemers een ander antwoord, dan telt het voorzichtigste antwoord. "Weet niet" telt alleen als niemand een ander antwoord gaf.',
  groupLevel: 'Gezamenlijk niveau',
  progress: 'Vooruitgang sinds de vorige scan',
  progressIntro:
    'Hier vergelijkt u deze scan met een eerdere scan van uw organisatie. Beide scans zijn berekend met deze versie van de vragenlijst.',
  progressEarlier: 'Vorige scan: {label}',
  progressEarlierDated: 'Vorige scan: {label}, {date}',
  then: 'Toen',
  change: 'Verschil',
  progressOverall: 'Totaalscore: toen {then}, nu {now} ({change})',
  progressLevel: 'Niveau: toen {then}, nu {now}',
  progressNowInPlace: 'Nu geregeld, uit het vorige actieplan',
  progressImproved: 'Beter dan toen, maar nog niet klaar',
  progressWorse: 'Minder goed dan toen',
  progressNoneInPlace: 'Nog geen actie uit het vorige actieplan is helemaal geregeld.',
  progressNoneImproved: 'Geen andere acties uit het vorige actieplan zijn vooruitgegaan.',
  progressNoneWorse: 'Geen enkel antwoord is minder goed dan bij de vorige scan.',
  progressFromTo: 'Toen: {from}. Nu: {to}.',
};

export type ReportTextKey = keyof typeof REPORT_TEXTS_NL;
export type ReportTexts = Readonly<Record<ReportTextKey, string>>;

const REPORT_TEXTS_EN: ReportTexts = {
  title: 'Outcome of the quick scan for carer-friendly employers',
  pageTitle: 'Your outcome',
  forOrganisation: 'For: {name}',
  intro:
    'This outcome shows how your organisation supports employees who are carers: people who, besides their work, care for someone close who is ill or needs help. The scan looks at the same topics as the Erkenning: the Dutch recognition as a carer-friendly organisation from Werk&Mantelzorg. The scan is independent of it. A cao, mentioned below, is a collective labour agreement.',
  summary: 'Summary',
  level: 'Your level',
  overall: 'Overall score',
  overallScore: 'Overall score: {score} out of 100',
  readyNote:
    'According to your answers, you meet every must-have of this scan. You could consider applying for the Erkenning. Whether you receive it is for the Erkenning committee to decide.',
  blockers: 'What is missing for the next level',
  blockersFor: 'What is missing for {level}',
  blockerMustHave: '{finding} Needed: {needed}. Your answer: {now}.',
  blockersIntro: 'This scan asks for these points for {level}. Each point says why.',
  blockerLowestBandMany: '{level} needs every theme to score at least {required}. Now {themes} score lower.',
  themeWithScore: '{theme} ({score})',
  and: 'and',
  blockerReason: 'Why',
  blockerMinOverall: '{level} needs an overall score of at least {required}; now {actual}.',
  blockerMinThemeScore: '{level} needs the theme {theme} to score at least {required}; now {actual}.',
  blockerLowestBand: '{level} needs every theme to score at least {required}; {theme} scores {actual}.',
  topLevelReached:
    'You have reached the highest level of this scan. You can keep measuring and evaluating, and share your experience with other employers.',
  scores: 'Scores per theme',
  scoresCaption: 'Score per theme, from 0 to 100',
  theme: 'Theme',
  score: 'Score',
  band: 'Rating',
  themeDetails: 'Per theme: what is in place and what is missing',
  inPlace: 'What is in place',
  missing: 'What is missing',
  nothingInPlace: 'Nothing fully in place yet.',
  nothingMissing: 'Nothing left to do.',
  strengths: 'What already goes well',
  moreStrengthsOne: 'and 1 more point',
  moreStrengthsMany: 'and {count} more points',
  noStrengths: 'No part is fully in place yet. Every point in the action plan is a step forward.',
  actions: 'Action plan: start here',
  actionsIntro:
    'The actions are in order: first what holds back the next level, then what gains most for the least effort. They are options: you choose what fits.',
  quickWin: 'Quick win',
  unblocks: 'Needed for',
  gain: 'Gains',
  points: 'points',
  now: 'Now',
  goal: 'Goal',
  example: 'Example from practice',
  noActions: 'There is nothing left to improve: every answer is the best one.',
  toFindOut: 'To find out',
  toFindOutIntro: 'For these questions you chose "don’t know". They now count as 0 points.',
  nothingToFindOut: 'You did not answer any question with "don’t know".',
  unanswered: 'Not answered yet',
  notApplicable: 'Not applicable',
  notApplicableIntro:
    'For these questions you chose "not applicable". They do not count in the score. Check that this is right: does this situation really not exist in your organisation?',
  legalCheck: 'Legal check',
  legalNotInOrder: 'Not in order',
  legalToFindOut: 'To find out',
  legalInOrder: 'In order',
  legalAppliedNotWritten: 'Applied, not yet written down',
  legalInOrderReason: 'According to your answers, you apply the scheme as the law asks.',
  legalPerCaoNote:
    'According to your answer, the organisation follows the cao here. Check the cao text for what exactly it provides.',
  legalAppliedNotWrittenReason:
    'According to your answers, you apply the scheme as the law asks. That is enough for the law. Also describe the scheme in your own leave policy. Employees and managers can then look up what applies. For the Erkenning, what you describe counts.',
  legalToFindOutReason: 'You do not know this yet:',
  legalNotInOrderMeaning:
    'An answer shows that the law is not followed here. The scheme says which answer, and why it is needed.',
  legalToFindOutMeaning: 'A point the law asks for is answered "don\'t know" or not yet.',
  legalPerCaoMark: 'as the cao says',
  legalMeaning: 'What the states mean',
  legalScheme: 'Scheme',
  legalStatus: 'State',
  legalWhy: 'Why',
  legalRule: 'What the law says',
  legalNote: 'Note on the legal tips',
  examplesNote:
    'The examples from practice come from the Cao Inspirator of Werk&Mantelzorg (2019). The text of a cao may have changed since.',
  tipSeeAction: '{title}: see action {rank} in the action plan.',
  summaryTopActions: 'The three actions that matter most',
  summaryMoreActions: 'The whole action plan, with tips and examples, follows later in this report.',
  shortDisclaimer:
    'This scan is independent of Werk&Mantelzorg and of the government. The result is an indication based on your own answers. It is not the Erkenning, does not predict it and is not legal advice. More about this at the end of this report.',
  details: 'The details',
  findingOpen: '{question} ({answer})',
  calculator: 'How much care leave?',
  evidence: 'Evidence folder: what you could collect',
  nextSteps: 'Next steps: the route in four steps',
  nextStepsIntro:
    'This scan follows a route in four steps to a carer-friendly organisation: Discuss, Describe, Equip and Embed. According to your answers, this is how far you are:',
  stepDone: 'Done',
  stepCurrent: 'Your next step',
  stepLater: 'Later',
  monitor:
    'Does your policy work in practice? With the Werk&Mantelzorg Monitor you ask carers, colleagues and managers themselves.',
  figures: 'Why it pays off',
  source: 'Source',
  disclaimerTitle: 'Please note',
  disclaimer:
    'This scan is independent. It was not made by or for Werk&Mantelzorg. Nor was it made by or for the government, although its name resembles the quick scan the government launched in 2016. The outcome is an indication based on your own answers. It is not the Erkenning (the recognition as a carer-friendly organisation) and does not predict it. The Erkenning committee decides on an application. Nor is the scan legal advice. The legal rules are described as they stand on 1 January 2026. A cao may deviate from them, and sometimes an arrangement with the employee representation, in the employee’s favour or to their disadvantage.',
  appendix: 'Appendix: all questions and your answers',
  notAnswered: NOT_ANSWERED.en,
  notShown: 'Not asked (does not fit your organisation)',
  organisation: 'Organisation',
  page: 'Page {page} of {total}',
  coverSubtitle: 'Where does your organisation stand in supporting employees who are carers?',
  themeScore: 'Score {score} out of 100 · {band}',
  tips: 'Tips',
  themes: 'The themes',
  nothing: 'None.',
  date: 'Date',
  version: 'Questionnaire version',
  groupTitle: 'Group report of the quick scan for carer-friendly employers',
  groupCoverSubtitle:
    'How do the participants see their organisation together? A self-assessment by a group, about supporting employees who are carers.',
  groupIntro:
    'This group report puts the answers of {count} participants side by side. Each participant filled in the quick scan for the same organisation. It is a self-assessment by a group: the outcome shows how the participants see their organisation. You see how far apart the scores are, on which questions the participants agree least and what each role answered. Then follows the outcome of the joint answers.',
  groupDisclaimer:
    'This scan is independent. It was not made by or for Werk&Mantelzorg, nor by or for the government. This group report is a self-assessment and gives an indication. It is not the Erkenning (the recognition as a carer-friendly organisation) and does not predict it. The Erkenning committee decides on an application. Nor is it legal advice.',
  participantCount: 'Number of participants: {count}',
  participants: 'Participants and their roles',
  participantsIntro:
    'The differences in this report are about how the participants see the organisation, not about the participants themselves. A name is shown only if the participant filled it in. You find the number again in the chart.',
  participant: 'Participant',
  role: 'Role',
  participantLevel: 'Level',
  spread: 'Scores per theme: how far apart are the participants?',
  spreadIntro:
    'Each dot is a participant, with their number from the list of participants. The bar runs from the lowest to the highest score. The longer the bar, the more the participants differ.',
  spreadCaption: 'Score per participant, from 0 to 100',
  participantsIntroTable:
    'The differences in this report are about how the participants see the organisation, not about the participants themselves. A name is shown only if the participant filled it in. You find the number again in the table of scores.',
  spreadIntroSummary:
    'There are {count} participants. That is too many to draw each participant as a dot. So the chart shows per theme how the scores are spread. The light bar runs from the lowest to the highest score. The dark box is the middle half of the participants. The line in the box is the middle score. The score of each participant is in the table below.',
  spreadCaptionSummary: 'Lowest, middle and highest score, from 0 to 100',
  lowest: 'Lowest',
  highest: 'Highest',
  difference: 'Difference',
  disagreements: 'Where the participants agree least',
  disagreementsIntro:
    'On these questions the participants gave the most different answers. For each role you see what was answered, and how often. Discuss these questions together: often one role knows something the other does not.',
  noDisagreements: 'The participants gave the same answer to every question.',
  moreDisagreementsOne: 'The answers also differ on 1 other question.',
  moreDisagreementsMany: 'The answers also differ on {count} other questions.',
  disagreementLarge: 'Large differences',
  disagreementSome: 'Some differences',
  disagreementSmall: 'Small differences',
  roleAnswer: '{answer} ({count}×)',
  agreedAnswer: 'Agreed answer',
  suggestedAnswer: 'Suggested joint answer',
  leftOpen: 'Left open',
  consensus: 'The joint outcome',
  consensusIntro:
    'This part is the outcome of the joint answers. For each question that is the answer the group agreed on. Where nothing was agreed, the answer chosen most often counts. Where as many participants chose different answers, the most cautious answer counts. "Don’t know" counts only when nobody gave another answer.',
  groupLevel: 'Joint level',
  progress: 'Progress since the previous scan',
  progressIntro:
    'Here you compare this scan with an earlier scan of your organisation. Both scans are computed with this version of the questionnaire.',
  progressEarlier: 'Previous scan: {label}',
  progressEarlierDated: 'Previous scan: {label}, {date}',
  then: 'Then',
  change: 'Change',
  progressOverall: 'Overall score: then {then}, now {now} ({change})',
  progressLevel: 'Level: then {then}, now {now}',
  progressNowInPlace: 'Now in place, from the previous action plan',
  progressImproved: 'Better than before, but not there yet',
  progressWorse: 'Not as good as before',
  progressNoneInPlace: 'No action from the previous action plan is fully in place yet.',
  progressNoneImproved: 'No other actions from the previous action plan have moved forward.',
  progressNoneWorse: 'No answer is worse than in the previous scan.',
  progressFromTo: 'Then: {from}. Now: {to}.',
};

/** Every fixed text in one language. */
export function pickReportTexts(language: Language): ReportTexts {
  return language === 'nl' ? REPORT_TEXTS_NL : REPORT_TEXTS_EN;
}

/** Replaces `{name}` placeholders with values; an unknown placeholder becomes empty. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));
}
