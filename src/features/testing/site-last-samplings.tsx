/**
 * The last samplings made on this phone at this site, newest first, each with an undo: a mistaken
 * sampling is voided (kept, marked "Undone") and taken again. Reads only those (newestSamplingsAtSite),
 * not the campaign's thousands, so a sampling's write re-reads a handful.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newestSamplingsAtSite, useDataClient, useRecords, useSession, type LocalRecord, type RegisterRecords } from '../../data';
import { errorKeys } from '../../shared/i18n/message-keys';
import { clockTime } from '../../shared/clock-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { describeWriteFailure } from '../../shared/write-failure';

/** How many of the phone's samplings the list shows. */
const LAST_SHOWN = 8;

type Sampling = LocalRecord<'sampling'>;

export interface LastSamplingsProps {
  campaignId: string;
  siteId: string;
  records: RegisterRecords;
}

export function LastSamplings({ campaignId, siteId, records }: LastSamplingsProps) {
  const { t } = useTranslation('testing');
  const client = useDataClient();
  const { user } = useSession();
  const [failure, setFailure] = useState<string[] | null>(null);
  const shown = useRecords(newestSamplingsAtSite(campaignId, siteId, user?.id, LAST_SHOWN)) ?? [];

  async function undo(sampling: Sampling) {
    try {
      await client.voidRecord('sampling', sampling.id, t('testing:site.undoReason'));
      setFailure(null);
    } catch (error) {
      const described = describeWriteFailure(error);
      setFailure(errorKeys(described.kind === 'failed' ? described.code : null));
    }
  }

  return (
    <section className="gw-site-last" aria-labelledby="gw-site-last-heading">
      <h2 id="gw-site-last-heading">{t('testing:site.last')}</h2>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      {shown.length === 0 ? <p className="gw-empty">{t('testing:site.lastEmpty')}</p> : null}
      <ul className="gw-list gw-site-last__list">
        {shown.map((sampling) => {
          const voided = sampling.voidedAt !== undefined;
          const name = records.residents.get(sampling.residentId)?.name ?? t('testing:site.unknownPerson');
          return (
            <li key={sampling.id} className="gw-site-last__item">
              <span className="gw-site-last__line">
                <span>{clockTime(sampling.sampledAt)}</span> <span className="gw-site-last__name">{voided ? <s>{name}</s> : name}</span>{' '}
                <span>{t('testing:site.inTubeNumber', { tube: sampling.tubeNumber })}</span>
              </span>
              <span className="gw-site-last__marks">
                {voided ? <span>{t('testing:site.undone')}</span> : null}
                <RecordSyncBadge state={sampling._sync} />
                {voided ? null : (
                  <Button variant="danger" onClick={() => void undo(sampling)}>
                    {t('testing:site.undo', { name })}
                  </Button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
