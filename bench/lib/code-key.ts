/** The environment variable by which bench/run.ts hands its build's code key (dist/.inputs) to the ingest task. */
export const BENCH_CODE_KEY = 'CE_BENCH_CODE_KEY';
