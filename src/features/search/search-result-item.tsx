import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data/data-client';
import type { SearchEntry } from '../../domain/search/search-index';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { residentFacts } from './resident-facts';
import type { SearchRecords } from './search-entries';

interface ResultProps {
  entry: SearchEntry;
  records: SearchRecords;
  /** YYYY-MM-DD, for ages. */
  today: string;
}

function useAddress(household: LocalRecord | undefined, records: SearchRecords): string | null {
  const { t } = useTranslation('search');
  if (!household) return null;
  const building = typeof household.buildingId === 'string' ? records.buildings.get(household.buildingId) : undefined;
  const values = { unit: String(household.unit ?? ''), room: String(household.room ?? '') };
  return typeof building?.name === 'string' ? t('search:address', { ...values, building: building.name }) : t('search:addressNoBuilding', values);
}

function ResidentResult({ resident, records, today }: { resident: LocalRecord; records: SearchRecords; today: string }) {
  const { t } = useTranslation('search');
  const householdId = typeof resident.householdId === 'string' ? resident.householdId : null;
  const address = useAddress(householdId ? records.households.get(householdId) : undefined, records);
  const facts = residentFacts(resident, today);
  const about = [facts.age === null ? null : t('search:age', { n: facts.age }), facts.sex ? t(`search:sex.${facts.sex}`) : null].filter(Boolean);
  const body = (
    <>
      <span className="gw-search__name">{String(resident.name ?? '')}</span>
      {about.length > 0 ? <span className="gw-search__line">{about.join(' · ')}</span> : null}
      {facts.tags.length > 0 ? <span className="gw-search__line">{facts.tags.map((tag) => t(`search:tags.${tag}`)).join(' · ')}</span> : null}
      {address ? <span className="gw-search__line">{address}</span> : null}
      <span className="gw-search__marks">
        {facts.movedOut ? <span className="gw-search__moved">{t('search:movedOut')}</span> : null}
        <RecordSyncBadge state={resident._sync} />
      </span>
    </>
  );
  return householdId ? (
    <Link className="gw-search__hit" to={`/households/${encodeURIComponent(householdId)}`}>
      {body}
    </Link>
  ) : (
    <div className="gw-search__hit">{body}</div>
  );
}

function HouseholdResult({ household, records }: { household: LocalRecord; records: SearchRecords }) {
  const { t } = useTranslation('search');
  const address = useAddress(household, records);
  const phone = typeof household.phone === 'string' ? household.phone : null;
  return (
    <Link className="gw-search__hit" to={`/households/${encodeURIComponent(household.id)}`}>
      <span className="gw-search__name">{address}</span>
      <span className="gw-search__line">
        {t('search:household')} · {t(household.status === 'vacant' ? 'search:vacant' : 'search:occupied')}
        {phone ? ` · ${phone}` : null}
      </span>
      <span className="gw-search__marks">
        <RecordSyncBadge state={household._sync} />
      </span>
    </Link>
  );
}

/** One hit: a resident (name, age/sex, tags, address, moved out, sync state) or a household; both open the household. */
export const SearchResultItem = memo(function SearchResultItem({ entry, records, today }: ResultProps) {
  if (entry.kind === 'household') {
    const household = records.households.get(entry.id);
    return household ? (
      <li className="gw-search__item">
        <HouseholdResult household={household} records={records} />
      </li>
    ) : null;
  }
  const resident = records.residents.get(entry.id);
  return resident ? (
    <li className="gw-search__item">
      <ResidentResult resident={resident} records={records} today={today} />
    </li>
  ) : null;
});
