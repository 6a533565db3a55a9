/** Home's "Returned: <n>": placeholder until the review feature is built. */
export function ReturnedCount() {
  return null;
}
