import { waitFor } from '@testing-library/react';
import jsQR from 'jsqr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readHouseholdCode } from '../../../../src/features/checkpoint/person-picker';
import { createJsqrReader, scanFrame } from '../../../../src/shared/ui/code-reader';
import { CodeScanner } from '../../../../src/shared/ui/code-scanner';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { fakeCamera, gateScannerWords, HOUSEHOLD_ID, ownHouseholdLink, removeCamera } from './qr-scanner-support';

vi.mock('jsqr', () => ({ default: vi.fn() }));
const decode = vi.mocked(jsQR);

/** A camera frame of 1280 × 720 whose canvas hands back `pixels`. */
function fakeVideoFrame(pixels: ImageData) {
  vi.spyOn(HTMLVideoElement.prototype, 'videoWidth', 'get').mockReturnValue(1280);
  vi.spyOn(HTMLVideoElement.prototype, 'videoHeight', 'get').mockReturnValue(720);
  const context = { drawImage: vi.fn(), getImageData: vi.fn(() => pixels) };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  return context;
}

function decoded(data: string): ReturnType<typeof jsQR> {
  return { data } as ReturnType<typeof jsQR>;
}

/** What the canvas hands back (a few pixels stand for the frame: jsQR is mocked). */
const pixels = { data: new Uint8ClampedArray(16), width: 640, height: 360 } as unknown as ImageData;

beforeEach(() => {
  decode.mockReset();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  removeCamera();
});

describe('QR scanner without BarcodeDetector', () => {
  it('reads frames with jsQR, scaled down to 640 px wide, and finds the household', async () => {
    expect('BarcodeDetector' in window).toBe(false);
    const camera = fakeCamera();
    const context = fakeVideoFrame(pixels);
    decode.mockReturnValueOnce(null).mockReturnValue(decoded(ownHouseholdLink()));
    const onHousehold = vi.fn<(id: string) => void>();
    renderWithProviders(
      <CodeScanner formats={['qr_code']} judge={readHouseholdCode} onFound={onHousehold} onCancel={() => undefined} words={gateScannerWords} />,
    );

    await waitFor(() => expect(onHousehold).toHaveBeenCalledWith(HOUSEHOLD_ID));
    expect(context.drawImage).toHaveBeenCalledWith(expect.any(HTMLVideoElement), 0, 0, 640, 360);
    expect(decode.mock.calls[0]?.[0]).toBe(pixels.data);
    expect(decode.mock.calls[0]?.slice(1, 3)).toEqual([640, 360]);
    expect(camera.allStopped()).toBe(true);
  });

  it('falls back to jsQR when the BarcodeDetector knows no QR codes', async () => {
    const detect = vi.fn(async () => []);
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = async () => ['ean_13'];
        detect = detect;
      },
    );
    fakeCamera();
    fakeVideoFrame(pixels);
    decode.mockReturnValue(decoded(ownHouseholdLink()));
    const onHousehold = vi.fn<(id: string) => void>();
    renderWithProviders(
      <CodeScanner formats={['qr_code']} judge={readHouseholdCode} onFound={onHousehold} onCancel={() => undefined} words={gateScannerWords} />,
    );

    await waitFor(() => expect(onHousehold).toHaveBeenCalledWith(HOUSEHOLD_ID));
    expect(detect).not.toHaveBeenCalled();
  });

  it('reads nothing before the video has a frame', async () => {
    const grab = vi.fn(() => null);
    const read = await createJsqrReader(grab);
    const video = document.createElement('video');
    expect(await scanFrame(read, video, readHouseholdCode)).toEqual({ kind: 'none' });
    expect(decode).not.toHaveBeenCalled();
  });

  it("judges a read code against the app's origin", async () => {
    const read = await createJsqrReader(() => pixels);
    const video = document.createElement('video');
    decode.mockReturnValueOnce(decoded(`https://elsewhere.example/households/${HOUSEHOLD_ID}`));
    expect(await scanFrame(read, video, readHouseholdCode)).toEqual({ kind: 'foreign' });
    decode.mockReturnValueOnce(decoded(ownHouseholdLink()));
    expect(await scanFrame(read, video, readHouseholdCode)).toEqual({ kind: 'found', value: HOUSEHOLD_ID });
  });
});
