// Invented texts for the derivation tests (our own writing): a wire story about a food
// recall written from a company statement and an agency notice, a spun copy of it, and an
// independent report written from the same statement and notice.

/** The wire story. */
export const WIRE = [
  'Northwind Foods Inc. is recalling about 48,000 pounds of frozen chicken dumplings after customers reported finding pieces of hard plastic in the product, the company said on Thursday.',
  'The recall covers 16-ounce bags of Golden Harvest Chicken Potstickers with lot codes NF2291A and NF2291B and best-by dates of March 3, 2025, the U.S. Department of Agriculture said in a notice.',
  '“We are taking this step out of an abundance of caution and we regret any inconvenience to our customers,” Northwind Foods said in a statement.',
  'The dumplings were shipped to grocery stores in Ohio, Michigan, Indiana, Kentucky and Pennsylvania between Jan. 4 and Feb. 11.',
  'No injuries have been confirmed, but the agency said it was concerned that some of the bags might still be sitting in home freezers.',
  'Shoppers who bought the product are urged not to eat it and should throw it away or return it to the store for a full refund.',
  'The company traced the problem to a conveyor belt that broke apart at its plant in Dayton late last year, according to a person familiar with the investigation who was not authorized to speak publicly.',
  'It is the second recall for the frozen food maker in less than two years; in 2023 it pulled nearly 20,000 pounds of beef burritos over labeling errors.',
];

/**
 * A spun copy: reporting verbs, adjectives, adverbs and some nouns swapped for synonyms,
 * inflections changed, the statement cut and spliced, the facts in the same order.
 */
export const SPUN = [
  'Northwind Foods Inc. is withdrawing approximately 48,000 pounds of icy poultry dumplings after clients reported discovering bits of rigid plastic in the merchandise, the firm stated Thursday.',
  'The recall includes 16-ounce packs of Golden Harvest Chicken Potstickers bearing lot codes NF2291A and NF2291B and best-by dates of March 3, 2025, the U.S. Department of Agriculture stated in a notification.',
  '“We are taking this step out of an abundance of caution,” Northwind Foods stated, adding that it regretted “any inconvenience to our customers.”',
  'The dumplings were transported to food shops in Ohio, Michigan, Indiana, Kentucky and Pennsylvania from Jan. 4 through Feb. 11.',
  'No injuries have yet been corroborated, though the agency stated it was worried that several of the packs could still be resting in household freezers.',
  'Consumers who purchased the item are advised not to consume it and ought to discard it or take it back to the shop for a complete reimbursement.',
  'The business traced the trouble to a conveyor belt that came apart at its factory in Dayton late last year, based on a source acquainted with the probe who was not permitted to talk openly.',
  'This is the second recall for the icy food manufacturer in under two years; in 2023 it withdrew almost 20,000 pounds of beef burritos over labeling mistakes.',
];

/**
 * An independent report of the same recall: the same statement quoted in full, the same
 * names, codes, dates and list of states, its own wording and its own reporting.
 */
export const INDEPENDENT = [
  'Shoppers in five Midwestern and Eastern states should check their freezers for Golden Harvest Chicken Potstickers, federal food safety officials warned Thursday.',
  'The U.S. Department of Agriculture said Northwind Foods Inc. had pulled 48,000 pounds of the frozen snack because bits of plastic turned up in some bags.',
  'Affected packages weigh 16 ounces, carry lot codes NF2291A and NF2291B and have a best-by date of March 3, 2025. They went to stores in Ohio, Michigan, Indiana, Kentucky and Pennsylvania.',
  '“We are taking this step out of an abundance of caution and we regret any inconvenience to our customers,” Northwind Foods said in a statement.',
  'A spokeswoman for the Dayton company declined to say how the plastic got into the food. Nobody has reported getting sick or hurt so far.',
  'Recalls for foreign material have climbed in recent years, said Maria Lopez, a food safety researcher at Ohio State University, who noted that plants rely more heavily on automated equipment.',
  '“A single broken part on a line can end up in thousands of packages before anyone notices,” Lopez said.',
];

/**
 * A heavier spin of the same story, as the issue measured on real spun copies (4-gram
 * coverage under 0.2): nearly every verb, adjective and adverb swapped, the statement cut to
 * two fragments and spliced, details trimmed.
 */
export const SPUN_HEAVY = [
  'Northwind Foods Inc. is withdrawing approximately 48,000 pounds of icy poultry dumplings after clients described discovering fragments of rigid plastic in the merchandise, the firm stated Thursday.',
  'The action includes 16-ounce packs of Golden Harvest potstickers bearing codes NF2291A and NF2291B, the Agriculture Department stated in a notification.',
  '“We regret any inconvenience,” Northwind stated, calling the move a step taken “out of an abundance of caution.”',
  'The dumplings were transported to food shops across Ohio, Michigan, Indiana, Kentucky and Pennsylvania during January and February.',
  'No injuries have yet been corroborated, though the agency stated it was worried several packs could still be resting in household freezers.',
  'Consumers who purchased the item ought to discard it or take it back to the shop for a complete reimbursement, officials advised.',
  'The business traced the trouble to a conveyor that came apart at its Dayton factory late last year, based on a source acquainted with the probe who was not permitted to talk openly.',
  'This is the second recall for the producer in under two years; in 2023 it withdrew almost 20,000 pounds of burritos over labeling mistakes.',
];
