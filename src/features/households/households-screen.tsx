import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { everyRecord, householdsInWalkingOrder, useRecords, type LocalRecord } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { SelectField } from '../../shared/ui/select-field';
import { byName } from './household-order';

function HouseholdItem({ household }: { household: LocalRecord<'household'> }) {
  const { t } = useTranslation('household');
  const phone = household.phone ?? null;
  return (
    <li className="gw-card">
      <p className="gw-lead">
        <Link to={`/households/${encodeURIComponent(household.id)}`}>{t('household:households.place', { unit: household.unit, room: household.room })}</Link>
      </p>
      <p>
        {t(`household:households.${household.status}`)}
        {phone ? ` · ${phone}` : null}
      </p>
      <RecordSyncBadge state={household._sync} />
    </li>
  );
}

/** The /households route: pick a building, see its households (with what is not sent yet), open or add one. */
export function HouseholdsScreen() {
  const { t } = useTranslation('household');
  const [params, setParams] = useSearchParams();
  const buildings = useRecords(everyRecord('building'));
  const sorted = useMemo(() => (buildings ? [...buildings].sort(byName) : undefined), [buildings]);
  const requested = params.get('building');
  const buildingId = sorted?.some((b) => b.id === requested) ? requested : (sorted?.[0]?.id ?? null);
  const ordered = useRecords(buildingId ? householdsInWalkingOrder(buildingId) : null);
  const listTitleId = useId();

  function choose(id: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('building', id);
        return next;
      },
      { replace: true },
    );
  }

  if (sorted === undefined) {
    return (
      <PageLayout title={t('household:households.title')}>
        <p className="gw-loading">{t('app.loading')}</p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={t('household:households.title')}>
      {sorted.length === 0 || !buildingId ? (
        <p className="gw-empty">{t('household:households.noBuildings')}</p>
      ) : (
        <>
          <SelectField
            label={t('household:households.building')}
            name="building"
            options={sorted.map((b) => ({ value: b.id, label: b.name }))}
            value={buildingId}
            onChange={(event) => choose(event.target.value)}
          />
          <Link className="gw-button gw-button--primary gw-button--block" to={`/households/new?building=${encodeURIComponent(buildingId)}`}>
            {t('household:households.add')}
          </Link>
          <h2 id={listTitleId}>{t('household:households.listTitle', { n: ordered?.length ?? 0 })}</h2>
          {ordered && ordered.length === 0 ? <p className="gw-empty">{t('household:households.empty')}</p> : null}
          <ul className="gw-list" aria-labelledby={listTitleId}>
            {ordered?.map((household) => <HouseholdItem key={household.id} household={household} />)}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
