// Types of the build step (precompress.js), for vite.config.ts and the tests.
import type { Plugin } from 'vite';

/** The file types the build writes .br/.gz copies of. */
export declare const COMPRESSIBLE: RegExp;
/** Writes a .br and a .gz copy next to each compressible file under `dir` (when smaller); returns the files considered. */
export declare function precompressDirectory(dir: string): Promise<string[]>;
/** The Vite plugin running precompressDirectory on the output directory after the whole build. */
export declare function precompress(): Plugin;
