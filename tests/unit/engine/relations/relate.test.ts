import { describe, expect, it } from 'vitest';
import {
  agencyCredits,
  profileOf,
  relateProfiles,
} from '../../../../engine/relations/derivation/relate';

const profile = (text: string) => profileOf({ id: 'x', text });

const WIRE =
  'Harbour council backs cable\n\nPORT ELLIS (AP) — The harbour council voted 5-2 on Tuesday to let ' +
  'the undersea cable come ashore at the old ferry slip, ending two years of argument over the ' +
  'route and the cost of repairs to the breakwater.\n\nThe vote followed a long public hearing ' +
  'at which fishermen warned that the trench would disturb the lobster grounds off the point.';

describe('relating two texts', () => {
  it('finds the agency credit of a dateline, a byline and an end credit, not of a photo', () => {
    expect(agencyCredits(profile(WIRE))).toEqual(['AP']);
    expect(
      agencyCredits(profile(`${WIRE}\n\nThe Associated Press contributed to this report.`)),
    ).toEqual(['AP']);
    expect(
      agencyCredits(profile(`Cable vote\n\nBy Ann Lee, Reuters\n\n${WIRE.slice(40)}`)),
    ).toContain('Reuters');
    const photoOnly = WIRE.replace(' (AP)', '') + '\n\nThe ferry slip at dawn. (AP Photo/Ann Lee)';
    expect(agencyCredits(profile(photoOnly))).toEqual([]);
  });

  it('measures containment and derivation both ways', () => {
    const trimmed = WIRE.split('\n\n').slice(0, 2).join('\n\n');
    const r = relateProfiles(profile(WIRE), profile(trimmed));
    expect(r.bInA).toBeGreaterThan(0.9); // the trimmed copy is all in the wire text
    expect(r.aInB).toBeLessThan(0.8);
    expect(r.bFromA.label).toBe('wholly');
    const unrelated = relateProfiles(
      profile(WIRE),
      profile(
        'Bakery wins prize\n\nThe corner bakery on Mill Street won a regional prize for its rye bread, its owner said on Friday, after twelve years of trying.',
      ),
    );
    expect([unrelated.bFromA.label, unrelated.aFromB.label]).toEqual(['none', 'none']);
    expect(unrelated.aInB).toBe(0);
  });
});
