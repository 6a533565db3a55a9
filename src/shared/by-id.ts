/** Records by their id, to look them up in a list read once (none while a live read is loading). */
export function byId<R extends { id: string }>(records: readonly R[] | undefined): Map<string, R> {
  return new Map((records ?? []).map((record) => [record.id, record]));
}
