/** A stored record as the UI sees it: its kind's fields, the server's fields and the local sync state. */
import type { EntityName } from '../domain/entities/entity-names';
import type { EntityRecord } from '../domain/entities/entity-record';

export type RecordSyncState = 'synced' | 'pending' | 'rejected';

export type LocalRecord<E extends EntityName = EntityName> = EntityRecord<E> & { _sync: RecordSyncState };
