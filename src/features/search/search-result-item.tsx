import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord, RegisterRecords } from '../../data';
import type { SearchEntry } from '../../domain/search/search-index';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { residentFacts } from './resident-facts';

interface ResultProps {
  entry: SearchEntry;
  records: RegisterRecords;
  /** YYYY-MM-DD, for ages. */
  today: string;
}

function useAddress(household: LocalRecord<'household'> | undefined, records: RegisterRecords): string | null {
  const { t } = useTranslation('search');
  if (!household) return null;
  const building = records.buildings.get(household.buildingId);
  const values = { unit: household.unit, room: household.room };
  return building ? t('search:address', { ...values, building: building.name }) : t('search:addressNoBuilding', values);
}

function ResidentResult({ resident, records, today }: { resident: LocalRecord<'resident'>; records: RegisterRecords; today: string }) {
  const { t } = useTranslation('search');
  const household = records.households.get(resident.householdId);
  const address = useAddress(household, records);
  const facts = residentFacts(resident, today);
  const about = [facts.age === null ? null : t('search:age', { n: facts.age }), facts.sex ? t(`search:sex.${facts.sex}`) : null].filter(Boolean);
  const body = (
    <>
      <span className="gw-search__name">{resident.name}</span>
      {about.length > 0 ? <span className="gw-search__line">{about.join(' · ')}</span> : null}
      {facts.tags.length > 0 ? <span className="gw-search__line">{facts.tags.map((tag) => t(`search:tags.${tag}`)).join(' · ')}</span> : null}
      {address ? <span className="gw-search__line">{address}</span> : null}
      <span className="gw-search__marks">
        {facts.movedOut ? <span className="gw-search__moved">{t('search:movedOut')}</span> : null}
        <RecordSyncBadge state={resident._sync} />
      </span>
    </>
  );
  return household ? (
    <Link className="gw-search__hit" to={`/households/${encodeURIComponent(household.id)}`}>
      {body}
    </Link>
  ) : (
    <div className="gw-search__hit">{body}</div>
  );
}

function HouseholdResult({ household, records }: { household: LocalRecord<'household'>; records: RegisterRecords }) {
  const { t } = useTranslation('search');
  const address = useAddress(household, records);
  const phone = household.phone ?? null;
  return (
    <Link className="gw-search__hit" to={`/households/${encodeURIComponent(household.id)}`}>
      <span className="gw-search__name">{address}</span>
      <span className="gw-search__line">
        {t('search:household')} · {t(`search:${household.status}`)}
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
