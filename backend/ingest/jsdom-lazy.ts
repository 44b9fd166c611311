// jsdom takes about half a second to load, and only HTML needs it: importing it statically made
// every command that reads plain text (`retold compare a.txt b.txt`, the import of a .txt) pay
// for it. It is CommonJS, so it can be required synchronously on first use.
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

let loaded: typeof Jsdom | undefined;

/** The jsdom module, loaded the first time an HTML page is read. */
export function jsdom(): typeof Jsdom {
  loaded ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom;
  return loaded;
}
