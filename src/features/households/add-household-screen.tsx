import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { everyRecord, useRecords } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { HouseholdForm } from './household-form';
import { byName } from './household-order';

/** The /households/new route: the form, then the new household's own screen (the list stays one step back). */
export function AddHouseholdScreen() {
  const { t } = useTranslation('household');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const buildings = useRecords(everyRecord('building'));
  const sorted = useMemo(() => (buildings ? [...buildings].sort(byName) : undefined), [buildings]);
  const listPath = (buildingId: string | null) => (buildingId ? `/households?building=${encodeURIComponent(buildingId)}` : '/households');

  return (
    <PageLayout title={t('household:households.addTitle')}>
      {sorted === undefined ? (
        <p className="gw-loading">{t('app.loading')}</p>
      ) : sorted.length === 0 ? (
        <p className="gw-empty">{t('household:households.noBuildings')}</p>
      ) : (
        <HouseholdForm
          buildings={sorted}
          initialBuildingId={params.get('building')}
          onSaved={(id) => void navigate(`/households/${encodeURIComponent(id)}`, { replace: true })}
          onCancel={() => void navigate(listPath(params.get('building')))}
        />
      )}
    </PageLayout>
  );
}
