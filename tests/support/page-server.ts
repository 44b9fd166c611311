// A local web server for the URL-import tests (unit and e2e): node:http on 127.0.0.1, a free
// port, serving invented pages in the shapes a fetcher meets (an article, legacy encodings
// declared only in <meta>, redirect chains and loops, a slow answer, a huge body, a 404, an
// image, a page whose scripts would change its text). No test touches the internet.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

/** The article every good page carries, sentence by sentence. */
export const ARTICLE_SENTENCES = [
  'The harbour council voted on Tuesday to lay a new power cable to the island.',
  'Councillor Mara Voss said the vote ended a decade of arguments about the crossing.',
  'The cable will run eleven kilometres along the sea floor and cost about four million.',
  'Opponents said the money should have gone to the ferry service instead.',
  'Work is expected to begin next spring, weather permitting, the council said.',
];

/** An HTML page with `title` and paragraphs, optionally with extra markup in its head. */
export function articlePage(title: string, paragraphs: string[], head = ''): string {
  return (
    `<!doctype html><html><head>${head}<title>${title}</title>` +
    `<meta property="og:site_name" content="Harbour Ledger"></head><body><article>` +
    `<h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
  );
}

/** windows-1252 bytes of a page with curly quotes and accents, declared only in <meta>. */
function cp1252Page(): Buffer {
  const html = articlePage(
    'Caf\u00e9 owners \u201cwelcome\u201d the cable',
    ARTICLE_SENTENCES.map((s) => `${s} The caf\u00e9 owner said \u201cit is about time\u201d.`),
    '<meta charset="windows-1252">',
  );
  const map: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u00e9': 0xe9 };
  return Buffer.from([...html].map((c) => map[c] ?? c.charCodeAt(0)));
}

/** Shift_JIS for 東京 (Tokyo) and 記事 (article): written as bytes, since Node encodes only UTF-8. */
const SJIS_TOKYO = [0x93, 0x8c, 0x8b, 0x9e];
const SJIS_ARTICLE = [0x8b, 0x4c, 0x8e, 0x96];

/** A Shift_JIS page: ASCII words around 東京 and 記事, declared in <meta> unless `bare`. */
function sjisPage(bare: boolean): Buffer {
  const head = bare
    ? ''
    : '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">';
  const para = (i: number): number[] => [
    ...Buffer.from(`<p>Paragraph ${i} of the report from `),
    ...SJIS_TOKYO,
    ...Buffer.from(' about the harbour cable, a long '),
    ...SJIS_ARTICLE,
    ...Buffer.from(' with many plain words for the reader.</p>'),
  ];
  return Buffer.from([
    ...Buffer.from(`<!doctype html><html><head>${head}<title>Tokyo report</title></head><body>`),
    ...Buffer.from('<article><h1>Tokyo report</h1>'),
    ...[1, 2, 3, 4, 5].flatMap(para),
    ...Buffer.from('</article></body></html>'),
  ]);
}

const SCRIPT_PAGE = articlePage('Scripts never run', ARTICLE_SENTENCES, '').replace(
  '</article>',
  `</article><script>document.querySelectorAll('p').forEach(function (p) {
     p.textContent = 'SCRIPT RAN AND REWROTE THIS';
   });</script>`,
);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]);

/** What the server saw: each request's path and User-Agent. */
export interface SeenRequest {
  path: string;
  userAgent: string | undefined;
}

/** A running page server. */
export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  seen: SeenRequest[];
  close: () => Promise<void>;
}

type Handler = (res: http.ServerResponse, req: http.IncomingMessage) => void;

const html =
  (body: string | Buffer, type = 'text/html'): Handler =>
  (res) => {
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  };
const redirect =
  (to: string, status = 302): Handler =>
  (res) => {
    res.writeHead(status, { Location: to });
    res.end();
  };

/** Streams `total` bytes of filler paragraphs without a Content-Length, until the client goes. */
const hugeBody: Handler = (res) => {
  res.writeHead(200, { 'Content-Type': 'text/html' });
  const chunk = Buffer.from(`<p>${'filler words for a huge page '.repeat(2000)}</p>`);
  let sent = 0;
  const total = 64 * 1024 * 1024;
  const push = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', push);
    }
    res.end();
  };
  push();
};

const ROUTES: Record<string, Handler> = {
  '/article': html(articlePage('Cable vote passes', ARTICLE_SENTENCES), 'text/html; charset=utf-8'),
  '/cp1252': html(cp1252Page()),
  '/sjis': html(sjisPage(false)),
  '/sjis-header': html(sjisPage(true), 'text/html; charset=Shift_JIS'),
  '/plain': html(`Cable vote passes\n\n${ARTICLE_SENTENCES.join('\n\n')}\n`, 'text/plain'),
  '/gzip': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
    res.end(zlib.gzipSync(articlePage('Compressed cable story', ARTICLE_SENTENCES)));
  },
  '/scripts': html(SCRIPT_PAGE),
  '/login': html(articlePage('Sign in', ['Log in to continue.'])),
  '/chain/1': redirect('/chain/2', 301),
  '/chain/2': redirect('/chain/3', 307),
  '/chain/3': redirect('/article', 308),
  '/loop/a': redirect('/loop/b'),
  '/loop/b': redirect('/loop/a'),
  '/to-file': redirect('file:///etc/passwd'),
  '/missing': (res) => {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<h1>Not found</h1>');
  },
  '/broken': (res) => {
    res.writeHead(503);
    res.end();
  },
  '/image': html(PNG, 'image/png'),
  '/pdf': html(Buffer.from('%PDF-1.4\n'), 'application/pdf'),
  '/huge': hugeBody,
  '/huge-declared': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': 30 * 1024 * 1024 });
    res.write('<p>start</p>');
    // Never sends the rest: the fetcher must refuse from the header alone.
  },
  // Headers at once, then the body never comes.
  '/slow': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.write('<!doctype html><html><body><p>The first words');
  },
};

/** Starts the server on 127.0.0.1 and a free port. `/many/N` redirects to `/many/N+1` forever. */
export async function startPageServer(): Promise<PageServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    seen.push({ path, userAgent: req.headers['user-agent'] });
    const many = /^\/many\/(\d+)$/.exec(path);
    if (many) return redirect(`/many/${Number(many[1]) + 1}`)(res, req);
    const route = ROUTES[path];
    if (route) return route(res, req);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
