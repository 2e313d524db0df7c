// How V8 compiles the ingest's hot code. An ingest is one pass over many
// articles through a few hundred functions that turn hot within the first
// hundred articles; V8's optimising compiler (TurboFan) then compiles them on a
// background thread, and again after each deoptimisation. With V8's default
// inlining budget (920 bytes of bytecode inlined into one function) that
// compilation took 3.8 s of CPU at 1k articles, against 2.0 s for d38ab6f's
// smaller pipeline (`--trace-opt`, sum of the compile phase): on two cores it
// competes with the parse itself, on one core it is part of it.
//
// A budget of 150 bytes still inlines small helpers (character tests, table
// lookups) but no longer whole extractors into each other: compile time
// at 1k articles 3.8 -> 2.3 s. Built CLI, 1k generated articles, --jobs 1,
// pinned to one core, interleaved runs of 2026-12-06 (load 0.9-2.4): 920 ->
// 4.95-5.47 s, 300 -> 4.32-4.76, 150 -> 4.36-5.06, 100 -> 4.29-4.64; at 5k
// articles 920 -> 14.9-16.6 s, 150 -> 13.6-15.7, and 40 -> 16.5 (too little
// inlining: the hot loops slow down). BENCHMARKS.md, "Session 10", has the sweep.
//
// Process-wide and set once, before the first article is parsed (the flag is
// read when a function is optimised; parse workers are threads of this process).
// Only an ingest sets it: the explorer's hot paths (search, layout) were not
// measured with it.
import {setFlagsFromString} from 'node:v8';

/** V8's budget of inlined bytecode per optimised function, in bytes, for an ingest. */
export const INGEST_INLINE_BUDGET = 150;

let tuned = false;

/** Sets the ingest's compiler budget for this process (idempotent). */
export function tuneCompilerForIngest(): void {
	if (tuned) return;
	tuned = true;
	setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INGEST_INLINE_BUDGET}`);
}
