/**
 * The building screen's help requests (the app hands this section to the building screen): those not
 * closed yet (unconfirmed, open, claimed), each with its unit and room linking to the household, or,
 * for a resident's request about a room not registered, the room and the same Confirm / Reject inline.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { helpRequestsOfBuilding, useRecords, type LocalRecord } from '../../data';
import { RequestList } from './request-card';
import './requests.css';

const ACTIVE: readonly string[] = ['unconfirmed', 'open', 'claimed'];

export function BuildingRequests({ building }: { building: LocalRecord<'building'> }) {
  const { t } = useTranslation('requests');
  const requests = useRecords(helpRequestsOfBuilding(building.id));
  const active = useMemo(() => requests?.filter((request) => ACTIVE.includes(request.state)), [requests]);
  const titleId = useId();
  return (
    <section className="gw-section gw-requests" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('requests:list.buildingTitle', { n: active?.length ?? 0 })}</h2>
      {active ? <RequestList requests={active} showPlace labelledBy={titleId} /> : <p className="gw-loading">{t('app.loading')}</p>}
    </section>
  );
}
