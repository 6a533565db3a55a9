/** Where a row keeps its sealed fields; local, like _sync (never sent: the push sends the mutation, not the row). */
export const SEALED_FIELD = '_sealed';
