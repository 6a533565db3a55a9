/**
 * /requests/unconfirmed: the requests residents sent through a unit poster that wait for the grid
 * worker (or the secretary) to confirm or reject them before volunteers see them. The phone holds
 * only the requests of its user's scope (the worker's grids, the secretary's community), so all the
 * unconfirmed ones on it are listed, oldest first, each with its building, unit and room.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { everyRecord, helpRequestsInState, useRecords } from '../../data';
import { PageLayout } from '../../shared/ui/page-layout';
import { RequestList } from './request-card';
import './requests.css';

export function UnconfirmedRequestsScreen() {
  const { t } = useTranslation('requests');
  const requests = useRecords(helpRequestsInState('unconfirmed'));
  const buildings = useRecords(everyRecord('building'));
  const buildingNames = useMemo(() => new Map((buildings ?? []).map((building) => [building.id, building.name])), [buildings]);
  const listId = useId();
  return (
    <PageLayout title={t('requests:toConfirm.title')}>
      <p className="gw-hint" id={listId}>
        {t('requests:toConfirm.hint')}
      </p>
      {requests === undefined ? (
        <p className="gw-loading">{t('app.loading')}</p>
      ) : requests.length === 0 ? (
        <p className="gw-empty">{t('requests:toConfirm.empty')}</p>
      ) : (
        <RequestList requests={requests} showPlace labelledBy={listId} buildingNames={buildingNames} />
      )}
    </PageLayout>
  );
}
