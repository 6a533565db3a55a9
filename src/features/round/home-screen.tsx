import { Suspense, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyRecord, everySealPeriod, helpRequestsInState, useRecords, useSession } from '../../data';
import { tallyStatuses } from '../../domain/round/round-tally';
import { PageLayout } from '../../shared/ui/page-layout';
import { BuildingCards } from './building-cards';
import { HOME_KEY_GROUPS } from './key-groups';
import { NotVisitedList } from './not-visited-list';
import { myBuildings } from './round-scope';
import { useTodayStatuses } from './use-today-statuses';
import './round.css';

export interface HomeScreenProps {
  /** The sync summary card, supplied by the app (it belongs to the sync feature). */
  syncSummary?: ReactNode;
  /** "Returned: <n>", the worker's records the secretary returned (the review feature, loaded apart). */
  returned?: ReactNode;
  /** The worker's tasks: due today, overdue, done (the tasks feature, loaded apart). */
  tasks?: ReactNode;
  /** "Due follow-ups": home monitoring checks due now and overdue today (the monitoring feature, loaded apart). */
  followUps?: ReactNode;
}

function TodayTotals({ visited, total, notHome, refused, fevers }: { visited: number; total: number; notHome: number; refused: number; fevers: number }) {
  const { t } = useTranslation('round');
  return (
    <div className="gw-card gw-round-totals">
      <p className="gw-lead">{t('round:home.visited', { visited, total })}</p>
      <p>
        {t('round:home.notHome', { n: notHome })} · {t('round:home.refused', { n: refused })}
      </p>
      <p className={fevers > 0 ? 'gw-round-fever' : undefined}>{t('round:home.fevers', { n: fevers })}</p>
    </div>
  );
}

/** Home: today's round over my grids (totals, buildings, doors still to knock), key groups and sync. */
export function HomeScreen({ syncSummary, returned, tasks, followUps }: HomeScreenProps) {
  const { t } = useTranslation(['translation', 'round']);
  const { user } = useSession();
  // Residents' requests through a unit poster wait for the worker's word (the phone holds the worker's scope only).
  const toConfirm = useRecords(helpRequestsInState('unconfirmed'))?.length ?? 0;
  const buildingRecords = useRecords(everyRecord('building'));
  const householdRecords = useRecords(everyRecord('household'));
  const sealPeriods = useRecords(everySealPeriod());
  const { statuses, feverReports, today } = useTodayStatuses();
  const todayId = useId();
  const buildingsId = useId();
  const notVisitedId = useId();
  const groupsId = useId();
  const syncTitleId = useId();

  const buildings = useMemo(() => (buildingRecords ? myBuildings(buildingRecords, user) : undefined), [buildingRecords, user]);
  const households = useMemo(() => {
    if (!buildings || !householdRecords) return undefined;
    const mine = new Set(buildings.map((b) => b.id));
    return householdRecords.filter((h) => mine.has(h.buildingId));
  }, [buildings, householdRecords]);
  const totals = useMemo(() => {
    if (!households || !statuses) return undefined;
    const tally = tallyStatuses(
      households.map((h) => h.id),
      statuses,
    );
    // A fever reported directly (someone not in the register) has no household but still counts.
    const direct = feverReports.filter((r) => r.householdId === undefined).length;
    return { ...tally, fevers: tally.fever + direct };
  }, [households, statuses, feverReports]);
  const ready = buildings !== undefined && households !== undefined && statuses !== undefined;

  return (
    <PageLayout title={t('home.title')}>
      {user ? (
        <div className="gw-card">
          <p className="gw-lead">{t('home.greeting', { name: user.displayName })}</p>
          <p>{t('home.role', { role: t(`role.${user.role}`) })}</p>
        </div>
      ) : null}
      {toConfirm > 0 ? (
        <Link className="gw-button gw-button--primary gw-button--block" to="/requests/unconfirmed">
          {t('round:home.toConfirm', { n: toConfirm })}
        </Link>
      ) : null}

      {returned ? <Suspense fallback={null}>{returned}</Suspense> : null}
      {followUps ? <Suspense fallback={null}>{followUps}</Suspense> : null}
      {tasks ? <Suspense fallback={null}>{tasks}</Suspense> : null}

      <section className="gw-section" aria-labelledby={todayId}>
        <h2 id={todayId}>{t('round:home.todayTitle')}</h2>
        {totals ? (
          <TodayTotals visited={totals.visited} total={totals.total} notHome={totals.notHome} refused={totals.refused} fevers={totals.fevers} />
        ) : (
          <p className="gw-loading">{t('app.loading')}</p>
        )}
        <div className="gw-actions">
          <Link className="gw-button gw-button--primary" to="/daily-report">
            {t('round:home.closeDay')}
          </Link>
          <Link className="gw-button gw-button--danger" to="/fever-reports/new">
            {t('round:home.reportFever')}
          </Link>
          <Link className="gw-button gw-button--secondary" to="/checkpoint">
            {t('round:home.gate')}
          </Link>
          <Link className="gw-button gw-button--secondary" to="/campaigns">
            {t('round:home.campaigns')}
          </Link>
        </div>
      </section>

      <section className="gw-section" aria-labelledby={buildingsId}>
        <h2 id={buildingsId}>{t('round:home.buildingsTitle')}</h2>
        {ready ? <BuildingCards buildings={buildings} households={households} statuses={statuses} sealPeriods={sealPeriods} today={today} labelledBy={buildingsId} /> : null}
      </section>

      <section className="gw-section" aria-labelledby={notVisitedId}>
        <h2 id={notVisitedId}>{t('round:home.notVisitedTitle')}</h2>
        {ready ? <NotVisitedList buildings={buildings} households={households} statuses={statuses} labelledBy={notVisitedId} /> : null}
      </section>

      <section className="gw-section" aria-labelledby={groupsId}>
        <h2 id={groupsId}>{t('round:home.groupsTitle')}</h2>
        <ul className="gw-round-groups" aria-labelledby={groupsId}>
          {HOME_KEY_GROUPS.map((tag) => (
            <li key={tag}>
              <Link className="gw-button gw-button--secondary gw-button--block" to={`/groups/${tag}`}>
                {t(`round:groups.${tag}`)}
              </Link>
            </li>
          ))}
        </ul>
        <Link className="gw-button gw-button--secondary gw-button--block" to="/households">
          {t('home.households')}
        </Link>
      </section>

      {syncSummary ? (
        <section className="gw-section" aria-labelledby={syncTitleId}>
          <h2 id={syncTitleId}>{t('home.syncTitle')}</h2>
          {syncSummary}
        </section>
      ) : null}
    </PageLayout>
  );
}
