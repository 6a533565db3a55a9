/**
 * One unit's poster, an A4 page: the building and unit, a QR code to the unit's help page, the grid
 * workers' names and phones, the community hotline and the seal state. For the secretary, "Replace
 * poster code" (after a confirm step) below the page, never printed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { helpPagePath, type PosterSheet, type UnitPoster } from '../../domain/api/posters';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { CodedError } from '../../shared/write-failure';
import { PosterQr } from './poster-qr';

export interface UnitPosterPageProps {
  sheet: PosterSheet;
  poster: UnitPoster;
  origin: string;
  /** Set for the secretary: replaces the unit's code. */
  onReplace?: (unit: string) => Promise<unknown>;
}

export function UnitPosterPage({ sheet, poster, origin, onReplace }: UnitPosterPageProps) {
  const { t } = useTranslation(['posters', 'translation']);
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | 'done'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const { building, community, gridWorkers } = sheet;
  const title = t('posters:unitTitle', { building: building.name, unit: poster.unit });

  const replace = async () => {
    if (!onReplace) return;
    setStep('busy');
    setFailure(null);
    try {
      await onReplace(poster.unit);
      setStep('done');
    } catch (error) {
      setFailure(t(`translation:errors.${error instanceof CodedError ? error.code : 'SERVER'}`, { defaultValue: t('translation:errors.SERVER') }));
      setStep('idle');
    }
  };

  return (
    <section className="gw-poster-unit" aria-label={title}>
      <article className="gw-poster">
        <p className="gw-poster__community">{community.name}</p>
        <h2 className="gw-poster__title">{title}</h2>
        {building.address ? <p className="gw-poster__address">{building.address}</p> : null}
        <p className="gw-poster__seal">
          {building.sealed ? t('posters:sealedSince', { date: building.sealedSince ?? '' }) : t('posters:notSealed')}
        </p>
        <h3 className="gw-poster__heading">{t('posters:heading')}</h3>
        <PosterQr url={`${origin}${helpPagePath(poster.token)}`} label={t('posters:qrLabel', { unit: poster.unit })} />
        <p className="gw-poster__scan">{t('posters:scan')}</p>
        <ul className="gw-poster__contacts">
          {gridWorkers.length === 0 ? <li>{t('posters:noGridWorker')}</li> : null}
          {gridWorkers.map((worker) => (
            <li key={`${worker.name}-${worker.phone ?? ''}`}>
              {t('posters:gridWorker', { name: worker.name })} {worker.phone ?? ''}
            </li>
          ))}
          <li>{community.hotline ? t('posters:hotline', { phone: community.hotline }) : t('posters:noHotline')}</li>
        </ul>
      </article>
      {onReplace ? (
        <div className="gw-poster-unit__actions">
          {step === 'done' ? <Banner tone="success">{t('posters:replaced', { unit: poster.unit })}</Banner> : null}
          {failure ? <Banner tone="error">{failure}</Banner> : null}
          {step === 'confirm' || step === 'busy' ? (
            <ConfirmPanel
              message={t('posters:replaceConfirm', { unit: poster.unit })}
              confirmLabel={t('posters:replaceYes')}
              cancelLabel={t('posters:replaceNo')}
              busy={step === 'busy'}
              onConfirm={() => void replace()}
              onCancel={() => setStep('idle')}
            />
          ) : (
            <Button variant="secondary" block onClick={() => setStep('confirm')}>
              {t('posters:replace')}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
