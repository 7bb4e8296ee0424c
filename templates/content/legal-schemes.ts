/**
 * The legal leave schemes in plain words, for the legal check. Source: Wet arbeid en zorg and
 * Wet flexibel werken, status 2025 (see ../shared/DOMAIN.md). Every amount carries that date.
 */
import type { LegalSchemeId, LocalizedText } from '../../questionnaire/schema.ts';

export interface LegalSchemeContent {
  name: LocalizedText;
  /** The rule in plain words. */
  rule: LocalizedText;
  /** Extra words for employers with fewer than 10 employees, where the rule differs. */
  smallEmployerRule?: LocalizedText;
}

/** The date the rules and amounts below describe. */
export const LEGAL_STATUS_DATE: LocalizedText = { nl: 'stand 2025', en: 'as of 2025' };

/** Every legal tip says this: a cao or works-council arrangement may deviate. */
export const LEGAL_DEVIATION_NOTE: LocalizedText = {
  nl: 'Een cao of een regeling met de ondernemingsraad kan afwijken, vaak in het voordeel van de medewerker. Dit is geen juridisch advies.',
  en: 'A cao or an arrangement with the works council may deviate, often in the employee’s favour. This is not legal advice.',
};

export const LEGAL_SCHEMES: Record<LegalSchemeId, LegalSchemeContent> = {
  calamiteitenverlof: {
    name: { nl: 'Calamiteitenverlof', en: 'Emergency leave (calamiteitenverlof)' },
    rule: {
      nl: 'Bij een plotselinge, dringende situatie mag een medewerker direct vrij nemen, zo lang als nodig is om het eerste te regelen (uren tot enkele dagen). Een redelijk verzoek mag u niet weigeren. Het loon loopt door. U mag het niet als vakantie rekenen, tenzij de medewerker daar zelf mee instemt. Geldt ook kortdurend zorgverlof, dan wordt het na 1 dag zorgverlof.',
      en: 'In a sudden, urgent situation an employee may take time off at once, for as long as needed to arrange the first things (hours to a few days). You may not refuse a reasonable request. Pay continues. You may not count it as holiday unless the employee agrees. If short-term care leave also applies, it becomes care leave after 1 day.',
    },
  },
  'kortdurend-zorgverlof': {
    name: { nl: 'Kortdurend zorgverlof', en: 'Short-term care leave (kortdurend zorgverlof)' },
    rule: {
      nl: 'Per 12 maanden maximaal 2 keer de werkuren per week (wie 24 uur werkt: 48 uur). U betaalt minstens 70% van het loon en minstens het minimumloon, tot 70% van het maximumdagloon. Weigeren mag alleen bij een zwaarwegend bedrijfsbelang. De medewerker meldt het verlof met de reden.',
      en: 'Per 12 months at most twice the weekly working hours (someone working 24 hours: 48 hours). You pay at least 70% of salary and at least the minimum wage, up to 70% of the maximum daily wage. You may only refuse for a serious business interest. The employee reports the leave and its reason.',
    },
  },
  'langdurend-zorgverlof': {
    name: { nl: 'Langdurend zorgverlof', en: 'Long-term care leave (langdurend zorgverlof)' },
    rule: {
      nl: 'Per 12 maanden maximaal 6 keer de werkuren per week (wie 32 uur werkt: 192 uur). Volgens de wet onbetaald; een cao kan het betalen. De medewerker vraagt het minstens 2 weken vooraf schriftelijk aan. Weigeren mag alleen bij een zwaarwegend bedrijfsbelang. Antwoordt u niet schriftelijk uiterlijk een week voor de start, dan gaat het verlof in zoals gevraagd. De medewerker bouwt vakantie op.',
      en: 'Per 12 months at most six times the weekly working hours (someone working 32 hours: 192 hours). Unpaid by law; a cao may pay it. The employee asks in writing at least 2 weeks ahead. You may only refuse for a serious business interest. If you do not answer in writing at least a week before the start, the leave begins as requested. The employee keeps building up holiday.',
    },
  },
  'wet-flexibel-werken': {
    name: { nl: 'Wet flexibel werken', en: 'Flexible Working Act (Wet flexibel werken)' },
    rule: {
      nl: 'Wie minstens 26 weken in dienst is, mag vragen om andere uren, werktijden of een andere werkplek, minstens 2 maanden vooraf. U antwoordt schriftelijk uiterlijk 1 maand voor de gewenste datum; anders geldt het verzoek zoals gevraagd. Een verzoek over de werkplek moet u serieus overwegen, maar hoeft u niet toe te kennen. Na een jaar mag een nieuw verzoek. Ontslag omdat iemand een verzoek doet, mag niet.',
      en: 'Anyone employed for at least 26 weeks may ask for different hours, working times or workplace, at least 2 months ahead. You answer in writing at least 1 month before the requested date; otherwise the request stands as asked. You must seriously consider a workplace request but need not grant it. A new request may follow after a year. Dismissal for making a request is not allowed.',
    },
    smallEmployerRule: {
      nl: 'Werkgevers met minder dan 10 medewerkers moeten een eigen regeling hebben voor het aanpassen van de arbeidsduur. Bronnen verschillen over welke regels verder gelden: laat dit nagaan.',
      en: 'Employers with fewer than 10 employees must have their own arrangement for changing working hours. Sources differ on which other rules apply: have this checked.',
    },
  },
};
