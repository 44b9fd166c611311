// The real articles in ../shared/seeds are plain text: ingest must keep them exactly as given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../backend/ingest';
import {
  readSeed,
  seedFiles,
  seedPath,
  seedsSkipReason,
  type SeedId,
} from '../../../support/seeds';

const skip = seedsSkipReason();

describe.skipIf(skip !== null)('ingest: seed articles', () => {
  it.each(Object.keys(seedFiles) as SeedId[])('keeps seed %s byte for byte', async (id) => {
    const bytes = readFileSync(seedPath(id));
    const result = await ingest({ name: seedFiles[id], bytes });
    expect(result.text).toBe(readSeed(id));
    expect(result).toMatchObject({ encoding: 'utf-8', format: 'text' });
    expect(result.rawBytes).toBe(bytes);
  });

  it.each(Object.keys(seedFiles) as SeedId[])('keeps seed %s as given when pasted', async (id) => {
    const result = await ingest({ text: readSeed(id) });
    expect(result.text).toBe(readSeed(id));
  });
});
