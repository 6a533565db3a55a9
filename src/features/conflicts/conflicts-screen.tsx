/**
 * /conflicts, the secretary's list of same-field clashes the server recorded (two phones changed the
 * same field; the later write won): the ones not seen yet, newest first, each with "Keep this value"
 * under both values and "Seen"; the ones already seen behind a toggle. From the records on this phone.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { everyConflict, useConflictActions, useConflicts } from '../../data';
import { ConflictList } from '../../shared/ui/conflict-list';
import { PageLayout } from '../../shared/ui/page-layout';

export function ConflictsScreen() {
  const { t } = useTranslation(['conflicts', 'attention', 'translation']);
  const entries = useConflicts(everyConflict());
  const actions = useConflictActions();
  const [showSeen, setShowSeen] = useState(false);
  const toggleId = useId();
  const seenTitleId = useId();
  const unseen = useMemo(() => entries?.filter((entry) => entry.conflict.seenAt === undefined) ?? [], [entries]);
  const seen = useMemo(() => entries?.filter((entry) => entry.conflict.seenAt !== undefined) ?? [], [entries]);

  return (
    <PageLayout title={t('conflicts:title')} className="gw-page--wide">
      <p className="gw-hint">{t('conflicts:intro')}</p>
      {entries === undefined ? (
        <p className="gw-loading" aria-busy="true">
          {t('translation:app.loading')}
        </p>
      ) : (
        <>
          {unseen.length === 0 ? (
            <p className="gw-empty">{t('conflicts:none')}</p>
          ) : (
            <ConflictList entries={unseen} onKeep={actions.keep} onSeen={actions.markSeen} label={t('conflicts:title')} />
          )}
          <p className="gw-actions">
            <input id={toggleId} type="checkbox" checked={showSeen} onChange={(event) => setShowSeen(event.target.checked)} />
            <label htmlFor={toggleId}>{t('conflicts:showSeen')}</label>
          </p>
          {showSeen ? (
            <section className="gw-section" aria-labelledby={seenTitleId}>
              <h2 id={seenTitleId}>{t('conflicts:seenTitle')}</h2>
              {seen.length === 0 ? (
                <p className="gw-empty">{t('conflicts:noneSeen')}</p>
              ) : (
                <ConflictList entries={seen} onKeep={actions.keep} onSeen={actions.markSeen} label={t('conflicts:seenTitle')} />
              )}
            </section>
          ) : null}
        </>
      )}
    </PageLayout>
  );
}
