/**
 * Reading codes from the camera: the browser's BarcodeDetector for the formats asked (QR codes, Code 128
 * tube labels) where it knows at least one of them, else jsQR, loaded only then (its own chunk). jsQR
 * reads QR codes only: on a browser without BarcodeDetector a Code 128 label is typed instead. One scan
 * step reads one frame and says whether it held a code the caller wants, some other code, or nothing.
 */

/** Reads the code in the video's current frame: its text, or null when there is none. */
export type CodeReader = (video: HTMLVideoElement) => Promise<string | null>;

/** The barcode formats the app reads (BarcodeDetector's names). */
export type CodeFormat = 'qr_code' | 'code_128';

/** A frame as RGBA pixels. */
export interface FrameImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export type FrameGrabber = (video: HTMLVideoElement) => FrameImage | null;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = (new (options: { formats: string[] }) => BarcodeDetectorLike) & {
  getSupportedFormats?: () => Promise<string[]>;
};

/** Frames wider than this are scaled down before jsQR reads them: enough for a door code, fast on a cheap phone. */
const MAX_FRAME_WIDTH = 640;

/** The browser's BarcodeDetector, when it has one (not in TypeScript's DOM types yet). */
export function barcodeDetectorClass(scope: object): BarcodeDetectorClass | null {
  if (!('BarcodeDetector' in scope)) return null;
  const detector = scope.BarcodeDetector;
  return typeof detector === 'function' ? (detector as BarcodeDetectorClass) : null;
}

/** The formats asked that the detector reads (all of them when it cannot say). */
async function detectorFormats(Detector: BarcodeDetectorClass, formats: readonly CodeFormat[]): Promise<CodeFormat[]> {
  if (typeof Detector.getSupportedFormats !== 'function') return [...formats];
  try {
    const supported = await Detector.getSupportedFormats();
    return formats.filter((format) => supported.includes(format));
  } catch {
    return [];
  }
}

/** The best reader this browser has: BarcodeDetector for the formats it knows, else jsQR (QR codes). */
export async function createCodeReader(formats: readonly CodeFormat[] = ['qr_code'], scope: object = window): Promise<CodeReader> {
  const Detector = barcodeDetectorClass(scope);
  const known = Detector ? await detectorFormats(Detector, formats) : [];
  if (Detector && known.length > 0) {
    const detector = new Detector({ formats: known });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  return createJsqrReader();
}

/** jsQR over frames drawn to a canvas (lazily imported: only browsers without BarcodeDetector load it). */
export async function createJsqrReader(grab: FrameGrabber = createFrameGrabber()): Promise<CodeReader> {
  const { default: jsQR } = await import('jsqr');
  return async (video) => {
    const frame = grab(video);
    if (!frame) return null;
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/** Draws the video's current frame to one reused canvas and returns its pixels; null before the first frame. */
export function createFrameGrabber(): FrameGrabber {
  const canvas = document.createElement('canvas');
  let context: CanvasRenderingContext2D | null = null;
  return (video) => {
    if (video.videoWidth === 0 || video.videoHeight === 0) return null;
    const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context ??= canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(video, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  };
}

/**
 * What a scanner wants of a code's text: its value (a household id, a tube number), or null for a code
 * that is not one of its own.
 */
export type CodeJudge = (text: string) => string | null;

export type ScanOutcome = { kind: 'found'; value: string } | { kind: 'foreign' } | { kind: 'none' };

/** One scan step: read a frame and judge the code in it. */
export async function scanFrame(read: CodeReader, video: HTMLVideoElement, judge: CodeJudge): Promise<ScanOutcome> {
  let text: string | null;
  try {
    text = await read(video);
  } catch {
    // A frame the reader could not take (video not ready yet): try the next one.
    return { kind: 'none' };
  }
  if (text === null || text === '') return { kind: 'none' };
  const value = judge(text);
  return value === null ? { kind: 'foreign' } : { kind: 'found', value };
}
