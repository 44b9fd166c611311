// How Retold's own processes tune V8 (the CLI, browser mode's server, the Electron app), set
// before the engine's code first runs. One setting, measured on the comparison engine:
//
// --max-inlined-bytecode-size-cumulative (V8's default 920): how much code the optimising
// compiler inlines into one function. The engine's hot loops call many small functions; at the
// default each optimisation inlines most of them, and a fresh process compiles so much
// (1.6 s of compiler time over the first 100,000-word pair, on threads beside the comparison)
// that on a two-core machine the comparison itself waits for a core. At 200 the compiler does a
// fraction of that work, the comparison's own CPU time is unchanged, and the pair takes 12-17%
// less: bench/worst-case.bench.ts measures the pair both ways in the same run
// (pair-100k-words against pair-100k-words-untuned). Long-lived processes gain too (the warm
// pair, 200 versions); the other worst cases and bulk import (bench/bulk-import.bench.ts, text
// and HTML) moved within their noise.
//
// RETOLD_V8_TUNING=0 turns it off (to compare). Nothing else depends on it: results are the
// same either way, only the time differs.
import { setFlagsFromString } from 'node:v8';

/** The V8 flags Retold's processes run with. */
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=200'];

/** True unless RETOLD_V8_TUNING=0. */
export function v8TuningWanted(env = process.env) {
  return env.RETOLD_V8_TUNING !== '0';
}

/** Sets V8_FLAGS in this process (see the header); returns the flags set. */
export function applyV8Tuning(env = process.env) {
  if (!v8TuningWanted(env)) return [];
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  return V8_FLAGS;
}
