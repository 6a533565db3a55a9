import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hourRange, type DayTally } from '../../domain/checkpoint/shift-tally';

/** Today's figures at the checkpoint: a table of people in and out per hour with traffic, then refusals and referrals. */
export function ShiftDayFigures({ tally, date }: { tally: DayTally; date: string }) {
  const { t } = useTranslation('shift');
  const titleId = useId();
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('shift:day.title', { date })}</h2>
      {tally.hours.length === 0 ? (
        <p className="gw-empty">{t('shift:day.empty')}</p>
      ) : (
        <table className="gw-shift__table">
          <caption>{t('shift:day.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shift:day.hour')}</th>
              <th scope="col">{t('shift:day.in')}</th>
              <th scope="col">{t('shift:day.out')}</th>
            </tr>
          </thead>
          <tbody>
            {tally.hours.map((row) => (
              <tr key={row.hour}>
                <th scope="row">{hourRange(row.hour, row.hour + 1)}</th>
                <td>{row.in}</td>
                <td>{row.out}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('shift:day.total')}</th>
              <td>{tally.totalIn}</td>
              <td>{tally.totalOut}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <dl className="gw-shift__counts">
        <div className="gw-shift__count">
          <dt>{t('shift:day.refused')}</dt>
          <dd>{tally.refused}</dd>
        </div>
        <div className="gw-shift__count">
          <dt>{t('shift:day.referred')}</dt>
          <dd>{tally.referred}</dd>
        </div>
      </dl>
    </section>
  );
}
