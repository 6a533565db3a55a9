import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_VERSION } from '../../shared/app-version';

/** The app's version, e.g. for a support call. */
export function AboutSetting() {
  const { t } = useTranslation('settings');
  const headingId = useId();
  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings:about')}</h2>
      <p>{t('settings:version', { version: APP_VERSION })}</p>
    </section>
  );
}
