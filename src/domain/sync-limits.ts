/** Size limits of wire contract v1 (no zod here: the client's sync engine imports them on the first screen). */
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PUSH_BYTES = 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;
