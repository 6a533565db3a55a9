import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The ledger (台账) in Excel: export the registers, import an old roster (every role with the full app). */
export function LedgerSetting() {
  const { t } = useTranslation('settings');
  const headingId = useId();
  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings:ledger.title')}</h2>
      <p className="gw-hint">{t('settings:ledger.hint')}</p>
      <p className="gw-ledger-links">
        <Link className="gw-button gw-button--secondary" to="/ledger">
          {t('settings:ledger.export')}
        </Link>
        <Link className="gw-button gw-button--secondary" to="/ledger/import">
          {t('settings:ledger.import')}
        </Link>
      </p>
    </section>
  );
}
