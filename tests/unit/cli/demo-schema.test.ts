// The comparison schema (contract/comparison.schema.json, the project's own) is checked on
// every machine: the demo story (backend/demo/demo-story.ts) needs no seeds folder, and its
// five versions show every kind of change the schema describes (moves, drops, rewording,
// attributions, quotes, boilerplate). Seed-based schema checks add to this where seeds exist.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoStory } from '../../../backend/demo/demo-story.js';
import { runCompare } from '../../../cli/compare.js';
import { schemaErrors, undocumentedFields } from '../engine/schema.js';

const dir = mkdtempSync(path.join(tmpdir(), 'retold-demo-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = demoStory.versions.map((v, i) => {
  const f = path.join(dir, `${i + 1}-${v.outlet.replace(/\W+/g, '-')}.txt`);
  writeFileSync(f, v.text);
  return f;
});

describe('the comparison schema, without seeds', () => {
  it('accepts `retold compare --json` of the demo story, every field documented', async () => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (s: string) => void (stdout += s),
      stderr: (s: string) => void (stderr += s),
      isTTY: false,
    };
    expect(await runCompare([...files, '--json'], io)).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as {
      pairs: { attributions: unknown[]; quotes: { status: string }[]; droppedBlocks: number[] }[];
    };
    expect(schemaErrors(out)).toBe('');
    expect(undocumentedFields(out)).toBe('');
    // The case is worth checking: it has drops, attributions and changed quotes to validate.
    expect(out.pairs).toHaveLength(demoStory.versions.length - 1);
    expect(out.pairs.some((p) => p.droppedBlocks.length > 0)).toBe(true);
    expect(out.pairs.some((p) => p.attributions.length > 0)).toBe(true);
    expect(out.pairs.some((p) => p.quotes.some((q) => q.status !== 'identical'))).toBe(true);
  });
});
