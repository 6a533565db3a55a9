import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { createCodeReader, scanFrame, type CodeReader } from './qr-code-reader';
import './qr-scanner.css';

/** Pause between two frames read: quick enough to feel instant, light on a cheap phone's battery. */
const SCAN_INTERVAL_MS = 200;

export interface QrScannerProps {
  /** A Gridwalk household code was read; the camera is already stopped. */
  onHousehold: (householdId: string) => void;
  onCancel: () => void;
}

type Phase = 'starting' | 'scanning' | 'unavailable';

function stopTracks(stream: MediaStream | null) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Scans a household's door QR code with the back camera. The camera is asked for only while this is
 * shown and released on a find, on cancel and on unmount. A code that is no Gridwalk household link (or
 * one from another site) is said so, and scanning goes on.
 */
export function QrScanner({ onHousehold, onCancel }: QrScannerProps) {
  const { t } = useTranslation('checkpoint');
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<() => void>(() => undefined);
  const onHouseholdRef = useRef(onHousehold);
  const [phase, setPhase] = useState<Phase>('starting');
  const [foreign, setForeign] = useState(false);

  useEffect(() => {
    onHouseholdRef.current = onHousehold;
  }, [onHousehold]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stopTracks(stream);
      stream = null;
    };
    stopRef.current = stop;

    async function scanLoop(read: CodeReader, video: HTMLVideoElement) {
      const outcome = await scanFrame(read, video, window.location.origin);
      if (stopped) return;
      if (outcome.kind === 'household') {
        stop();
        onHouseholdRef.current(outcome.householdId);
        return;
      }
      if (outcome.kind === 'foreign') setForeign(true);
      timer = setTimeout(() => void scanLoop(read, video), SCAN_INTERVAL_MS);
    }

    async function start() {
      const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
      if (typeof media?.getUserMedia !== 'function') {
        setPhase('unavailable');
        return;
      }
      let read: CodeReader;
      try {
        const camera = await media.getUserMedia({ video: { facingMode: 'environment' } });
        if (stopped) {
          stopTracks(camera);
          return;
        }
        stream = camera;
        read = await createCodeReader();
      } catch {
        // Permission refused, no camera, or the decoder could not load.
        if (!stopped) {
          stop();
          setPhase('unavailable');
        }
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      // play() is a promise in browsers; its refusal (autoplay rules) leaves the muted stream showing anyway.
      void Promise.resolve()
        .then(() => video.play())
        .catch(() => undefined);
      setPhase('scanning');
      void scanLoop(read, video);
    }

    void start();
    return stop;
  }, []);

  function cancel() {
    stopRef.current();
    onCancel();
  }

  return (
    <div className="gw-qr-scanner">
      {phase === 'unavailable' ? (
        <Banner tone="error">{t('checkpoint:scanner.unavailable')}</Banner>
      ) : (
        <>
          <video ref={videoRef} className="gw-qr-scanner__video" muted playsInline aria-label={t('checkpoint:scanner.camera')} />
          <p className="gw-hint" role="status">
            {t(phase === 'starting' ? 'checkpoint:scanner.starting' : 'checkpoint:scanner.aim')}
          </p>
        </>
      )}
      {foreign && phase === 'scanning' ? (
        <Banner tone="warning" announce>
          {t('checkpoint:scanner.notHousehold')}
        </Banner>
      ) : null}
      <Button variant="secondary" block onClick={cancel}>
        {t('checkpoint:scanner.cancel')}
      </Button>
    </div>
  );
}
