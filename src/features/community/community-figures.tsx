import { useTranslation } from 'react-i18next';
import type { CommunityDay } from '../../domain/community/community-day';
import { FEVER_ACTIONS } from '../../domain/entities/fever-report';

function Figure({ label, value, alert = false }: { label: string; value: string | number; alert?: boolean }) {
  return (
    <div className={alert ? 'gw-desk-figure gw-desk-figure--alert' : 'gw-desk-figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Today's households across all grids, and fevers: found, and reported by action. */
export function CommunityFigures({ day }: { day: CommunityDay }) {
  const { t } = useTranslation('community');
  const { counts } = day;
  return (
    <>
      <section aria-labelledby="community-households" className="gw-desk-section">
        <h2 id="community-households">{t('community:households.title')}</h2>
        <dl className="gw-desk-figures">
          <Figure label={t('community:households.visited')} value={t('community:households.ofTotal', { n: counts.visited, total: day.households })} />
          <Figure label={t('community:households.notHome')} value={counts.notHome} />
          <Figure label={t('community:households.refused')} value={counts.refused} />
          <Figure label={t('community:households.notKnocked')} value={day.notKnocked} />
        </dl>
      </section>
      <section aria-labelledby="community-fevers" className="gw-desk-section">
        <h2 id="community-fevers">{t('community:fevers.title')}</h2>
        <dl className="gw-desk-figures">
          <Figure label={t('community:fevers.found')} value={counts.feversFound} alert={counts.feversFound > 0} />
          <Figure label={t('community:fevers.reported')} value={counts.feversReported} />
          {FEVER_ACTIONS.map((action) => (
            <Figure key={action} label={t(`community:fevers.action.${action}`)} value={day.reportsByAction[action]} />
          ))}
        </dl>
      </section>
    </>
  );
}
