// The demo story's structural promises, checked with plain string operations so that they
// hold whatever the comparison engine does. backend/demo/README.md states the same facts
// paragraph by paragraph; keep the two in step.
import { describe, expect, it } from 'vitest';
import { demoStory, type DemoVersion } from '../../../backend/demo/demo-story';

const paragraphs = (text: string): string[] => text.split('\n\n');

function version(outlet: string): DemoVersion {
  const found = demoStory.versions.find((v) => v.outlet === outlet);
  if (!found) throw new Error(`No demo version from ${outlet}`);
  return found;
}

function first(): DemoVersion {
  const found = demoStory.versions[0];
  if (!found) throw new Error('The demo story has no versions');
  return found;
}

const original = first();
const ledger = version('The Coast Ledger');
const tidewater = version('The Tidewater Daily');
const seaboard = version('Seaboard Post');
const westerly = version('The Westerly Chronicle');
const capeAlder = version('The Cape Alder Journal');

const BRITISH = [
  'organisation',
  'behaviour',
  'centre',
  'authorised',
  'favour',
  'programme',
  'harbour',
  'councillors',
  'instalments',
  'neighbouring',
  'cheque',
];

describe('demo story', () => {
  it('has an original and at least four republications with distinct texts', () => {
    expect(demoStory.versions.length).toBeGreaterThanOrEqual(5);
    const texts = new Set(demoStory.versions.map((v) => v.text));
    expect(texts.size).toBe(demoStory.versions.length);
    expect(new Set(demoStory.versions.map((v) => v.outlet)).size).toBe(demoStory.versions.length);
    expect(original.outlet).toBe('Port Ellis Gazette');
    expect(demoStory.title).toBe(original.title);
    const sentences = demoStory.notes.split(/(?<=\.)\s+/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
  });

  it('gives every version an ISO date and an example.* https address', () => {
    for (const v of demoStory.versions) {
      expect(v.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      expect(Number.isNaN(Date.parse(v.published))).toBe(false);
      expect(new URL(v.url).protocol).toBe('https:');
      expect(new URL(v.url).hostname).toMatch(/^example\.(com|net|org)$/);
    }
  });

  it('keeps every text plain: LF only, no tabs, single blank lines, no outer whitespace', () => {
    for (const v of demoStory.versions) {
      expect(v.text).not.toContain('\r');
      expect(v.text).not.toContain('\t');
      expect(v.text).not.toMatch(/\n{3,}/);
      expect(v.text).toBe(v.text.trim());
      expect(v.text).not.toMatch(/[ ]\n/);
    }
  });

  it('has an original with a byline, 14+ paragraphs, curly quotes and the promised sources', () => {
    expect(original.byline).toMatch(/^By [A-Z][a-z]+ [A-Z][a-z]+$/);
    const ps = paragraphs(original.text);
    expect(ps.length).toBeGreaterThanOrEqual(14);
    expect(ps.length).toBeLessThanOrEqual(18);
    const words = original.text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(900);
    expect(original.text).not.toMatch(/["']/);
    expect(original.text.split('“').length - 1).toBeGreaterThanOrEqual(5);
    expect(original.text.split('“').length).toBe(original.text.split('”').length);
    expect(original.text).toContain('council official who was not authorized to speak publicly');
    expect(original.text).toContain('told the Gazette');
    expect(original.text).toContain('in a statement');
    expect(original.text).toContain('according to');
    expect(original.text).toContain('$4.2 million');
    expect(original.text).toContain('40 percent');
    expect(ps[0]).toMatch(/^PORT ELLIS, Maine — /);
  });

  it('trims the ending in the Coast Ledger, keeping the first paragraphs verbatim', () => {
    const ps = paragraphs(ledger.text);
    const all = paragraphs(original.text);
    expect(ps.length).toBeLessThan(all.length);
    expect(ps.length / all.length).toBeGreaterThan(0.5);
    expect(ps.length / all.length).toBeLessThan(0.7);
    for (const p of ps) expect(all).toContain(p);
    expect(ps).toEqual(all.slice(0, ps.length));
  });

  it('moves one whole paragraph from late to early in the Tidewater Daily, otherwise verbatim', () => {
    const ps = paragraphs(tidewater.text);
    const all = paragraphs(original.text);
    const moved = all[12] ?? '';
    expect(moved.split(/\s+/).length).toBeGreaterThanOrEqual(25);
    expect(ps.indexOf(moved)).toBe(2);
    expect(all.indexOf(moved)).toBe(12);
    expect(ps.filter((p) => p !== moved)).toEqual(all.filter((p) => p !== moved));
  });

  it('rewords the Seaboard Post: hedges, a rounded number, a shortened name', () => {
    expect(seaboard.text).toContain('$4 million');
    expect(seaboard.text).not.toContain('$4.2 million');
    expect(seaboard.text).toContain('reportedly');
    expect(seaboard.text).toContain('allegedly');
    expect(original.text).not.toMatch(/reportedly|allegedly/);
    expect(seaboard.text).toContain('Mayor Thomas Reardon');
    expect(original.text).toContain('Mayor Thomas J. Reardon');
    const changed = paragraphs(seaboard.text).filter((p) => !paragraphs(original.text).includes(p));
    expect(changed.length).toBeGreaterThanOrEqual(6);
  });

  it('adds the agency credit to the Seaboard Post dateline', () => {
    expect(seaboard.text.startsWith('PORT ELLIS, Maine (Harbor Press Agency) — ')).toBe(true);
    expect(original.text).not.toContain('(Harbor Press Agency)');
    expect(original.text).not.toContain('Harbor Press Agency');
  });

  it('alters one quote and trims another in the Seaboard Post', () => {
    expect(original.text).toContain('“This was the hardest vote I have taken in eleven years');
    expect(seaboard.text).toContain('“This was the toughest vote I have cast in eleven years');
    expect(seaboard.text).not.toContain('hardest vote');
    expect(original.text).toContain('If they keep to the schedule they signed');
    expect(seaboard.text).not.toContain('If they keep to the schedule they signed');
    expect(seaboard.text).toContain('the boats safe. ... If they don’t,');
  });

  it('runs the Seaboard Post’s agency copy in the Cape Alder Journal, added paragraph and all', () => {
    const agency = paragraphs(seaboard.text).filter((p) => !p.startsWith('Share this story'));
    expect(paragraphs(capeAlder.text)).toEqual(agency);
    const added = agency[agency.length - 1] ?? '';
    expect(added).toMatch(/^The Gull Point landing is the second/);
    for (const v of [original, ledger, tidewater, westerly]) expect(v.text).not.toContain(added);
    // published after the Post, so the copy chain can tell the direction
    expect(Date.parse(capeAlder.published)).toBeGreaterThan(Date.parse(seaboard.published));
  });

  it('drops the dissenting source from the Westerly Chronicle only', () => {
    expect(original.text).toContain('Delia Marchetti');
    expect(westerly.text).not.toContain('Marchetti');
    for (const v of [ledger, tidewater, seaboard]) expect(v.text).toContain('Marchetti');
  });

  it('uses British spelling in the Westerly Chronicle, including inside a quote', () => {
    const lower = westerly.text.toLowerCase();
    for (const word of BRITISH) {
      expect(lower).toContain(word);
      expect(original.text.toLowerCase()).not.toContain(word);
    }
    expect(westerly.text).toContain('“I’ll believe it when the cheque clears.”');
    expect(westerly.text).toContain('the size of our harbour wall');
  });

  it('changes the dateline in the Westerly Chronicle', () => {
    const body = paragraphs(westerly.text);
    expect(body[4]).toMatch(/^Port Ellis: The Port Ellis Town Council/);
    expect(westerly.text).not.toContain('PORT ELLIS, Maine');
  });

  it('straightens the quotes of one paragraph and changes nothing else in it', () => {
    const lind = paragraphs(original.text)[5] ?? '';
    const straight = lind.replace(/[“”]/g, '"').replace(/’/g, "'");
    expect(straight).not.toBe(lind);
    expect(paragraphs(westerly.text)).toContain(straight);
  });

  it('carries scraped page furniture in the Westerly Chronicle and the Seaboard Post', () => {
    const ps = paragraphs(westerly.text);
    expect(ps[0]).toBe(westerly.title);
    expect(ps[1]).toBe(westerly.title);
    const lines = westerly.text.split('\n');
    for (const line of ['Share on Facebook', 'Tweet', 'Email', 'Advertisement']) {
      expect(lines).toContain(line);
    }
    expect(lines).toContain(
      'Harbourmaster Ada Lind at the quay on Tuesday. (Photo: Harbor Press Agency)',
    );
    expect(lines.some((l) => l.startsWith('Sign up for our morning newsletter'))).toBe(true);
    const seaboardLines = seaboard.text.split('\n');
    for (const line of ['Share this story', '  • Facebook', '  • X', '  • Email']) {
      expect(seaboardLines).toContain(line);
    }
    for (const line of ['Share on Facebook', 'Advertisement', '  • Facebook']) {
      expect(original.text.split('\n')).not.toContain(line);
    }
  });
});
