// Integer ids of matching keys, shared by the versions of one compare() call (by their
// `session`): equal keys get equal ids, so later stages compare and hash numbers instead of
// strings. Kept beside the prepared version, not in it, so a prepared version stays the same
// plain data whichever versions were prepared before it in the call.

import type { Prepared } from './prepare.js';

const interners = new WeakMap<object, Map<string, number>>();
const idCache = new WeakMap<Prepared, Int32Array>();
/** Key ids of pairs of versions prepared apart (different sessions). */
const apart = new WeakMap<Prepared, WeakMap<Prepared, [Int32Array, Int32Array]>>();

/** Key ids of `p` under the interner of `session`. */
function keyIdsIn(p: Prepared, session: object): Int32Array {
  let ids = interners.get(session);
  if (ids === undefined) interners.set(session, (ids = new Map()));
  const out = new Int32Array(p.keys.length);
  for (let t = 0; t < p.keys.length; t += 1) {
    const k = p.keys[t] ?? '';
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    out[t] = id;
  }
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
  const of = (p: Prepared): Int32Array => {
    let out = idCache.get(p);
    if (out === undefined) idCache.set(p, (out = keyIdsIn(p, p.session)));
    return out;
  };
  return [of(a), of(b)];
}
