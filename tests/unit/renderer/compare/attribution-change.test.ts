// Words for minor attribution changes in the panel.
import { describe, expect, it } from 'vitest';
import type { AttributionEntry } from '../../../../engine';
import { minorChange, minorChangeLabel } from '../../../../renderer/src/compare/attribution-change';

const span = (text: string, cue: string | null = null) => ({
  start: 0,
  end: text.length,
  text,
  cue,
});

describe('minor attribution changes', () => {
  it('names the verbs of a tense change', () => {
    const a: AttributionEntry = {
      status: 'changed',
      change: 'tense',
      base: span('Quist said', 'said'),
      version: span('Quist says', 'says'),
    };
    expect(minorChange(a)).toBe('tense');
    expect(minorChangeLabel(a, 'tense')).toBe('tense only: said → says');
  });

  it('says whether an honorific was added or dropped', () => {
    const a: AttributionEntry = {
      status: 'changed',
      change: 'honorific',
      base: span('said Ekberg'),
      version: span('said Mr. Ekberg'),
    };
    expect(minorChangeLabel(a, 'honorific')).toBe('honorific added');
    expect(minorChangeLabel({ ...a, base: a.version, version: a.base }, 'honorific')).toBe(
      'honorific dropped',
    );
  });

  it('treats a changed entry without a kind, and other statuses, as not minor', () => {
    const real: AttributionEntry = {
      status: 'changed',
      base: span('said'),
      version: span('claimed'),
    };
    expect(minorChange(real)).toBeNull();
    expect(minorChange({ ...real, status: 'kept', change: 'tense' })).toBeNull();
  });
});
