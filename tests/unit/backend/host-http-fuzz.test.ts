// Fuzz test of the browser-mode host: 10,000 generated hostile requests (malformed escapes, odd
// methods, huge headers, truncated bodies, wrong content types, bodies over the limit,
// traversal, NULs, over-long URLs, random bytes) against a real running host. Every whole
// request must get a status from 200 to 599, nothing may be thrown, and an ordinary authorised
// call must still work afterwards. The seed is fixed, so a failure can be replayed.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzCase, type FuzzCase } from './host-http-fuzz-cases';
import {
  INDEX_HTML,
  rawRequest,
  startTestHost,
  type RawReply,
  type TestHost,
} from './host-http-support';

const FUZZ = {
  /** Requests generated (the issue asks for at least 10,000). */
  runs: 10_000,
  /** Fixed, so a failure can be replayed; change it to explore. */
  seed: 9_2026,
  /** Connections open at once: enough to overlap, modest for a 2-core machine. */
  concurrency: 16,
  /** No answer within this long counts as a hang. */
  timeoutMs: 10_000,
};

let t: TestHost;
const thrown: unknown[] = [];
const onThrown = (err: unknown): void => void thrown.push(err);
/** What the host logged as unexpected (the guard's 500 path): must stay empty. */
const unexpected: string[] = [];
const stderrWrite = process.stderr.write.bind(process.stderr);
beforeAll(async () => {
  t = await startTestHost();
  process.on('uncaughtException', onThrown);
  process.on('unhandledRejection', onThrown);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]): boolean => {
    if (String(chunk).includes('unexpected error')) unexpected.push(String(chunk));
    return stderrWrite(chunk, ...rest);
  }) as typeof process.stderr.write;
});
afterAll(async () => {
  process.stderr.write = stderrWrite;
  process.off('uncaughtException', onThrown);
  process.off('unhandledRejection', onThrown);
  await t.stop();
});

/** Sends every case, FUZZ.concurrency at a time, and pairs it with its reply. */
async function sendAll(cases: FuzzCase[]): Promise<[FuzzCase, RawReply][]> {
  const results: [FuzzCase, RawReply][] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let c = cases[next++]; c; c = cases[next++]) {
      const reply = await rawRequest(t.host.port, c.bytes, { ...c, timeoutMs: FUZZ.timeoutMs });
      results.push([c, reply]);
    }
  };
  await Promise.all(Array.from({ length: FUZZ.concurrency }, worker));
  return results;
}

it(`answers ${FUZZ.runs} hostile requests and stays up`, { timeout: 180_000 }, async () => {
  const target = { hostHeader: t.hostHeader, token: t.host.token };
  const cases = fc.sample(fuzzCase(target), { seed: FUZZ.seed, numRuns: FUZZ.runs });
  const started = Date.now();
  const results = await sendAll(cases);
  const histogram = new Map<string, number>();
  const wrong: string[] = [];
  for (const [c, r] of results) {
    const key = `${c.kind} ${r.status ?? 'closed'}`;
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
    const answered = r.status !== null && r.status >= 200 && r.status <= 599;
    const closedByDesign = r.status === null && c.mayClose && !r.timedOut;
    // A path that climbs out of the renderer folder may only ever get the app's own page.
    const leaked = c.kind === 'traversal' && r.status === 200 && !r.text.endsWith(INDEX_HTML);
    const breached = c.unauthorised === true && r.status !== null && r.status < 300;
    if (r.status === 500 || leaked || breached || !(answered || closedByDesign)) {
      wrong.push(
        `${key}${r.timedOut ? ' (timed out)' : ''}: ${c.bytes.toString('latin1', 0, 120)}`,
      );
    }
  }
  const lines = [...histogram].sort().map(([k, n]) => `  ${k.padEnd(22)} ${n}`);
  console.log(
    `host fuzz: ${results.length} requests in ${Date.now() - started} ms (seed ${FUZZ.seed})\n` +
      lines.join('\n'),
  );
  expect(results.length).toBe(FUZZ.runs);
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(thrown).toEqual([]);
  expect(unexpected).toEqual([]);

  const body = JSON.stringify({ method: 'stories.list', input: {} });
  const ok = await rawRequest(
    t.host.port,
    Buffer.from(
      `POST /api/invoke HTTP/1.1\r\nhost: ${t.hostHeader}\r\nconnection: close\r\n` +
        `content-type: application/json\r\nx-retold-token: ${t.host.token}\r\n` +
        `content-length: ${body.length}\r\n\r\n${body}`,
    ),
  );
  expect(ok.status).toBe(200);
  expect(ok.text).toContain('"ok":true');
});
