/**
 * Figures for the business case, each with its source and year (see ../shared/DOMAIN.md).
 * The Cao Inspirator of Werk&Mantelzorg dates from 2019 (it cites the maximum daily wage of 1-1-2019).
 */
import type { LocalizedText } from '../../questionnaire/schema.ts';

export interface Figure {
  value: LocalizedText;
  text: LocalizedText;
  source: string;
  year: number;
}

export const FIGURES: Figure[] = [
  {
    value: { nl: '1 op 4', en: '1 in 4' },
    text: {
      nl: 'werknemers combineert werk met mantelzorg: ruim een kwart, ongeveer 2 miljoen mensen.',
      en: 'employees combine work with caring: more than a quarter, about 2 million people.',
    },
    source: 'SCP; ministerie van SZW',
    year: 2019,
  },
  {
    value: { nl: '18%', en: '18%' },
    text: {
      nl: 'van het ziekteverzuim hangt samen met mantelzorg (schatting van HR-managers).',
      en: 'of sickness absence is related to caring (an estimate by HR managers).',
    },
    source: 'CZ & GfK, via Werk&Mantelzorg',
    year: 2017,
  },
  {
    value: { nl: '43%', en: '43%' },
    text: {
      nl: 'van de werkende mantelzorgers overweegt minder uren te gaan werken; 17% overweegt te stoppen met werken.',
      en: 'of working carers consider working fewer hours; 17% consider stopping work.',
    },
    source: 'Werk&Mantelzorg, Cao Inspirator',
    year: 2019,
  },
  {
    value: { nl: '44%', en: '44%' },
    text: {
      nl: 'van de mantelzorgers zegt dat hun leidinggevende niet weet dat ze voor iemand zorgen.',
      en: 'of carers say their manager does not know that they care for someone.',
    },
    source: 'Werk&Mantelzorg, Cao Inspirator',
    year: 2019,
  },
  {
    value: { nl: '86%', en: '86%' },
    text: {
      nl: 'van de mantelzorgers vond samen met de leidinggevende een goede oplossing; 93% van de leidinggevenden zegt mee te denken.',
      en: 'of carers found a good solution together with their manager; 93% of managers say they think along.',
    },
    source: 'Werk&Mantelzorg, Cao Inspirator',
    year: 2019,
  },
  {
    value: { nl: '5% / 1%', en: '5% / 1%' },
    text: {
      nl: 'van de langdurige mantelzorgers gebruikt kortdurend / langdurend zorgverlof: de regelingen zijn weinig bekend.',
      en: 'of long-term carers use short-term / long-term care leave: the schemes are little known.',
    },
    source: 'Kamerstuk 35300-XV nr. 42',
    year: 2019,
  },
];
