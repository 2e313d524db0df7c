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

// When V8 tiers a function up. Each function has an interrupt budget (V8's
// default: 132 KB of bytecode executed) that it spends before V8 considers
// optimising it; a larger budget optimises later, on fuller type feedback, so
// fewer functions are compiled at all and fewer again after a deoptimisation.
// That pays in a short ingest, where compiling is a large share of the work,
// and costs in a longer one, whose code then runs unoptimised for longer.
// Built CLI, --jobs 1, V8's default against 1 MB, measured on 2026-12-06:
//   2 cores (npm run bench:compare, 5-6 interleaved runs, median wall / CPU):
//     200 articles 2.29 s / 3.32 s -> 1.63 s / 1.88 s
//     400          2.53 s / 3.71 s -> 2.36 s / 2.70 s
//     1k           4.82 s / 6.72 s -> 5.87 s / 6.78 s   (worse)
//   one core (taskset, 3 alternations): 5 seeds 0.75-0.78 -> 0.66-0.68 s,
//     200 articles 2.56-2.77 -> 1.71-1.82 s, 1k 5.84-5.99 -> 5.44-5.71 s,
//     2k within the noise, 5k 19.5-20.4 -> 21.6-23.7 s (worse)
// With a second core V8 compiles beside the parse, so later optimisation pays
// only on small corpora (SHORT_INGEST_UNITS); on one core (a pinned process, a
// one-CPU container) compiling is part of the parse, and it pays to 1k and is
// even at 2k (SHORT_INGEST_UNITS_ONE_CORE). parallel.ts parseFiles knows the
// count from its look-ahead and the cores from availableParallelism().

/** V8's interrupt budget, in bytes of bytecode, for a short ingest. */
export const SHORT_INGEST_INTERRUPT_BUDGET = 1_000_000;
/** Below this many articles (files or records) parsed in one thread an ingest is short. */
export const SHORT_INGEST_UNITS = 500;
/** The same where the process has one core (availableParallelism() is 1). */
export const SHORT_INGEST_UNITS_ONE_CORE = 2000;

/** How many articles an ingest may have and still be short, with this many cores. */
export function shortIngestUnits(cores: number): number {
	return cores <= 1 ? SHORT_INGEST_UNITS_ONE_CORE : SHORT_INGEST_UNITS;
}

let shortTuned = false;

/** Lets V8 optimise later, on fuller feedback: for a short ingest in one thread (idempotent). */
export function tuneCompilerForShortIngest(): void {
	if (shortTuned) return;
	shortTuned = true;
	setFlagsFromString(`--interrupt-budget=${SHORT_INGEST_INTERRUPT_BUDGET}`);
}
