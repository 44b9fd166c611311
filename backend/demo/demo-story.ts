// The demo library: one invented story, four republications and one independent report, each showing a different
// kind of change. Everything here is fiction (town, people, companies, outlets); it is the
// first thing a new user opens, so it reads like real wire copy rather than a test fixture.
//
// Paragraphs are arrays joined with '\n\n' rather than template literals, because template
// literals would keep this file's indentation inside the text. Paragraphs that a reprint
// carries unchanged are taken from the original with `original(n)`, so "verbatim" stays
// verbatim when the original is edited. README.md in this folder lists, paragraph by
// paragraph, which version shows which change; the e2e tests pin those facts.

/** One version of the demo story. */
export interface DemoVersion {
  /** The outlet that published this version. */
  outlet: string;
  /** The headline as that outlet ran it. */
  title: string;
  /** The byline as printed ("By Nora Castellane"), or null when the version has none. */
  byline: string | null;
  /** Publication date, ISO 8601 (YYYY-MM-DD). */
  published: string;
  /** An invented address on a reserved example.* domain. */
  url: string;
  /** The text: paragraphs separated by a blank line, LF line endings. */
  text: string;
}

/** The demo story as a whole. */
export interface DemoStory {
  /** The story's title in the library (the original's headline). */
  title: string;
  /** What a new user should look for, in a few sentences. */
  notes: string;
  /** The original first, then the republications. */
  versions: DemoVersion[];
}

/** The original, as the Port Ellis Gazette ran it: 16 paragraphs, curly quotes throughout. */
const ORIGINAL: readonly string[] = [
  // 1
  'PORT ELLIS, Maine — The Port Ellis Town Council voted 5-2 late Monday to let an offshore wind developer bring its export cable ashore at Gull Point, ending a seven-month dispute that had split the harbor town and filled the high school gym for three public hearings.',
  // 2
  'The decision clears the way for Northwind Array, a consortium of two energy companies, to bury a high-voltage cable under the beach at the end of Sextant Road and run it 2.3 miles inland to a new substation near the town recycling center. In exchange, the company has agreed to pay the town $4.2 million over 10 years under a community benefit agreement that councilors approved in the same vote.',
  // 3
  '“This was the hardest vote I have taken in eleven years on this council,” Mayor Thomas J. Reardon said after the meeting. “But I could not look at a budget with a hole in it the size of our harbor wall and turn down four million dollars because a trench would be inconvenient for one summer.”',
  // 4
  'The money would be paid in annual installments, with the first $600,000 due when construction begins. Town Manager Grace Whitcomb said about 40 percent of it is earmarked for repairs to the harbor wall, which was damaged in the January storms, and the rest for a marine trades training program at the high school and a fund to compensate fishermen for lost gear.',
  // 5
  'Harbormaster Ada Lind, who had asked the council to delay the vote until spring after complaints about the behavior of survey boats last summer, said she was satisfied with changes the developer made last week. Under the revised plan, cable-laying vessels will stay out of the inner channel between June 15 and Labor Day, and work near the moorings will be limited to daylight hours.',
  // 6
  '“I got most of what I asked for, and I’m not going to pretend otherwise,” Lind told the Gazette on Tuesday. “My job is to keep the channel open and the boats safe. If they keep to the schedule they signed, we’ll be fine. If they don’t, they’ll hear from me before they hear from anybody else.”',
  // 7
  'Northwind Array said in a statement that it was “grateful to the people of Port Ellis for a long and honest conversation” and would hold monthly public meetings during construction. The company expects to begin drilling under the beach in the fall of 2025, according to filings with the state Public Utilities Commission.',
  // 8: the dissenting source, dropped (with 9) by the Westerly Chronicle.
  'Not everyone was persuaded. Delia Marchetti, who chairs the Gull Point Neighbors Association and organized a petition that gathered more than 1,100 signatures, said the council had rushed the vote to meet a state deadline and brushed aside questions about how the cable would affect the eelgrass beds off the point.',
  // 9
  '“They had the answer before they had the hearing,” Marchetti said. “We asked for an independent survey of the eelgrass and we were told there wasn’t time. There was time for everything else.” She said the association was considering an appeal to the state’s coastal review board.',
  // 10: the Coast Ledger stops after this paragraph.
  'Councilors Ruth Anselm and Martin Greely cast the two votes against the plan. Greely said he was in favor of wind power in general but objected to the site. “Gull Point is the one stretch of shoreline in this town that nobody has ever built on,” he said. “Once you dig it up, you don’t get to un-dig it.”',
  // 11: the unnamed source.
  'A council official who was not authorized to speak publicly said the timing of the vote was driven by the developer’s need to file its final route with state regulators by March 31. Had the council waited, the official said, Northwind Array had signaled that it would move the landing to neighboring Calder Cove, and the benefit payments would have gone there instead.',
  // 12
  'Local fishermen were divided. Caleb Dunmore, who has fished for lobster from the town landing for 30 years and sits on the board of the Port Ellis Fishermen’s Cooperative, a 60-member organization, said the gear fund had reassured him but he wanted to see it in writing. “A promise on a Monday night is worth what it costs to make,” he said. “I’ll believe it when the check clears.”',
  // 13: the Tidewater Daily moves this paragraph up to third.
  'The Gull Point cable is part of Northwind Array’s proposed 18-turbine project about 20 miles offshore, which the company says would produce enough electricity for roughly 140,000 homes. Supporters say it could meet about 6 percent of the state’s electricity demand once complete; opponents have questioned those estimates and the project’s effect on fishing grounds.',
  // 14
  'Under the agreement, the developer must post a $250,000 restoration bond that the town can draw on if construction damages the beach or the dunes behind it, and an independent monitor chosen by the council will report on the work each month. Northwind Array must also repave the parking lot at Sextant Road and replant the dune grass by the following June.',
  // 15
  'Reardon said the council would post the full text of the agreement on the town website this week and hold a question-and-answer session at the library on March 21. “People are entitled to read every line of it,” he said. “I would rather be argued with on the facts than trusted on faith.”',
  // 16
  'The state’s coastal review board is expected to rule on Northwind Array’s permit applications this summer. Work on the offshore turbines themselves is not expected to start before 2027.',
];

/** Paragraph n (1-based) of the original, for reprints that carry it unchanged. */
function original(n: number): string {
  const paragraph = ORIGINAL[n - 1];
  if (paragraph === undefined) throw new Error(`The demo original has no paragraph ${n}.`);
  return paragraph;
}

/** Paragraphs 'from' to 'to' (1-based, inclusive) of the original. */
function originalRange(from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += 1) out.push(original(n));
  return out;
}

/** Blocks separated by a blank line. */
const paragraphs = (...blocks: string[]): string => blocks.join('\n\n');

/** Page furniture that arrives as single-newline lines (share buttons and the like). */
const lines = (...items: string[]): string => items.join('\n');

const TITLE = 'Port Ellis council approves wind cable landing at Gull Point after heated meeting';

/** The original. */
const gazette: DemoVersion = {
  outlet: 'Port Ellis Gazette',
  title: TITLE,
  byline: 'By Nora Castellane',
  published: '2024-03-12T06:15:00-04:00',
  url: 'https://example.org/port-ellis-gazette/2024/03/12/council-approves-gull-point-cable',
  text: paragraphs(...ORIGINAL),
};

/** Trimmed ending: the first 10 of 16 paragraphs, verbatim. */
const coastLedger: DemoVersion = {
  outlet: 'The Coast Ledger',
  title: TITLE,
  byline: 'By Nora Castellane',
  published: '2024-03-13T09:00:00-04:00',
  url: 'https://example.com/coast-ledger/news/2024/03/13/port-ellis-wind-cable-vote',
  text: paragraphs(...originalRange(1, 10)),
};

/** Reordered: paragraph 13 (the project background) moved up to third; otherwise verbatim. */
const tidewaterDaily: DemoVersion = {
  outlet: 'The Tidewater Daily',
  title: 'Port Ellis approves Gull Point landing for offshore wind cable',
  byline: 'By Nora Castellane, Port Ellis Gazette',
  published: '2024-03-12T16:40:00-04:00',
  url: 'https://example.net/tidewater-daily/region/2024/03/12/port-ellis-gull-point-landing',
  text: paragraphs(
    ...originalRange(1, 2),
    original(13),
    ...originalRange(3, 12),
    ...originalRange(14, 16),
  ),
};

/**
 * The Harbor Press Agency's rewrite of the original, as its clients ran it: agency credit in
 * the dateline, reworded sentences with hedges, $4.2 million rounded to $4 million, the
 * mayor's name shortened, one quote altered and one trimmed with an ellipsis, and a closing
 * paragraph of background the original does not have.
 */
const AGENCY_COPY: readonly string[] = [
  'PORT ELLIS, Maine (Harbor Press Agency) — The Port Ellis Town Council voted 5-2 late Monday to allow an offshore wind developer to bring its export cable ashore at Gull Point, ending a seven-month dispute that had divided the harbor town and packed the high school gym for three public hearings.',
  'The vote clears the way for Northwind Array to bury a high-voltage cable beneath the beach at the end of Sextant Road and run it 2.3 miles inland to a new substation. In return, the company will reportedly pay the town $4 million over 10 years under a community benefit agreement that councilors approved at the same time.',
  '“This was the toughest vote I have cast in eleven years on this council,” Mayor Thomas Reardon said after the meeting. “But I could not look at a budget with a hole in it the size of our harbor wall and turn down four million dollars because a trench would be inconvenient for one summer.”',
  'The payments would arrive in yearly installments, beginning with $600,000 when construction starts. About 40 percent is earmarked for repairs to the harbor wall, which was damaged in the January storms, according to Town Manager Grace Whitcomb; the remainder would go to a marine trades training program at the high school and a fund to compensate fishermen for lost gear.',
  original(5),
  '“I got most of what I asked for, and I’m not going to pretend otherwise,” Lind told the Port Ellis Gazette on Tuesday. “My job is to keep the channel open and the boats safe. ... If they don’t, they’ll hear from me before they hear from anybody else.”',
  'In a statement, Northwind Array said it was “grateful to the people of Port Ellis for a long and honest conversation” and pledged to hold monthly public meetings during construction. Drilling under the beach is expected to begin in the fall of 2025, according to filings with the state Public Utilities Commission.',
  ...originalRange(8, 10),
  'A council official who was not authorized to speak publicly said the vote’s timing was dictated by the developer’s need to file its final route with state regulators by March 31. Northwind Array had allegedly warned that it would move the landing to neighboring Calder Cove if the council waited, the official said, taking the benefit payments with it.',
  ...originalRange(12, 16),
  'The Gull Point landing is the second the state has cleared for an offshore wind cable. The first, at Wrenfield Harbor, was approved in 2022 and is still waiting for its turbines.',
];

/** The agency rewrite, with a bulleted share list scraped from the page. */
const seaboardPost: DemoVersion = {
  outlet: 'Seaboard Post',
  title: 'Maine town approves offshore wind cable landing after months of dispute',
  byline: null,
  published: '2024-03-12T11:05:00-04:00',
  url: 'https://example.org/seaboard-post/wire/2024/03/12/hpa-port-ellis-wind-cable',
  text: paragraphs(
    ...AGENCY_COPY,
    lines('Share this story', '  • Facebook', '  • X', '  • Email', '  • Copy link'),
  ),
};

/**
 * Another client of the agency, running the same copy that evening under its own headline:
 * it shares the Seaboard Post's rewording and its added paragraph, which the original lacks,
 * so the copy chain places it under the Post rather than under the original.
 */
const capeAlderJournal: DemoVersion = {
  outlet: 'The Cape Alder Journal',
  title: 'Port Ellis says yes to Gull Point wind cable',
  byline: null,
  published: '2024-03-12T18:45:00-04:00',
  url: 'https://example.com/cape-alder-journal/state/2024/03/12/port-ellis-gull-point-cable',
  text: paragraphs(...AGENCY_COPY),
};

const BRITISH_TITLE = 'Port Ellis councillors back wind cable landing at Gull Point';

/**
 * A British reprint, as pasted from its web page: headline twice, share lines, a photo
 * caption, an advertisement slot and a newsletter prompt around the body; British spelling
 * (inside quotes too); "Port Ellis:" for the dateline; the critic Delia Marchetti dropped
 * (original paragraphs 8 and 9); and Ada Lind's quote with straight quotes, otherwise unchanged.
 */
const westerlyChronicle: DemoVersion = {
  outlet: 'The Westerly Chronicle',
  title: BRITISH_TITLE,
  byline: 'By Nora Castellane',
  published: '2024-03-14T08:30:00+00:00',
  url: 'https://example.com/westerly-chronicle/world/2024/mar/14/port-ellis-councillors-wind-cable',
  text: paragraphs(
    BRITISH_TITLE,
    BRITISH_TITLE,
    lines('Share on Facebook', 'Tweet', 'Email'),
    'Harbourmaster Ada Lind at the quay on Tuesday. (Photo: Harbor Press Agency)',
    'Port Ellis: The Port Ellis Town Council voted 5-2 late Monday to let an offshore wind developer bring its export cable ashore at Gull Point, ending a seven-month dispute that had split the harbour town and filled the high school gym for three public hearings.',
    'The decision clears the way for Northwind Array, a consortium of two energy companies, to bury a high-voltage cable under the beach at the end of Sextant Road and run it 2.3 miles inland to a new substation near the town recycling centre. In exchange, the company has agreed to pay the town $4.2 million over 10 years under a community benefit agreement that councillors approved in the same vote.',
    '“This was the hardest vote I have taken in eleven years on this council,” Mayor Thomas J. Reardon said after the meeting. “But I could not look at a budget with a hole in it the size of our harbour wall and turn down four million dollars because a trench would be inconvenient for one summer.”',
    'The money would be paid in annual instalments, with the first $600,000 due when construction begins. Town Manager Grace Whitcomb said about 40 per cent of it is earmarked for repairs to the harbour wall, which was damaged in the January storms, and the rest for a marine trades training programme at the high school and a fund to compensate fishermen for lost gear.',
    'Advertisement',
    'Harbourmaster Ada Lind, who had asked the council to delay the vote until spring after complaints about the behaviour of survey boats last summer, said she was satisfied with changes the developer made last week. Under the revised plan, cable-laying vessels will stay out of the inner channel between June 15 and Labor Day, and work near the moorings will be limited to daylight hours.',
    '"I got most of what I asked for, and I\'m not going to pretend otherwise," Lind told the Gazette on Tuesday. "My job is to keep the channel open and the boats safe. If they keep to the schedule they signed, we\'ll be fine. If they don\'t, they\'ll hear from me before they hear from anybody else."',
    'Northwind Array said in a statement that it was “grateful to the people of Port Ellis for a long and honest conversation” and would hold monthly public meetings during construction. The company expects to begin drilling under the beach in the autumn of 2025, according to filings with the state Public Utilities Commission.',
    'Councillors Ruth Anselm and Martin Greely cast the two votes against the plan. Greely said he was in favour of wind power in general but objected to the site. “Gull Point is the one stretch of shoreline in this town that nobody has ever built on,” he said. “Once you dig it up, you don’t get to un-dig it.”',
    'A council official who was not authorised to speak publicly said the timing of the vote was driven by the developer’s need to file its final route with state regulators by March 31. Had the council waited, the official said, Northwind Array had signalled that it would move the landing to neighbouring Calder Cove, and the benefit payments would have gone there instead.',
    'Local fishermen were divided. Caleb Dunmore, who has fished for lobster from the town landing for 30 years and sits on the board of the Port Ellis Fishermen’s Cooperative, a 60-member organisation, said the gear fund had reassured him but he wanted to see it in writing. “A promise on a Monday night is worth what it costs to make,” he said. “I’ll believe it when the cheque clears.”',
    'The Gull Point cable is part of Northwind Array’s proposed 18-turbine project about 20 miles offshore, which the company says would produce enough electricity for roughly 140,000 homes. Supporters say it could meet about 6 per cent of the state’s electricity demand once complete; opponents have questioned those estimates and the project’s effect on fishing grounds.',
    'Under the agreement, the developer must post a $250,000 restoration bond that the town can draw on if construction damages the beach or the dunes behind it, and an independent monitor chosen by the council will report on the work each month. Northwind Array must also repave the car park at Sextant Road and replant the dune grass by the following June.',
    'Sign up for our morning newsletter to get the day’s top stories in your inbox.',
    'Reardon said the council would post the full text of the agreement on the town website this week and hold a question-and-answer session at the library on 21 March. “People are entitled to read every line of it,” he said. “I would rather be argued with on the facts than trusted on faith.”',
    original(16),
  ),
};

/**
 * An independent report of the same meeting by a radio newsroom: its own reporting and its
 * own words, in its own order, so the engine calls it not derived. Its paragraphs still
 * correspond to the original's by facts (the 5-2 vote, $4.2 million, Marchetti's 1,100
 * signatures, the March 31 deadline); it quotes Marchetti too, reports the mayor rather than
 * quoting him, and brings in a scientist the original does not have.
 */
const harborLightRadio: DemoVersion = {
  outlet: 'Harbor Light Radio',
  title: 'Gull Point picked as landfall for offshore wind line',
  byline: 'By Samuel Okafor',
  published: '2024-03-12T13:30:00-04:00',
  url: 'https://example.net/harbor-light-radio/news/2024/03/12/gull-point-wind-line',
  text: paragraphs(
    'Gull Point will become the landfall for an offshore wind power line after Port Ellis councilors sided 5-2 with Northwind Array on Monday night, closing a fight that had dragged on since last summer.',
    'Northwind Array will hand the town $4.2 million across 10 years in return. Mayor Thomas Reardon told the crowd in the high school gym that the harbor wall, battered by storms in January, could not wait for another offer, and that turning the money away would have been irresponsible.',
    'Opponents say the council moved too fast. “Nobody has looked at the eelgrass, and now nobody will,” said Delia Marchetti, whose Gull Point Neighbors Association collected over 1,100 signatures against the landing. Her group may take its case to the coastal review board, she added.',
    'Dr. Miriam Osei, who studies seagrass at the Casco Bay Marine Laboratory, said eelgrass meadows can take a decade to recover once a trench is cut through them. “The survey the neighbors wanted would have cost a few weeks,” Osei said.',
    'Timing mattered: Northwind Array had to lodge its final route with regulators by March 31, and Calder Cove, the next town over, stood ready to take the landing and the payments if Port Ellis balked, two people briefed on the talks told Harbor Light Radio.',
    'Once built, the 18 turbines Northwind Array plans far out to sea could light roughly 140,000 homes, by the company’s count. None of them will go up before 2027.',
  ),
};

/** The demo story: an invented story with an original and republications showing every kind of change. */
export const demoStory: DemoStory = {
  title: TITLE,
  notes:
    'The Coast Ledger trims the ending after paragraph 10, and the Tidewater Daily moves the paragraph about the 18-turbine project from near the end up to third. The Seaboard Post runs a Harbor Press Agency rewrite: credit in the dateline, reworded sentences with “reportedly” and “allegedly”, $4.2 million rounded to $4 million, the mayor’s quote altered and the harbourmaster’s trimmed, a paragraph of background added; the Cape Alder Journal runs the same agency copy, so “Who copied whom” places it under the Post. The Westerly Chronicle uses British spelling (even inside quotes), changes the dateline to “Port Ellis:”, drops the critic Delia Marchetti, straightens the quotes in Ada Lind’s paragraph, and keeps the share buttons, photo caption, advertisement and newsletter prompt from its web page. Harbor Light Radio reported the meeting on its own: not derived, yet paragraph by paragraph it reports the same facts and quotes the same critic.',
  versions: [
    gazette,
    coastLedger,
    tidewaterDaily,
    seaboardPost,
    westerlyChronicle,
    harborLightRadio,
    capeAlderJournal,
  ],
};
