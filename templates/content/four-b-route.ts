/**
 * The route of Werk&Mantelzorg to a carer-friendly organisation, in four steps ("4B").
 * Each step is linked to the questions that show how far the organisation is with it.
 */
import type { LocalizedText } from '../../questionnaire/schema.ts';

export interface RouteStep {
  id: 'bespreken' | 'beschrijven' | 'bekwamen' | 'borgen';
  title: LocalizedText;
  text: LocalizedText;
  /** The questions that show whether this step is done. */
  questionIds: string[];
}

export const FOUR_B_ROUTE: RouteStep[] = [
  {
    id: 'bespreken',
    title: { nl: '1. Bespreken', en: '1. Discuss (Bespreken)' },
    text: {
      nl: 'Breng in kaart hoeveel medewerkers mantelzorger zijn en wat zij nodig hebben, bijvoorbeeld met een korte peiling. Maak mantelzorg een vast onderwerp in gesprekken.',
      en: 'Find out how many employees are carers and what they need, for example with a short poll. Make caring a standing topic in conversations.',
    },
    questionIds: [
      'openness-carers-known',
      'openness-annual-conversation',
      'openness-managers-talk',
      'openness-carers-dare',
    ],
  },
  {
    id: 'beschrijven',
    title: { nl: '2. Beschrijven', en: '2. Describe (Beschrijven)' },
    text: {
      nl: 'Zet de regelingen en afspraken op papier, in het HR-beleid en op één vindbare plek voor iedereen.',
      en: 'Write down the schemes and arrangements, in the HR policy and in one place everyone can find.',
    },
    questionIds: [
      'legal-calamity-leave',
      'legal-short-term-care-leave',
      'legal-long-term-care-leave',
      'legal-communicated',
      'embedding-hr-policy',
    ],
  },
  {
    id: 'bekwamen',
    title: { nl: '3. Bekwamen', en: '3. Equip (Bekwamen)' },
    text: {
      nl: 'Zorg dat leidinggevenden de regelingen kennen, hun eigen ruimte weten en het gesprek over werk en zorg kunnen voeren.',
      en: 'Make sure managers know the schemes, know their own room to manoeuvre and can hold the conversation about work and caring.',
    },
    questionIds: ['legal-managers-know', 'embedding-managers-informed', 'embedding-managers-trained'],
  },
  {
    id: 'borgen',
    title: { nl: '4. Borgen', en: '4. Embed (Borgen)' },
    text: {
      nl: 'Wijs een eigenaar aan, meet regelmatig hoe het gaat (bijvoorbeeld met de Werk&Mantelzorg Monitor) en evalueer het beleid elk jaar.',
      en: 'Appoint an owner, measure regularly how things are going (for example with the Werk&Mantelzorg Monitor) and evaluate the policy every year.',
    },
    questionIds: ['embedding-owner', 'embedding-measurement', 'embedding-evaluation'],
  },
];
