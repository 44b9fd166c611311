// A labelled evaluation set for attribution and quote analysis, written for this project
// (invented stories, no seed text). Each case is a base and a version; labels name an
// attribution by its phrase (as it stands in the base, or in the version when added) and a
// quotation by the start of its words, with the status a careful reader would give.

/** One labelled pair of versions. */
export interface EvalCase {
  name: string;
  base: string;
  version: string;
  attributions: Array<[status: string, phrase: string]>;
  quotes: Array<[status: string, start: string]>;
}

const j = (ps: string[]): string => ps.join('\n\n');

/** The labelled cases. */
export const CASES: EvalCase[] = [
  {
    name: 'harbor dredging (wire copy and a rewrite)',
    base: j([
      'ROTTERDAM (Reuters) — The harbor board approved a dredging contract worth 35 million euros on Monday, according to a statement from the port authority.',
      '“We will monitor the water every week, and we will publish the results,” board chair Elena Marsh said.',
      'Environmental groups warned that the work could stir up old paint residue, according to a letter seen by Reuters.',
      'A senior port official said the first vessels would arrive in March.',
      '“The channel has been silting for a decade,” Marsh told reporters. “We could not wait any longer.”',
      'Critics on the council called the vote rushed, the Harbor Gazette reported.',
      'Reporting by Anna Visser; Reuters contributed to this report.',
    ]),
    version: j([
      'The harbor board approved a dredging contract worth 35 million euros on Monday, according to a statement.',
      '“We will monitor the water every week and publish the results,” board chair Elena Marsh said.',
      'Environmental groups warned that the work could stir up old paint residue, according to a letter seen by Reuters.',
      'People familiar with the matter said the first vessels would arrive in March.',
      '“The channel has been silting for a decade,” Ms. Marsh told reporters.',
      'Critics on the council called the vote rushed.',
      'Port workers welcomed the decision, a union spokesman said.',
    ]),
    attributions: [
      ['changed', 'ROTTERDAM (Reuters) —'],
      ['changed', 'according to a statement from the port authority'],
      ['kept', 'board chair Elena Marsh said'],
      ['kept', 'according to a letter seen by Reuters'],
      ['changed', 'A senior port official said'],
      ['kept', 'Marsh told reporters'],
      ['dropped', 'the Harbor Gazette reported'],
      ['dropped', 'Reuters contributed to this report'],
      ['added', 'a union spokesman said'],
    ],
    quotes: [
      ['trimmed', 'We will monitor the water'],
      ['identical', 'The channel has been silting'],
      ['dropped', 'We could not wait'],
    ],
  },
  {
    name: 'school closures (US and UK editions)',
    base: j([
      'By Daniel Okafor',
      'LEEDS — Three primary schools will close next year, the county council said in a statement on Tuesday.',
      '“This is a difficult decision, but the buildings are no longer safe for children,” said council leader Priya Nair.',
      'Parents organized a protest outside the town hall. “Nobody asked us what we wanted,” said Tom Berry, whose two children attend one of the schools.',
      'He added that families had not been offered transport to the new sites.',
      'The closures will save about 2 million pounds a year, according to council figures.',
      'An education researcher at the University of Leeds, Maria Costa, noted that rural closures often lengthen school journeys.',
      '“Children in villages pay the price for these savings,” she said.',
    ]),
    version: j([
      'LEEDS: Three primary schools will close next year, the county council announced on Tuesday.',
      '“This is a difficult decision, but the buildings are no longer safe for children,” said council leader Priya Nair.',
      'Parents organised a protest outside the town hall. “Nobody asked us what we wanted,” said parent Tom Berry.',
      'The closures will save about 2 million pounds a year, according to council figures.',
      'Maria Costa, an education researcher, noted that rural closures often lengthen school journeys.',
      '“Children in villages pay the price for these savings,” Costa said.',
      '“The council has ignored the countryside for years,” a local councillor told the BBC.',
    ]),
    attributions: [
      ['dropped', 'By Daniel Okafor'],
      ['changed', 'LEEDS —'],
      ['changed', 'the county council said in a statement'],
      ['kept', 'said council leader Priya Nair'],
      ['kept', 'said Tom Berry'],
      ['dropped', 'He added'],
      ['kept', 'according to council figures'],
      ['kept', 'Maria Costa, noted'],
      ['kept', 'she said'],
      ['added', 'a local councillor told the BBC'],
    ],
    quotes: [
      ['identical', 'This is a difficult decision'],
      ['identical', 'Nobody asked us'],
      ['identical', 'Children in villages pay'],
      ['added', 'The council has ignored'],
    ],
  },
  {
    name: 'drug trial (paraphrase, reattribution, alteration)',
    base: j([
      'GENEVA (AFP) — A malaria vaccine cut severe cases by half in a two-year trial, the World Health Organization said on Thursday.',
      '“These results could save hundreds of thousands of young lives every year,” said Dr. Amina Diallo, who led the trial.',
      'The vaccine must be given in four doses, which makes it hard to deliver in remote areas, according to a report by Doctors Without Borders.',
      '“We need a single-dose vaccine before we can reach every village,” the group’s medical director, Paul Keller, said.',
      'Health ministers from twelve countries have asked for early access, the agency said.',
      '“Funding is the main obstacle now,” Diallo added.',
      '“This is not yet a solution for every region,” a WHO official warned.',
    ]),
    version: j([
      'A malaria vaccine cut severe cases by half in a two-year trial, the World Health Organization said on Thursday.',
      'Dr. Amina Diallo, who led the trial, said the results could save hundreds of thousands of young lives every year.',
      'The vaccine must be given in four doses, which makes it hard to deliver in remote areas, according to a report by Doctors Without Borders.',
      '“We need a single-dose vaccine before we can reach every village,” said Amina Diallo.',
      'Health ministers from twelve countries have asked for early access, according to the agency.',
      '“Funding is the biggest obstacle right now,” Diallo added.',
      'The vaccine maker declined to comment, Reuters reported.',
    ]),
    attributions: [
      ['changed', 'GENEVA (AFP) —'],
      ['kept', 'the World Health Organization said'],
      ['kept', 'said Dr. Amina Diallo'],
      ['kept', 'according to a report by Doctors Without Borders'],
      ['changed', 'the group’s medical director, Paul Keller, said'],
      ['changed', 'the agency said'],
      ['kept', 'Diallo added'],
      ['dropped', 'a WHO official warned'],
      ['added', 'Reuters reported'],
    ],
    quotes: [
      ['paraphrased', 'These results could save'],
      ['reattributed', 'We need a single-dose'],
      ['altered', 'Funding is the main'],
      ['dropped', 'This is not yet a solution'],
    ],
  },
  {
    name: 'factory fire (typography, ellipsis, single quotes, multi-paragraph)',
    base: j([
      'By The Associated Press',
      'A fire destroyed a textile warehouse in the industrial district overnight, the fire service said.',
      '"The roof collapsed within twenty minutes. We pulled everyone back," said fire chief Lena Brandt.',
      '"Nobody was inside when it started, and that is the only good news tonight.',
      '"We will be here until the morning," Brandt said.',
      "The owner, Karl Weiss, said the building was insured. 'We will rebuild, and every worker will be paid,' he said.",
      'Police are investigating the cause, according to a police spokesman.',
      'Neighbours described a loud bang before the flames. "It sounded like a bomb going off in the street," one resident told the local paper.',
      'The warehouse appeared in the documentary "The Last Weavers of Lindau" last year.',
    ]),
    version: j([
      'A fire destroyed a textile warehouse in the industrial district overnight, the fire service said.',
      '“The roof collapsed within twenty minutes… We pulled everyone back,” said fire chief Lena Brandt.',
      '“Nobody was inside when it started, and that is the only good news tonight.',
      '“We will be here until the morning,” Brandt said.',
      'The owner, Karl Weiss, said the building was insured. ‘We will rebuild, and every worker will be paid,’ he said.',
      'Police are investigating the cause, according to police.',
      'Neighbours described a loud bang before the flames. “It sounded like a bomb going off,” one resident told the local paper.',
      'Insurance experts said losses could reach several million, the Chronicle reported.',
    ]),
    attributions: [
      ['dropped', 'By The Associated Press'],
      ['kept', 'the fire service said'],
      ['kept', 'said fire chief Lena Brandt'],
      ['kept', 'Brandt said'],
      ['kept', 'Karl Weiss, said'],
      ['kept', 'he said'],
      ['changed', 'according to a police spokesman'],
      ['kept', 'one resident told the local paper'],
      ['added', 'Insurance experts said'],
      ['added', 'the Chronicle reported'],
    ],
    quotes: [
      ['typography', 'The roof collapsed'],
      ['typography', 'Nobody was inside'],
      ['identical', 'We will rebuild'],
      ['trimmed', 'It sounded like a bomb'],
    ],
  },
];
