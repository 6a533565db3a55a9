/**
 * A building's seal on its screen: "Day <n> of 14" while sealed, "Seal building" / "Lift seal" for a
 * secretary or an administrator, and every seal period the building had (from – to, reason).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sealPeriodsOfBuilding, useRecords, useSession, type LocalRecord } from '../../data';
import { currentSeal, sealDay } from '../../domain/sealing/seal-days';
import { isDeskRole } from '../../domain/sync-roles';
import { localDateOf } from '../../shared/local-date';
import { Button } from '../../shared/ui/button';
import { LiftForm, SealForm } from './seal-forms';

export function BuildingSeal({ building }: { building: LocalRecord<'building'> }) {
  const { t } = useTranslation('sealing');
  const { user } = useSession();
  const periods = useRecords(sealPeriodsOfBuilding(building.id));
  const [open, setOpen] = useState<'seal' | 'lift' | null>(null);
  const historyId = useId();
  const today = localDateOf();
  const canSeal = isDeskRole(user?.role);
  const holding = building.sealed ? currentSeal(periods ?? [], today) : undefined;
  const start = building.sealed ? (holding?.startDate ?? building.sealedSince ?? null) : null;
  const day = start ? sealDay(start, today) : 0;
  const history = (periods ?? []).filter((period) => period.voidedAt === undefined);

  return (
    <>
      {building.sealed ? (
        <p className="gw-lead">
          <span className="gw-round-sealed">{day > 0 ? t('sealing:day', { n: day }) : start ? t('sealing:sealedFrom', { date: start }) : null}</span>
        </p>
      ) : null}
      {canSeal && open === null ? (
        building.sealed ? (
          holding ? (
            <Button variant="secondary" onClick={() => setOpen('lift')}>
              {t('sealing:liftSeal')}
            </Button>
          ) : null
        ) : (
          <Button variant="danger" onClick={() => setOpen('seal')}>
            {t('sealing:sealBuilding')}
          </Button>
        )
      ) : null}
      {canSeal && open === 'seal' ? <SealForm buildingId={building.id} today={today} onDone={() => setOpen(null)} /> : null}
      {canSeal && open === 'lift' && holding ? (
        <LiftForm sealPeriodId={holding.id} startDate={holding.startDate} today={today} onDone={() => setOpen(null)} />
      ) : null}
      {history.length > 0 ? (
        <section className="gw-section" aria-labelledby={historyId}>
          <h2 id={historyId}>{t('sealing:historyTitle')}</h2>
          <ul className="gw-list" aria-labelledby={historyId}>
            {history.map((period) => (
              <li key={period.id} className="gw-card">
                <span className="gw-lead">{t('sealing:period', { from: period.startDate, to: period.liftedOn ?? t('sealing:ongoing') })}</span>
                <span>{period.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
