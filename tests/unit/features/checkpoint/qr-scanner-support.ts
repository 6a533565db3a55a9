/** A fake camera for the QR scanner tests: getUserMedia resolving a stream whose tracks record stop(). */
import { vi } from 'vitest';
import type { CodeScannerWords } from '../../../../src/shared/ui/code-scanner';

/** The gate's scanner words (the finder passes them from the 'checkpoint' namespace). */
export const gateScannerWords: CodeScannerWords = {
  camera: 'Camera',
  starting: 'Starting the camera…',
  aim: "Point the camera at the household's door code.",
  foreign: 'This code is not a Gridwalk household',
  unavailable: 'Camera not available: find the person by name instead',
  cancel: 'Cancel scanning',
};

export const HOUSEHOLD_ID = '0192f1b4-0000-7000-8000-0000000000c1';

export function ownHouseholdLink(id = HOUSEHOLD_ID): string {
  return `${window.location.origin}/households/${id}`;
}

export function fakeCamera() {
  const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
  const stream = { getTracks: () => tracks } as unknown as MediaStream;
  const getUserMedia = vi.fn<MediaDevices['getUserMedia']>(async () => stream);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  // jsdom plays no video.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  return { getUserMedia, tracks, stream, allStopped: () => tracks.every((track) => track.stop.mock.calls.length > 0) };
}

export function removeCamera() {
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
}
