import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRejectedMutations } from '../../data/hooks/use-rejected-mutations';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { RejectedMutationCard } from './rejected-mutation-card';

/** The /attention route: every mutation the server rejected, each fixable, resendable or discardable. */
export function NeedsAttentionScreen() {
  const { t } = useTranslation();
  const rejected = useRejectedMutations();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <PageLayout title={t('attention.title')}>
      <p>{t('attention.intro')}</p>
      {notice ? (
        <Banner tone="success" announce>
          {notice}
        </Banner>
      ) : null}
      {rejected.length === 0 ? (
        <p className="gw-empty">{t('attention.empty')}</p>
      ) : (
        <ul className="gw-list">
          {rejected.map((entry) => (
            <li key={entry.mutationId}>
              <RejectedMutationCard entry={entry} onDone={setNotice} />
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
