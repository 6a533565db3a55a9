/**
 * A record the server sent that does not fit its kind's schema on this phone. It is kept aside
 * (never stored as a record, never shown as one) and listed in "needs attention" with the server's
 * version, until a readable version of it arrives or a reset pull starts over.
 */
import type { EntityName } from '../../domain/entities/entity-names';

export interface UnreadableRecord {
  entity: EntityName;
  id: string;
  /** The server's version of the record that could not be read. */
  version: number;
  /** Field path → stable validation key, as for a rejected write. */
  fields: Record<string, string>;
  /** When this phone received it (ISO). */
  receivedAt: string;
}
