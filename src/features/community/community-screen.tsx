/**
 * The secretary's home: today across all grids, from the records on this phone (works offline), each
 * figure by the same domain functions as the grid workers' daily reports.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyConflict, helpRequestsInState, useRecords, useSession } from '../../data';
import { localDateOf, localDay } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { useNow } from '../../shared/ui/use-now';
import { CommunityFigures } from './community-figures';
import { GridWorkers } from './grid-workers';
import { useCommunityDay, type CommunityView } from './use-community-day';
import './community.css';

function SealedList({ view }: { view: CommunityView }) {
  const { t } = useTranslation('community');
  if (view.sealed.length === 0) return <p className="gw-empty">{t('community:sealed.none')}</p>;
  return (
    <ul className="gw-desk-list">
      {view.sealed.map(({ building, day }) => (
        <li key={building.id}>
          <Link to={`/buildings/${building.id}`}>{building.name}</Link>
          {day > 0 ? <span className="gw-desk-badge">{t('community:sealed.day', { n: day })}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function UnconfirmedGrids({ view }: { view: CommunityView }) {
  const { t } = useTranslation('community');
  const names = view.day.unconfirmedGridIds.map((id) => view.grids.find((grid) => grid.id === id)?.name ?? id);
  if (names.length === 0) return <p className="gw-desk-ok">{t('community:reports.allConfirmed')}</p>;
  return (
    <ul className="gw-desk-list" aria-label={t('community:reports.unconfirmed')}>
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** Where the desk goes next: Trends, Conflicts with how many wait to be seen, the delivery ledger, the requests to confirm, the tasks and the Excel ledger. */
function DeskLinks() {
  const { t } = useTranslation(['community', 'requests', 'tasks']);
  const conflicts = useRecords(everyConflict());
  const unseen = (conflicts ?? []).filter((conflict) => conflict.seenAt === undefined).length;
  const toConfirm = useRecords(helpRequestsInState('unconfirmed'))?.length ?? 0;
  return (
    <nav aria-label={t('community:desk')} className="gw-desk-links">
      <Link to="/trends">{t('community:trends')}</Link>
      <Link to="/people">{t('community:people')}</Link>
      <Link to="/phones">{t('community:phones')}</Link>
      <span>
        <Link to="/conflicts">{t('community:conflicts')}</Link>
        {unseen > 0 ? <span className="gw-desk-badge">{t('community:toSee', { n: unseen })}</span> : null}
      </span>
      <Link to="/deliveries">{t('requests:ledger.link')}</Link>
      {toConfirm > 0 ? <Link to="/requests/unconfirmed">{t('requests:toConfirm.link', { n: toConfirm })}</Link> : null}
      <Link to="/tasks">{t('tasks:title')}</Link>
      <Link to="/monitoring">{t('community:monitoring')}</Link>
      <Link to="/campaigns">{t('community:campaigns')}</Link>
      <Link to="/ledger">{t('community:ledger')}</Link>
    </nav>
  );
}

export function CommunityScreen() {
  const { t } = useTranslation('community');
  const { user } = useSession();
  const now = useNow(60_000);
  const today = localDateOf(now);
  const day = useMemo(() => localDay(today), [today]);
  const view = useCommunityDay(today, day, now);

  return (
    <PageLayout title={t('community:title')} className="gw-desk gw-page--wide">
      <p className="gw-hint">{t('community:today', { date: today })}</p>
      <DeskLinks />
      {user && user.gridIds.length > 0 ? (
        <p>
          <Link to="/round">{t('community:myRound')}</Link>
        </p>
      ) : null}
      {!view ? (
        <p className="gw-loading" aria-busy="true">
          {t('app.loading')}
        </p>
      ) : (
        <>
          <CommunityFigures day={view.day} />
          <section aria-labelledby="community-sealed" className="gw-desk-section">
            <h2 id="community-sealed">{t('community:sealed.title', { n: view.sealed.length })}</h2>
            <SealedList view={view} />
          </section>
          <section aria-labelledby="community-reports" className="gw-desk-section">
            <h2 id="community-reports">{t('community:reports.title')}</h2>
            <UnconfirmedGrids view={view} />
            <Link to="/reports">{t('community:reports.open')}</Link>
          </section>
          <section aria-labelledby="community-workers" className="gw-desk-section">
            <h2 id="community-workers">{t('community:workers.title')}</h2>
            <GridWorkers workers={view.workers} grids={view.grids} />
          </section>
        </>
      )}
    </PageLayout>
  );
}
