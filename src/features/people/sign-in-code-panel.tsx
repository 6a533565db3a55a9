/**
 * The one-time sign-in code handed to a new person: the 12 digits grouped 4-4-4 (large, easy to
 * read aloud), a QR code of <origin>/join?code=<digits>, their username (their phone) and until when
 * the code works (24 hours, once).
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInCode } from '../../domain/api/people';
import { formatDateTime } from '../../shared/format-date-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { QrSvg, useQrDrawing } from '../../shared/ui/qr-image';

/** "123456789012" → "1234 5678 9012". */
export function groupCode(code: string): string {
  return code.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The link a phone's camera opens: the Join screen with the code filled in. */
export function joinUrl(origin: string, code: string): string {
  return `${origin}/join?code=${encodeURIComponent(code)}`;
}

export interface SignInCodePanelProps {
  name: string;
  username: string;
  signInCode: SignInCode;
  onClose: () => void;
}

export function SignInCodePanel({ name, username, signInCode, onClose }: SignInCodePanelProps) {
  const { t, i18n } = useTranslation('people');
  const titleId = useId();
  const url = joinUrl(window.location.origin, signInCode.code);
  const drawing = useQrDrawing(url);
  const grouped = groupCode(signInCode.code);
  const sectionRef = useRef<HTMLElement>(null);
  // The panel opens at the top of the screen, maybe far from the row whose button made the code.
  useEffect(() => {
    sectionRef.current?.focus();
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, [signInCode.code]);
  return (
    <section ref={sectionRef} tabIndex={-1} className="gw-card gw-sign-in-code" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('people:code.title', { name })}</h2>
      <p className="gw-sign-in-code__label" id={`${titleId}-digits`}>
        {t('people:code.digits')}
      </p>
      <p className="gw-sign-in-code__digits" aria-describedby={`${titleId}-digits`}>
        {grouped}
      </p>
      {drawing.state === 'drawn' ? (
        <QrSvg className="gw-sign-in-code__qr" modules={drawing.modules} label={t('people:code.qrAlt', { name })} />
      ) : drawing.state === 'drawing' ? (
        <p className="gw-loading" role="status">
          {t('people:code.qrDrawing')}
        </p>
      ) : (
        <Banner tone="warning">{t('people:code.qrFailed')}</Banner>
      )}
      <p className="gw-sign-in-code__username">{t('people:code.username', { username })}</p>
      <p>{t('people:code.expires', { time: formatDateTime(signInCode.expiresAt, i18n.language) })}</p>
      <p className="gw-hint">{t('people:code.hint', { url: `${window.location.origin}/join` })}</p>
      <Button variant="secondary" block onClick={onClose}>
        {t('people:close')}
      </Button>
    </section>
  );
}
