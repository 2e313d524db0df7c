// Types for the generator, so tests/lexicon/gazetteer-data.test.ts can run it.
export declare const ROOT: string;
export declare const OUT_DIR: string;
export type GazetteerStats = Record<string, {total: number} & Record<string, unknown>>;
/** File name under data/gazetteer → its content, and counts for the report. */
export declare function buildWorld(sources?: string): {files: Record<string, string>; stats: GazetteerStats};
