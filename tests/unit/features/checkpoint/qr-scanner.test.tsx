import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readHouseholdCode } from '../../../../src/features/checkpoint/person-picker';
import { CodeScanner } from '../../../../src/shared/ui/code-scanner';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { fakeCamera, gateScannerWords, HOUSEHOLD_ID, ownHouseholdLink, removeCamera } from './qr-scanner-support';

const detect = vi.fn<(source: HTMLVideoElement) => Promise<{ rawValue: string }[]>>();
const detectorOptions: unknown[] = [];

class FakeBarcodeDetector {
  static getSupportedFormats = async () => ['qr_code', 'ean_13'];
  constructor(options: unknown) {
    detectorOptions.push(options);
  }
  detect(source: HTMLVideoElement) {
    return detect(source);
  }
}

function renderScanner() {
  const onHousehold = vi.fn<(id: string) => void>();
  const onCancel = vi.fn<() => void>();
  const rendered = renderWithProviders(
    <CodeScanner formats={['qr_code']} judge={readHouseholdCode} onFound={onHousehold} onCancel={onCancel} words={gateScannerWords} />,
  );
  return { ...rendered, onHousehold, onCancel };
}

beforeEach(() => {
  detect.mockReset();
  detectorOptions.length = 0;
  vi.stubGlobal('BarcodeDetector', FakeBarcodeDetector);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  removeCamera();
});

describe('QR scanner', () => {
  it('asks for the back camera, reads a household code with BarcodeDetector, then releases the camera', async () => {
    const camera = fakeCamera();
    detect.mockResolvedValueOnce([]).mockResolvedValue([{ rawValue: ownHouseholdLink() }]);
    const { onHousehold } = renderScanner();

    await waitFor(() => expect(onHousehold).toHaveBeenCalledWith(HOUSEHOLD_ID));
    expect(onHousehold).toHaveBeenCalledOnce();
    expect(camera.getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' } });
    expect(detectorOptions).toEqual([{ formats: ['qr_code'] }]);
    expect(detect.mock.calls[0]?.[0]).toBeInstanceOf(HTMLVideoElement);
    expect(camera.allStopped()).toBe(true);
  });

  it('says so when a code is no Gridwalk household, and goes on scanning', async () => {
    const camera = fakeCamera();
    let seen = 'WIFI:S:home;T:WPA;P:secret;;';
    detect.mockImplementation(async () => [{ rawValue: seen }]);
    const { onHousehold } = renderScanner();

    expect(await screen.findByText('This code is not a Gridwalk household')).toBeInTheDocument();
    expect(onHousehold).not.toHaveBeenCalled();
    expect(camera.tracks[0]?.stop).not.toHaveBeenCalled();

    const callsBefore = detect.mock.calls.length;
    seen = `https://elsewhere.example/households/${HOUSEHOLD_ID}`;
    await waitFor(() => expect(detect.mock.calls.length).toBeGreaterThan(callsBefore + 1));
    expect(onHousehold).not.toHaveBeenCalled();

    seen = ownHouseholdLink();
    await waitFor(() => expect(onHousehold).toHaveBeenCalledWith(HOUSEHOLD_ID));
    expect(camera.allStopped()).toBe(true);
  });

  it('tells to find the person by name when the camera is refused, and cancels', async () => {
    const camera = fakeCamera();
    camera.getUserMedia.mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    const { onCancel, onHousehold, user } = renderScanner();

    expect(await screen.findByRole('alert')).toHaveTextContent('Camera not available: find the person by name instead');
    await user.click(screen.getByRole('button', { name: 'Cancel scanning' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(detect).not.toHaveBeenCalled();
    expect(onHousehold).not.toHaveBeenCalled();
  });

  it('says the camera is not available on a browser without camera access', async () => {
    removeCamera();
    renderScanner();
    expect(await screen.findByRole('alert')).toHaveTextContent('Camera not available: find the person by name instead');
  });

  it('stops the camera on cancel', async () => {
    const camera = fakeCamera();
    detect.mockResolvedValue([]);
    const { onCancel, user } = renderScanner();
    await waitFor(() => expect(detect).toHaveBeenCalled());

    await user.click(screen.getByRole('button', { name: 'Cancel scanning' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(camera.allStopped()).toBe(true);
    const calls = detect.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(detect.mock.calls.length).toBe(calls);
  });

  it('stops the camera when it goes away, even if the camera answers after that', async () => {
    const camera = fakeCamera();
    let grant: (stream: MediaStream) => void = () => undefined;
    camera.getUserMedia.mockImplementation(() => new Promise<MediaStream>((resolve) => (grant = resolve)));
    const { unmount } = renderScanner();
    await waitFor(() => expect(camera.getUserMedia).toHaveBeenCalled());

    unmount();
    grant(camera.stream);
    await waitFor(() => expect(camera.allStopped()).toBe(true));
    expect(detect).not.toHaveBeenCalled();
  });

  it('stops the camera when it goes away while scanning', async () => {
    const camera = fakeCamera();
    detect.mockResolvedValue([]);
    const { unmount } = renderScanner();
    await waitFor(() => expect(detect).toHaveBeenCalled());
    unmount();
    expect(camera.allStopped()).toBe(true);
  });
});
