import { useEffect, useRef, useState } from 'react';
import { Banner } from './banner';
import { Button } from './button';
import { createCodeReader, scanFrame, type CodeFormat, type CodeJudge, type CodeReader } from './code-reader';
import './code-scanner.css';

/** Pause between two frames read: quick enough to feel instant, light on a cheap phone's battery. */
const SCAN_INTERVAL_MS = 200;

/** The scanner's words, in the words of the screen that opens it. */
export interface CodeScannerWords {
  /** The video's accessible name. */
  camera: string;
  starting: string;
  /** What to point the camera at. */
  aim: string;
  /** A code was read that is not one this scanner wants. */
  foreign: string;
  unavailable: string;
  cancel: string;
}

export interface CodeScannerProps {
  formats: readonly CodeFormat[];
  judge: CodeJudge;
  /** A wanted code was read (its judged value); the camera is already stopped. */
  onFound: (value: string) => void;
  onCancel: () => void;
  words: CodeScannerWords;
}

type Phase = 'starting' | 'scanning' | 'unavailable';

function stopTracks(stream: MediaStream | null) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Scans a code with the back camera (a household's door QR code, a tube's barcode). The camera is asked
 * for only while this is shown and released on a find, on cancel and on unmount. A code the judge does
 * not want is said so, and scanning goes on.
 */
export function CodeScanner({ formats, judge, onFound, onCancel, words }: CodeScannerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<() => void>(() => undefined);
  const onFoundRef = useRef(onFound);
  const judgeRef = useRef(judge);
  const formatsRef = useRef(formats);
  const [phase, setPhase] = useState<Phase>('starting');
  const [foreign, setForeign] = useState(false);

  useEffect(() => {
    onFoundRef.current = onFound;
    judgeRef.current = judge;
  }, [onFound, judge]);

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
      const outcome = await scanFrame(read, video, (text) => judgeRef.current(text));
      if (stopped) return;
      if (outcome.kind === 'found') {
        stop();
        onFoundRef.current(outcome.value);
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
        read = await createCodeReader(formatsRef.current);
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
    <div className="gw-code-scanner">
      {phase === 'unavailable' ? (
        <Banner tone="error">{words.unavailable}</Banner>
      ) : (
        <>
          <video ref={videoRef} className="gw-code-scanner__video" muted playsInline aria-label={words.camera} />
          <p className="gw-hint" role="status">
            {phase === 'starting' ? words.starting : words.aim}
          </p>
        </>
      )}
      {foreign && phase === 'scanning' ? (
        <Banner tone="warning" announce>
          {words.foreign}
        </Banner>
      ) : null}
      <Button variant="secondary" block onClick={cancel}>
        {words.cancel}
      </Button>
    </div>
  );
}
