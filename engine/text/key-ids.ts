// Integer ids of matching keys, shared by the versions of one compare() call (by their
// `session`): equal keys get equal ids, so later stages compare and hash numbers instead of
// strings, and keep what they derive from a key (its fingerprint hashes, its content key) in
// arrays by id instead of maps by string. A version's ids are numbered as its blocks are
// prepared (prepare-block.ts), so a paragraph a reprint repeats brings its ids along. They
// are kept beside the prepared version, not in it, so a prepared version stays the same plain
// data whichever versions were prepared before it in the call.

import type { Prepared } from './prepare.js';

/** The keys of one session by id (ids count from 0 in order of first use). */
export interface KeyTable {
  ids: Map<string, number>;
  keys: string[];
}

const tables = new WeakMap<object, KeyTable>();
const idCache = new WeakMap<Prepared, Int32Array>();
/** Key ids of pairs of versions prepared apart (different sessions). */
const apart = new WeakMap<Prepared, WeakMap<Prepared, [Int32Array, Int32Array]>>();

/** The key table of a session (a compare() call's key cache, or any object). */
export function keyTable(session: object): KeyTable {
  let t = tables.get(session);
  if (t === undefined) tables.set(session, (t = { ids: new Map(), keys: [] }));
  return t;
}

/** The id of `key` in `t`, numbered on first use. */
export function keyId(t: KeyTable, key: string): number {
  let id = t.ids.get(key);
  if (id === undefined) {
    id = t.keys.length;
    t.ids.set(key, id);
    t.keys.push(key);
  }
  return id;
}

/** Key ids of `p` under the table of `session`. */
function keyIdsIn(p: Prepared, session: object): Int32Array {
  const t = keyTable(session);
  const out = new Int32Array(p.keys.length);
  for (let k = 0; k < p.keys.length; k += 1) out[k] = keyId(t, p.keys[k] ?? '');
  return out;
}

/**
 * Records the ids of `p`'s tokens under its session's table, as prepare() numbered them
 * (they must be exactly what keyIdsIn would give).
 */
export function setKeyIds(p: Prepared, ids: Int32Array): void {
  idCache.set(p, ids);
}

/** Lower-case form of each key of a session's table, by id (each key lowered once). */
const lowerById = new WeakMap<KeyTable, string[]>();

/** The lower-case keys of `t` by id, extended to every id it has. */
export function lowerKeysOf(t: KeyTable): string[] {
  let out = lowerById.get(t);
  if (out === undefined) lowerById.set(t, (out = []));
  while (out.length < t.keys.length) out.push((t.keys[out.length] ?? '').toLowerCase());
  return out;
}

/** Key ids of `p` under its own session's table, computed once per version. */
export function keyIdsOf(p: Prepared): Int32Array {
  let out = idCache.get(p);
  if (out === undefined) idCache.set(p, (out = keyIdsIn(p, p.session)));
  return out;
}

/**
 * Ids of the matching keys of every token of two versions (see `Prepared.keys`): equal keys,
 * equal ids. Versions of one compare() call share their ids, computed once per version;
 * versions prepared apart (with other key caches) are numbered together for this pair.
 */
export function keyIdsOfPair(a: Prepared, b: Prepared): [Int32Array, Int32Array] {
  if (a.session !== b.session) {
    // numbered together once per pair: the word diff asks again for every link
    let byB = apart.get(a);
    if (byB === undefined) apart.set(a, (byB = new WeakMap()));
    let got = byB.get(b);
    if (got === undefined) {
      const session = {};
      byB.set(b, (got = [keyIdsIn(a, session), keyIdsIn(b, session)]));
    }
    return got;
  }
  return [keyIdsOf(a), keyIdsOf(b)];
}
