/**
 * The measures: what a count claim counts. A closed vocabulary, declared here once: the entry
 * schema accepts only these ids (an unknown one is refused with "did you mean"), the JSON Schema
 * and the field reference list them with their definitions, and pages show their labels.
 * Two counts conflict only when they share a measure and a subject, so an id stands for one
 * thing counted in one way; a new kind of figure gets a new measure here, in the same pull request.
 */

export interface Measure {
  /** Words for headings and chart titles: "U.S. agents in Mexico". */
  readonly label: string;
  /** One sentence saying what is counted, and of whom (the `subject`), as entries use it. */
  readonly definition: string;
}

export const MEASURES = {
  'agencies-with-agents-in-mexico': {
    label: 'U.S. agencies with agents in Mexico',
    definition: 'U.S. government agencies with agents accredited in Mexico; subject `us-federal-government`.',
  },
  'agents-awaiting-visas-for-mexico': {
    label: 'Agents awaiting Mexican visas',
    definition: 'An agency’s agents or analysts whose Mexican work visas or accreditation were pending or withheld at the time; subject the agency.',
  },
  'agents-in-mexico': {
    label: 'U.S. agents in Mexico',
    definition:
      'U.S. government agents or personnel working in Mexico, as the source counts them (head-counts, accredited agents, authorised posts); subject the agency, or `us-federal-government` for all agencies together.',
  },
  'agents-opposing-strategy': {
    label: 'Agents opposing the strategy',
    definition: 'Agents or managers of an agency who objected to an investigative strategy; subject the agency.',
  },
  'ammunition-rounds-seized': {
    label: 'Rounds of ammunition seized',
    definition: 'Rounds of ammunition seized; subject the unit or initiative that seized them.',
  },
  'cases-indicted': {
    label: 'Cases indicted',
    definition: 'Criminal cases in which grand juries returned indictments; subject the prosecuting office.',
  },
  'charges-in-indictment': {
    label: 'Charges in an indictment',
    definition: 'Counts (charges) in one indictment; subject the prosecuting office.',
  },
  'countries-with-employees': {
    label: 'Countries with the agency’s employees',
    definition: 'Foreign countries in which an agency has employees; subject the agency.',
  },
  'defendants-arrested': {
    label: 'People arrested',
    definition: 'People arrested in a case or operation; subject the arresting agency or task force.',
  },
  'defendants-charged-in-related-cases': {
    label: 'People charged in related cases',
    definition: 'People charged in cases a prosecuting office announces alongside, and separately from, its main case; subject the prosecuting office.',
  },
  'defendants-convicted': {
    label: 'Defendants convicted',
    definition: 'Defendants convicted at trial or pleading guilty in a case; subject the prosecuting office.',
  },
  'defendants-indicted': {
    label: 'Defendants indicted',
    definition: 'People indicted or charged in a case; subject the prosecuting office or court.',
  },
  'disciplinary-referrals': {
    label: 'Referrals for discipline',
    definition: 'People referred for possible discipline after a review; subject the referring office.',
  },
  'documents-reviewed': {
    label: 'Documents reviewed',
    definition: 'Documents reviewed for an inspector general’s review; subject the reviewing office.',
  },
  'dollars-paid-for-firearms': {
    label: 'Dollars paid for firearms',
    definition: 'U.S. dollars an investigation’s suspects paid for firearms; subject the office running the investigation.',
  },
  'drug-violence-deaths': {
    label: 'Deaths in drug-trafficking violence',
    definition: 'People killed in drug-trafficking violence over a period; subject the country (`mexico`).',
  },
  'employees-abroad': {
    label: 'Employees abroad',
    definition: 'An agency’s agents or employees stationed in other countries; subject the agency.',
  },
  'federal-firearms-licensees': {
    label: 'Licensed firearms dealers',
    definition: 'Federal firearms licensees (licensed gun dealers) in a region; subject the licensing agency (`atf`).',
  },
  'fifty-caliber-rifles-purchased': {
    label: '.50-caliber rifles bought',
    definition: '.50-caliber rifles among the firearms an investigation’s suspects bought; subject the office running the investigation.',
  },
  'firearm-permits-for-foreign-agents': {
    label: 'Firearm permits for foreign agents',
    definition: 'Permits to carry firearms granted to agents of foreign organisations in Mexico; subject the granting body (`sedena`).',
  },
  'firearms-purchased': {
    label: 'Firearms bought',
    definition: 'Firearms bought by an investigation’s suspects; subject the agency office running the investigation.',
  },
  'firearms-purchased-after-suspects-known': {
    label: 'Firearms bought after the buyers were known',
    definition: 'Firearms bought by an investigation’s suspects after agents knew them as suspects; subject the office running the investigation.',
  },
  'firearms-purchased-by-suspect': {
    label: 'Firearms bought by one suspect',
    definition: 'Firearms bought by one named suspect of an investigation; subject the suspect.',
  },
  'firearms-recovered': {
    label: 'Firearms recovered',
    definition:
      'Firearms from an investigation later recovered (at crime scenes, in Mexico or the U.S.), a cumulative total as of its date; subject the office running the investigation.',
  },
  'firearms-recovered-in-one-recovery': {
    label: 'Firearms found in one recovery',
    definition: 'Firearms recovered in a single recovery (one place, one day) and traced to an investigation; subject the office running the investigation.',
  },
  'firearms-recoveries': {
    label: 'Recoveries of firearms',
    definition: 'Recoveries (seizure events) of an investigation’s firearms, not the firearms themselves; subject the office running the investigation.',
  },
  'firearms-seized': {
    label: 'Firearms seized',
    definition: 'Firearms seized by agents during an investigation or initiative; subject the office or initiative.',
  },
  'firearms-traced-to-united-states': {
    label: 'Firearms traced to the United States',
    definition: 'The number of firearms seized in a country and traced to the United States; subject the country.',
  },
  'firearms-unaccounted-for': {
    label: 'Firearms unaccounted for',
    definition: 'Firearms from an investigation not recovered or not traced; subject the office running the investigation.',
  },
  'funding-dollars': {
    label: 'Funding (dollars)',
    definition: 'U.S. dollars appropriated, provided or spent for one recipient; subject the agency or country receiving it.',
  },
  'hearings-held': {
    label: 'Hearings held',
    definition: 'Hearings a congressional committee held in one investigation; subject the committee.',
  },
  'helicopters-delivered': {
    label: 'Helicopters delivered',
    definition: 'Helicopters delivered under an assistance programme; subject the receiving country.',
  },
  'investigations-initiated': {
    label: 'Investigations opened',
    definition: 'Criminal investigations opened; subject the unit or initiative that opened them.',
  },
  'letters-sent': {
    label: 'Letters sent',
    definition: 'Letters a congressional committee sent to an agency in one investigation; subject the committee.',
  },
  'narcotics-affairs-section-staff': {
    label: 'Narcotics Affairs Section staff',
    definition: 'Staff of the U.S. Embassy’s Narcotics Affairs Section in Mexico; subject `narcotics-affairs-section`.',
  },
  'offices-in-mexico': {
    label: 'Offices in Mexico',
    definition: 'Offices of a U.S. agency in Mexico; subject the agency.',
  },
  'oig-recommendations-closed': {
    label: 'Recommendations closed',
    definition:
      'Recommendations of an inspector general’s report that the inspector general considers completed (closed); subject the department they were made to.',
  },
  'pages-of-documents': {
    label: 'Pages of documents',
    definition: 'Pages of documents produced, released or withheld; subject the producing body.',
  },
  'personnel-deployed': {
    label: 'Personnel deployed',
    definition: 'Agency personnel or officers sent to a region or operation; subject the unit, initiative or task force.',
  },
  'police-officers-trained': {
    label: 'Police officers trained',
    definition: 'Police officers trained under an assistance programme; subject the receiving country.',
  },
  'prison-sentence-years': {
    label: 'Years of prison sentence',
    definition: 'Length of a prison sentence in years; subject the person sentenced.',
  },
  'program-funding-dollars': {
    label: 'Programme funding (dollars)',
    definition: 'U.S. dollars a programme provides to several recipients together; subject the managing agency.',
  },
  'report-pages': {
    label: 'Pages of a report',
    definition: 'Length of one report in pages; subject the body that wrote it.',
  },
  'reward-dollars': {
    label: 'Reward (dollars)',
    definition: 'U.S. dollars offered as a reward for information leading to arrests; subject the offering agency.',
  },
  'share-of-funds-expended': {
    label: 'Share of funds spent',
    definition: 'Percent of a programme’s funds spent (expended); subject the managing agency.',
  },
  'share-of-funds-obligated': {
    label: 'Share of funds obligated',
    definition: 'Percent of a programme’s funds obligated; subject the managing agency.',
  },
  'staff-in-mexico': {
    label: 'Staff in Mexico',
    definition: 'All of an agency’s staff in Mexico, agents and support staff together; subject the agency.',
  },
  'subjects-identified': {
    label: 'Suspects identified',
    definition: 'People agents identified as subjects (suspects) of an investigation; subject the office running it.',
  },
  'subpoenas-issued': {
    label: 'Subpoenas issued',
    definition: 'Subpoenas a congressional committee issued in one investigation; subject the committee.',
  },
  'traced-firearms-from-united-states': {
    label: 'Share of traced firearms from the United States',
    definition: 'Percent of the firearms seized in a country and traced that came from the United States; subject the country.',
  },
  'transcribed-interviews': {
    label: 'Transcribed interviews',
    definition: 'Transcribed interviews a congressional committee conducted in one investigation; subject the committee.',
  },
  'us-cities-with-dto-distribution': {
    label: 'U.S. cities with drug distribution',
    definition: 'U.S. cities where an organisation maintains drug distribution networks or supplies distributors; subject the organisation.',
  },
  'visas-for-agents-in-mexico': {
    label: 'Visas for agents in Mexico',
    definition: 'Work visas Mexico granted, or agreed or offered to grant, to an agency’s agents; subject the agency.',
  },
  'votes-against': {
    label: 'Votes against',
    definition: 'Votes cast against one motion; subject the chamber or committee (one motion per date).',
  },
  'votes-for': {
    label: 'Votes for',
    definition: 'Votes cast for one motion; subject the chamber or committee (one motion per date).',
  },
  'witnesses-interviewed': {
    label: 'Witnesses interviewed',
    definition: 'Witnesses interviewed for an inspector general’s review; subject the reviewing office.',
  },
} as const satisfies Record<string, Measure>;

export type MeasureId = keyof typeof MEASURES;

/** Every measure id, in alphabetical order. */
export const MEASURE_IDS = Object.keys(MEASURES).sort() as [MeasureId, ...MeasureId[]];

export function isMeasureId(id: string): id is MeasureId {
  return Object.hasOwn(MEASURES, id);
}

/** The measure's label; an id outside the vocabulary (only in old data) is shown as words. */
export function measureLabel(measure: string): string {
  if (isMeasureId(measure)) return MEASURES[measure].label;
  const words = measure.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
