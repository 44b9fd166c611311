/** The V8 flags Retold's processes run with (see v8-tuning.mjs). */
export declare const V8_FLAGS: readonly string[];
/** True unless RETOLD_V8_TUNING=0. */
export declare function v8TuningWanted(env?: NodeJS.ProcessEnv): boolean;
/** Sets V8_FLAGS in this process; returns the flags set. */
export declare function applyV8Tuning(env?: NodeJS.ProcessEnv): readonly string[];
