// Types of the local ESLint rule (eslint-layers.js), for the tests that run it.
import type { ESLint } from 'eslint';

/** Which layer a file (absolute path) belongs to, or null outside src. */
export declare function layerOf(file: string): string | null;
export declare const layersPlugin: ESLint.Plugin;
