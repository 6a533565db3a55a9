/**
 * The community total for the date and "Confirm community report": the community's own daily report (the
 * sum of its grids' reports, the grids missing named before and after confirming), the figure the street
 * office receives. Confirming again later records a newer report; the latest counts.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import type { CommunityTotal } from '../../domain/reports/community-total';
import { formatDateTime } from '../../shared/format-date-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { CountsList } from './counts-list';

interface CommunityReportPanelProps {
  communityId: string;
  date: string;
  total: CommunityTotal;
  /** gridId → name, for naming the grids missing. */
  gridNames: ReadonlyMap<string, string>;
  /** The latest community report of the date on the phone, if any. */
  confirmed: LocalRecord<'community_report'> | null;
  /** The table above already shows the total's counts (office screen). */
  countsShown: boolean;
}

export function CommunityReportPanel({ communityId, date, total, gridNames, confirmed, countsShown }: CommunityReportPanelProps) {
  const { t, i18n } = useTranslation('reports');
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: 'validation:invalid_value' });
  const titleId = useId();
  // What this screen confirmed, until the live read brings the stored record back.
  const [saved, setSaved] = useState<{ date: string; confirmedAt: string; gridsMissing: string[] } | null>(null);
  const names = (ids: readonly string[]) => ids.map((id) => gridNames.get(id) ?? t('reports:grids.gridFallback')).join(i18n.language.startsWith('zh') ? '、' : ', ');
  const shown = confirmed ?? (saved?.date === date ? saved : null);
  const reasons = Object.keys(form.fieldErrors).length > 0 ? Object.values(form.fieldErrors) : form.banner ? [form.banner] : [];
  const failure = reasons.length > 0 ? t('reports:confirm.failed', { reason: reasons.map((keys) => t(keys)).join(' ') }) : null;

  async function confirm() {
    const confirmedAt = new Date().toISOString();
    const { counts, gridsReported, gridsMissing } = total;
    const ok = await form.run(() => client.create('community_report', { communityId, date, counts, gridsReported, gridsMissing, confirmedAt }));
    if (ok) setSaved({ date, confirmedAt, gridsMissing });
  }

  return (
    <section className="gw-section gw-reports__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports:total.title')}</h2>
      <p>{t('reports:total.reportedOf', { reported: total.gridsReported.length, total: total.gridsReported.length + total.gridsMissing.length })}</p>
      {countsShown ? null : <CountsList counts={total.counts} />}
      {shown ? (
        <div className="gw-reports__confirmed">
          <p className="gw-lead">{t('reports:confirm.confirmedAt', { time: formatDateTime(shown.confirmedAt, i18n.language) })}</p>
          {shown.gridsMissing.length > 0 ? <p>{t('reports:confirm.confirmedMissing', { grids: names(shown.gridsMissing) })}</p> : null}
          <p className="gw-hint">{t('reports:confirm.again')}</p>
        </div>
      ) : null}
      {total.gridsMissing.length > 0 ? <Banner tone="warning">{t('reports:confirm.missingWarning', { grids: names(total.gridsMissing) })}</Banner> : null}
      {failure ? <Banner tone="error">{failure}</Banner> : null}
      {saved?.date === date && !form.busy ? (
        <Banner tone="success" announce>
          {t('reports:confirm.saved')}
        </Banner>
      ) : null}
      <Button block onClick={() => void confirm()} disabled={form.busy} busy={form.busy}>
        {form.busy ? t('reports:confirm.confirming') : t('reports:confirm.button')}
      </Button>
    </section>
  );
}
