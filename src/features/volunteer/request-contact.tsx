/**
 * Who to call and where to go. Before the claim, the contact as the server sent it (张**, 138****1234).
 * After it, the address and the phone as a call link; until the claim has reached the server the phone
 * holds the masked number, and the screen says the full one comes with it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isMasked, type HelpRequestRecord } from './request-facts';
import type { BuildingRecord } from './use-volunteer-records';

export function RequestContact({ request, building, full }: { request: HelpRequestRecord; building: BuildingRecord | undefined; full: boolean }) {
  const { t } = useTranslation('volunteer');
  const addressId = useId();
  const masked = isMasked(request.contactPhone);
  if (!full) {
    return (
      <p>
        {request.contactName
          ? t('volunteer:card.contact', { name: request.contactName, phone: request.contactPhone })
          : t('volunteer:card.contactPhoneOnly', { phone: request.contactPhone })}
      </p>
    );
  }
  const street = building?.address ?? building?.name ?? t('volunteer:requests.unknownBuilding');
  return (
    <section className="gw-section gw-volunteer-contact" aria-labelledby={addressId}>
      <h2 id={addressId}>{t('volunteer:request.address')}</h2>
      <p>{t('volunteer:request.addressLine', { address: street, unit: request.unit, room: request.room })}</p>
      {request.contactName ? <p>{request.contactName}</p> : null}
      {masked ? (
        <>
          <p>{request.contactPhone}</p>
          <p className="gw-hint">{t('volunteer:request.phoneLater')}</p>
        </>
      ) : (
        <a className="gw-button gw-button--primary gw-button--block" href={`tel:${request.contactPhone}`}>
          {t('volunteer:request.call', { phone: request.contactPhone })}
        </a>
      )}
    </section>
  );
}
