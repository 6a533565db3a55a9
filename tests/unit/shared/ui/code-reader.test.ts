/** Which reader the camera scanner takes for the formats asked: BarcodeDetector where it knows them, else jsQR. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodeReader } from '../../../../src/shared/ui/code-reader';

vi.mock('jsqr', () => ({ default: vi.fn(() => null) }));

function detectorKnowing(formats: string[]) {
  const made: unknown[] = [];
  class Detector {
    static getSupportedFormats = async () => formats;
    constructor(options: unknown) {
      made.push(options);
    }
    detect = async () => [{ rawValue: 'T-1' }];
  }
  return { scope: { BarcodeDetector: Detector }, made };
}

afterEach(() => vi.restoreAllMocks());

describe('createCodeReader', () => {
  it('asks BarcodeDetector for Code 128 and QR when it reads both', async () => {
    const { scope, made } = detectorKnowing(['code_128', 'qr_code', 'ean_13']);
    const read = await createCodeReader(['code_128', 'qr_code'], scope);
    expect(made).toEqual([{ formats: ['code_128', 'qr_code'] }]);
    expect(await read(document.createElement('video'))).toBe('T-1');
  });

  it('takes the formats it knows (QR only) rather than none', async () => {
    const { scope, made } = detectorKnowing(['qr_code']);
    await createCodeReader(['code_128', 'qr_code'], scope);
    expect(made).toEqual([{ formats: ['qr_code'] }]);
  });

  it('falls back to jsQR (QR codes only) without a detector that knows any of them', async () => {
    const { scope, made } = detectorKnowing(['ean_13']);
    const read = await createCodeReader(['code_128', 'qr_code'], scope);
    expect(made).toEqual([]);
    expect(await read(document.createElement('video'))).toBeNull();
  });
});
