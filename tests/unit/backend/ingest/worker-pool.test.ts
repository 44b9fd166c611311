// The pool of import workers (worker-pool.ts): pages are read side by side, so a heavy page
// being read does not hold up the next ones while another worker is free; with one worker they
// wait in line, held by the worker, each timed from its own start, and a page given up on does
// not take the ones behind it along; results are those of a single worker, in any order.
import { afterEach, describe, expect, it } from 'vitest';
import {
  INGEST_WORKER,
  defaultPoolSize,
  ingestInWorker,
  setIngestPoolSize,
} from '../../../../backend/ingest/worker-pool';
import { sketchText } from '../../../../db/sketch';
import { utf8 } from './helpers';

/** About 6 MB of paragraphs: seconds of work (as html-worker.test.ts). */
function heavyPage(): Uint8Array {
  const sentence =
    'The council met on Thursday to discuss the future of the harbour and its ferry. ';
  const paragraphs = Array.from({ length: 25_000 }, (_, i) => `<p>${sentence.repeat(3)}${i}</p>`);
  return utf8(
    `<html><head><title>Heavy</title></head><body>${paragraphs.join('\n')}</body></html>`,
  );
}

const light = (i: number) => ({ text: `Ferry ${i} saved\n\nThe council voted ${i} to 2.` });

/** Starts a heavy page and then light texts; the order in which they finished. */
async function finishingOrder(): Promise<string[]> {
  const order: string[] = [];
  const heavy = ingestInWorker({ name: 'heavy.html', bytes: heavyPage() }).then(() =>
    order.push('heavy'),
  );
  const lights = [1, 2, 3].map((i) =>
    ingestInWorker(light(i)).then((r) => {
      expect(r.text).toBe(light(i).text);
      order.push(`light ${i}`);
    }),
  );
  await Promise.all([heavy, ...lights]);
  return order;
}

afterEach(() => setIngestPoolSize(defaultPoolSize()));

describe('the import worker pool', () => {
  it('runs one worker per core, within its cap', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(INGEST_WORKER.maxWorkers);
  });

  it('reads light pages on another worker while a heavy one is read', async () => {
    setIngestPoolSize(2);
    expect(await finishingOrder()).toEqual(['light 1', 'light 2', 'light 3', 'heavy']);
  }, 60_000);

  it('with one worker, reads them in line', async () => {
    setIngestPoolSize(1);
    expect(await finishingOrder()).toEqual(['heavy', 'light 1', 'light 2', 'light 3']);
  }, 60_000);

  it('holds the next pages, and times each from its own start, not from its wait', async () => {
    setIngestPoolSize(1);
    const heavy = ingestInWorker({ name: 'heavy.html', bytes: heavyPage() }, { timeoutMs: 60_000 });
    // sent to the same worker behind the heavy page (seconds), each with a time limit of its own
    const lights = [1, 2, 3].map((i) => ingestInWorker(light(i), { timeoutMs: 500 }));
    const texts = await Promise.all(lights.map((l) => l.then((r) => r.text)));
    expect(texts).toEqual([1, 2, 3].map((i) => light(i).text));
    expect((await heavy).text).toContain('The council met on Thursday');
  }, 60_000);

  it('gives up on one page without losing the pages that waited behind it', async () => {
    setIngestPoolSize(1);
    const heavy = ingestInWorker({ name: 'heavy.html', bytes: heavyPage() }, { timeoutMs: 200 });
    const lights = [1, 2, 3].map((i) => ingestInWorker(light(i)));
    await expect(heavy).rejects.toThrow(/heavy\.html/u);
    const texts = await Promise.all(lights.map((l) => l.then((r) => r.text)));
    expect(texts).toEqual([1, 2, 3].map((i) => light(i).text));
  }, 60_000);

  it('hashes and sketches the text when asked, as the main thread would (db/sketch.ts)', async () => {
    const text =
      'Ferry saved\n\nThe council’s vote on the harbour ferry was 7 to 2, officials said.';
    const plain = await ingestInWorker({ text });
    expect(plain.sketch).toBeUndefined();
    const sketched = await ingestInWorker({ text }, { sketch: true });
    // typed arrays cross the message channel as typed arrays, with the same values
    expect(sketched.sketch).toEqual(sketchText(sketched.text));
    expect(sketched.sketch?.minhash.signature).toBeInstanceOf(Uint32Array);
    expect(sketched.sketch?.bandKeys).toBeInstanceOf(Int32Array);
  }, 60_000);
});
