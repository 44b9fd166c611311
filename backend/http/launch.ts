// One-time launch links. The browser is opened on `/launch/<code>` instead of the address with
// the token, because a program's arguments are visible to every user of the machine (`ps`). The
// code works once, for a minute; its answer redirects to `/#token=…`, so the token travels only
// inside the HTTP answer to the browser. A second use is refused and reported in the terminal:
// if someone else on the machine raced the browser to it, the person sees it at once.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { HTTP_LIMITS } from './limits';
import { PAGE_HEADERS } from './static';

/** Where launch links live. */
export const LAUNCH_PREFIX = '/launch/';

type Redeemed = 'ok' | 'used' | 'expired' | 'unknown';

/** The launch codes this host has made, and whether each was used. */
export class LaunchCodes {
  private readonly codes = new Map<string, { expires: number; used: boolean }>();

  /** Makes a fresh code, valid once for HTTP_LIMITS.launchCodeTtlMs. */
  mint(now = Date.now()): string {
    this.prune(now);
    const code = randomBytes(HTTP_LIMITS.launchCodeBytes).toString('base64url');
    this.codes.set(code, { expires: now + HTTP_LIMITS.launchCodeTtlMs, used: false });
    return code;
  }

  /** Uses a code: 'ok' only the first time, within its time. */
  redeem(code: string, now = Date.now()): Redeemed {
    const entry = this.codes.get(code);
    if (!entry) return 'unknown';
    if (entry.used) return 'used';
    if (now > entry.expires) return 'expired';
    entry.used = true;
    return 'ok';
  }

  private prune(now: number): void {
    for (const [code, entry] of this.codes) {
      if (now > entry.expires + HTTP_LIMITS.launchCodeMemoryMs) this.codes.delete(code);
    }
  }
}

const AGAIN =
  'Open the address printed in the terminal where Retold runs, or run <code>retold serve</code> again.';

const PAGES: Record<Exclude<Redeemed, 'ok'>, [number, string]> = {
  used: [
    410,
    'This link was already used. Each link Retold opens works only once, so the key it carries ' +
      `cannot be taken again. ${AGAIN} If you did not open it yourself, stop Retold (Ctrl+C) ` +
      'and start it again.',
  ],
  expired: [410, `This link has expired: it worked for one minute after Retold made it. ${AGAIN}`],
  unknown: [404, `This link is not one Retold made. ${AGAIN}`],
};

/** Answers a launch link: a redirect that hands the browser the token, or a page saying why not. */
export function answerLaunch(
  res: ServerResponse,
  result: Redeemed,
  token: string,
  warn: (line: string) => void,
): void {
  if (result === 'ok') {
    res.writeHead(303, {
      ...PAGE_HEADERS,
      location: `/#token=${token}`,
      'cache-control': 'no-store',
      'content-length': 0,
    });
    res.end();
    return;
  }
  if (result === 'used') {
    warn(
      'A one-time Retold link was opened a second time. If you did not do that, someone else ' +
        'on this computer may have used it: stop Retold (Ctrl+C) and start it again.',
    );
  }
  const [status, sentence] = PAGES[result];
  const html =
    '<!doctype html><meta charset="utf-8"><title>Retold</title>' +
    `<main style="font:16px/1.5 system-ui;max-width:36em;margin:3em auto"><p>${sentence}</p></main>`;
  res.writeHead(status, {
    ...PAGE_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}
