/**
 * The IndexedDB schema of the app, in one place. Versions are only ever added:
 * never edit a published entry of SCHEMA_VERSIONS; append a new one (with an upgrade
 * function when data has to move) and add its case to tests/unit/data/db/schema-upgrade.test.ts.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { ENTITY_NAMES, type EntityName } from '../../domain/entities/entity-names';
import { KeyHolder } from '../crypto/key-holder';
import { sealingMiddleware } from '../crypto/sealing-middleware';
import type { LocalRecord } from '../local-record';
import type { OutboxEntry } from './outbox-entry';
import type { StoredRecord } from './stored-record';
import type { UnreadableRecord } from './unreadable-record';

export const DEFAULT_DB_NAME = 'gridwalk';

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Entity tables are named after the wire entity; every row is keyed by the record id. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      community: 'id',
      grid: 'id, communityId',
      checkpoint: 'id, communityId',
      building: 'id, gridId',
      household: 'id, buildingId, [buildingId+unit+room]',
      resident: 'id, householdId, name',
      visit: 'id, householdId, visitedAt',
      fever_report: 'id, reportedAt',
      checkpoint_entry: 'id, checkpointId, at',
      outbox: '++seq, &mutationId, recordId, state',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      daily_report: 'id, [gridId+date]',
    },
  },
  {
    version: 3,
    stores: {
      // "This checkpoint today": a range on [checkpointId+at].
      checkpoint_entry: 'id, checkpointId, at, [checkpointId+at]',
      shift_note: 'id, checkpointId, shiftStart',
    },
  },
  {
    version: 4,
    stores: {
      // A household's fever reports; the residents of one key group (multi-entry on tags).
      fever_report: 'id, reportedAt, householdId',
      resident: 'id, householdId, name, *tags',
      // Pulled records that did not fit their schema, kept aside for "needs attention".
      unreadable: '[entity+id]',
    },
  },
  {
    version: 5,
    stores: {
      // The secretary's desk (issue 12): seal periods of a building, the community's settings and reports,
      // each phone's last sync, the server's same-field conflicts (by the record they are about).
      seal_period: 'id, buildingId',
      community_settings: 'id, communityId',
      community_report: 'id, date',
      device_sync: 'id, userId',
      conflict: 'id, recordId, at',
      // Every grid's daily reports of a date range (the secretary's daily reports and reporting rate).
      daily_report: 'id, [gridId+date], date',
    },
  },
  {
    version: 6,
    stores: {
      // Volunteers and sealed buildings (issue 13): a building's and a household's help requests, the
      // requests in a state (open ones for volunteers, unconfirmed ones to confirm), a request's deliveries
      // and a day's deliveries.
      help_request: 'id, buildingId, householdId, state',
      delivery: 'id, helpRequestId, deliveredAt',
    },
  },
  {
    version: 7,
    stores: {
      // Review and tasks (issue 14): a record's reviews (its history and state), the reviews of one
      // author's records (a grid worker's returned ones), the newest decisions; a worker's tasks, the
      // tasks in a state, by due time.
      review: 'id, recordId, recordBy, decidedAt',
      task: 'id, assigneeId, state, dueAt',
    },
  },
  {
    version: 8,
    stores: {
      // Home monitoring (issue 16): a resident's monitorings (the open one, the history), a household's;
      // a monitoring's checks, and the checks of a time range (the secretary's list, the last 24 hours).
      home_monitoring: 'id, residentId, householdId, startDate',
      monitoring_check: 'id, monitoringId, residentId, checkedAt',
    },
  },
  {
    version: 9,
    stores: {
      // Testing campaigns (issue 17): the campaigns; a campaign's samplings (by resident too: sampled twice),
      // its exemptions and lab results (by tube).
      testing_campaign: 'id, startDate',
      campaign_exemption: 'id, campaignId, residentId',
      sampling: 'id, campaignId, residentId, tubeNumber',
      test_result: 'id, campaignId, tubeNumber',
    },
  },
  {
    version: 10,
    stores: {
      // Phone privacy (issue 18): a resident's name is stored sealed, so its index would be empty (and
      // nothing reads it); the residents who moved out, by the day, for the retention purge, which would
      // otherwise open every sealed resident to find them.
      resident: 'id, householdId, *tags, movedOutOn',
    },
  },
  {
    version: 11,
    stores: {
      // The levels above the community (issue 19): a street officer's street and district.
      district: 'id',
      street: 'id',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares the schema versions up to `upTo` (all by default) on a Dexie instance. */
export function declareVersions(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
}

export class GridwalkDb extends Dexie {
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, string>;
  unreadable!: Table<UnreadableRecord, [string, string]>;

  /** Whether personal fields are sealed on write and opened on read (issue 18), and with which keys. */
  readonly keys: KeyHolder;

  constructor(name: string = DEFAULT_DB_NAME, keys: KeyHolder = new KeyHolder()) {
    super(name);
    this.keys = keys;
    declareVersions(this);
    this.use(sealingMiddleware(keys));
  }

  /** The table holding one entity's records, as the sync engine rebuilds them (fields of any kind). */
  records(entity: EntityName): Table<StoredRecord, string> {
    return this.table(entity);
  }

  /**
   * The same table read as records of its kind: every row got there through the kind's schema (a
   * validated write replayed on a server copy parsed at pull), so it has the kind's type.
   */
  typedRecords<E extends EntityName>(entity: E): Table<LocalRecord<E>, string> {
    return this.table(entity);
  }

  /** Every entity table, e.g. for transactions that touch records of any kind. */
  allRecordTables(): Table<StoredRecord, string>[] {
    return ENTITY_NAMES.map((name) => this.records(name));
  }
}
