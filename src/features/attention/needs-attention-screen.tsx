import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRejectedMutations, useUnreadableRecords } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { RejectedMutationCard } from './rejected-mutation-card';
import { UnreadableRecordCard } from './unreadable-record-card';

/**
 * The /attention route: every mutation the server rejected, each fixable, resendable or discardable;
 * then the records the server sent that this phone could not read.
 */
export function NeedsAttentionScreen() {
  const { t } = useTranslation(['attention', 'validation']);
  const rejected = useRejectedMutations();
  const unreadable = useUnreadableRecords();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <PageLayout title={t('attention:title')}>
      <p>{t('attention:intro')}</p>
      {notice ? (
        <Banner tone="success" announce>
          {notice}
        </Banner>
      ) : null}
      {rejected.length === 0 && unreadable.length === 0 ? (
        <p className="gw-empty">{t('attention:empty')}</p>
      ) : (
        <ul className="gw-list">
          {rejected.map((entry) => (
            <li key={entry.mutationId}>
              <RejectedMutationCard entry={entry} onDone={setNotice} />
            </li>
          ))}
          {unreadable.map((record) => (
            <li key={`${record.entity}:${record.id}`}>
              <UnreadableRecordCard record={record} />
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
