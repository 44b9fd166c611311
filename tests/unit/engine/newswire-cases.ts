// Sentence-splitting cases in newswire style, written for this project. Each case lists the
// expected sentences; the paragraph is their concatenation with single spaces. Used by
// sentences.test.ts and by bench/engine-sentences.ts (which also scores Intl.Segmenter).

/** Expected sentences of one newswire paragraph. */
export type NewswireCase = readonly string[];

/** The cases: abbreviations, titles, months, numbers, quotes followed by attributions. */
export const newswireCases: readonly NewswireCase[] = [
  ['The U.S. Senate voted on Tuesday.', 'The bill now goes to the House.'],
  ['Mr. Smith went to Washington.', 'He met Gov. Jerry Brown there.'],
  ['The hearing is set for Jan. 15 in Sacramento.', 'Officials declined to comment.'],
  ['He lives at No. 10 Downing Street.', 'The prime minister was out.'],
  ['“We will not back down,” he said.', '“Never.”'],
  ['“Is this the end?” she asked.', 'Nobody answered.'],
  ['“Stop!” Smith shouted.', 'The crowd fell silent.'],
  ['The company moved to the U.S.', 'It later went public.'],
  ['Shares of Apple Inc. rose 3.5% to $150.25.', 'Analysts were surprised.'],
  ['Dr. Jane Doe, 45, of St. Louis, said the results were clear.'],
  ['The rate fell to 2.5 percent in Nov. 2019.', 'It has since recovered.'],
  ['Sen. Elizabeth Warren (D-Mass.) spoke first.', 'Rep. Kevin McCarthy (R-Calif.) followed.'],
  ['It happened at 9 a.m. Monday, police said.', 'Two people were hurt.'],
  ['"We have done nothing wrong."', "That was the company's only statement."],
  ['He was born on Aug. 4, 1961, in Honolulu.', 'He became president in 2009.'],
  ['John F. Kennedy Airport was closed for an hour.', 'Flights were diverted to Newark.'],
];
