/**
 * The secretary's Signed-in phones (/phones, issue 18): every phone signed in to the community with
 * whose it is, its device and last sync, and "Sign out this phone" for a lost phone or a worker who
 * left. The sessions live on the server: this screen needs a connection.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { ServerListStatus } from '../../shared/ui/server-list-status';
import { PhoneCard } from './phone-card';
import { usePhones, type Phones } from './use-phones';
import './phones.css';

function PhoneList({ phones, onSignedOut }: { phones: Phones; onSignedOut: (name: string) => void }) {
  const { t } = useTranslation('phones');
  const { view } = phones;
  if (view.state !== 'ready') {
    return (
      <ServerListStatus
        view={view}
        reload={phones.reload}
        loading={t('phones:loading')}
        retry={t('phones:retry')}
        failure={(code) => t(code === 'NETWORK' ? 'phones:needsConnection' : 'phones:failed')}
      />
    );
  }
  if (view.items.length === 0) return <p className="gw-empty">{t('phones:none')}</p>;
  return (
    <ul className="gw-phones" aria-label={t('phones:listLabel')}>
      {view.items.map((phone) => (
        <li key={phone.sessionId}>
          <PhoneCard
            phone={phone}
            onSignedOut={(gone) => {
              phones.drop(gone.sessionId);
              onSignedOut(gone.userName);
            }}
          />
        </li>
      ))}
    </ul>
  );
}

export function PhonesScreen() {
  const { t } = useTranslation('phones');
  const { user } = useSession();
  const phones = usePhones(user?.communityId ?? null);
  const [signedOut, setSignedOut] = useState<string | null>(null);
  return (
    <PageLayout title={t('phones:title')} className="gw-phones-screen">
      <p className="gw-hint">{t('phones:intro')}</p>
      {signedOut !== null ? (
        <Banner tone="success" announce>
          {t('phones:signedOut', { name: signedOut })}
        </Banner>
      ) : null}
      <PhoneList phones={phones} onSignedOut={setSignedOut} />
    </PageLayout>
  );
}
