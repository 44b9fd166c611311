// Words that every JavaScript object answers to ("constructor", "toString", "__proto__"…) are
// ordinary words of a text: an article about a building firm says "constructor". The engine
// looked some words up in plain objects, so "constructor" found Object's constructor function
// and compare() threw a TypeError. Found while profiling the synonym fold (issue 8).
import { describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../../engine/index.js';
import { foldWord } from '../../../engine/relations/derivation/synonyms.js';
import { monthOf } from '../../../engine/relations/correspondence/correspondence-items.js';
import { checkAccounting } from './accounting.js';
import { schemaErrors } from './schema.js';

/** Every property name a plain object has, as words ("constructor", "hasOwnProperty"…). */
const OBJECT_WORDS = Object.getOwnPropertyNames(Object.prototype);

const story = (words: readonly string[]) =>
  [
    'Constructor Wins Harbour Contract',
    `By Ann Holt`,
    `The constructor said on Tuesday that it would start work in March. “We ${words.join(' ')} and more,” said Toby Constructor, its director.`,
    `Critics of the toString plan, valueOf campaigners and hasOwnProperty residents said the ${words.join(', ')} were not enough, according to Constructor officials.`,
    `Constructor constructor Constructors said ${words.map((w) => w.toUpperCase()).join(' ')}.`,
  ].join('\n\n');

function compared(a: string, b: string): Comparison {
  return compare(
    [
      { id: 'a', text: a },
      { id: 'b', text: b },
    ],
    { base: 0 },
  );
}

describe("words that are an object's property names", () => {
  it('fold to themselves like any other word', () => {
    for (const w of OBJECT_WORDS) {
      expect(typeof foldWord(w.toLowerCase())).toBe('string');
      expect(monthOf(w)).toBeNull();
    }
  });

  it('compare without error: a text compared with itself comes out identical', () => {
    const text = story(OBJECT_WORDS);
    const r = compared(text, text);
    expect(schemaErrors(r)).toBe('');
    const pair = r.pairs[0];
    if (pair === undefined) throw new Error('no pair');
    checkAccounting(r, pair);
    expect(pair.stats.similarity).toBe(1);
    expect(pair.derivation.label).toBe('wholly');
    expect(pair.attributions.every((a) => a.status === 'kept')).toBe(true);
  });

  it('compare without error when a reprint drops and rewords them', () => {
    const base = story(OBJECT_WORDS);
    const reprint = story(OBJECT_WORDS.slice(3).reverse()).replace('said on Tuesday', 'says');
    const r = compared(base, reprint);
    expect(schemaErrors(r)).toBe('');
    const pair = r.pairs[0];
    if (pair === undefined) throw new Error('no pair');
    checkAccounting(r, pair);
    expect(pair.stats.similarity).toBeGreaterThan(0.5);
  });
});
