/**
 * Watches a page's camera: every getUserMedia call is counted and the streams it returned are kept,
 * so a test can tell when the camera was asked for and whether it was released.
 */
import type { BrowserContext, Page } from 'playwright-core';

const SPY = '__gridwalkCameraSpy';

interface CameraSpyState {
  calls: number;
  streams: MediaStream[];
}

export interface CameraUse {
  /** getUserMedia calls so far. */
  calls: number;
  /** The readyState of every track of every stream handed out ('live' or 'ended'). */
  trackStates: string[];
}

/** Installed before any page script runs, in every page of the context. */
export async function spyOnCamera(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (!media) return;
    const state: CameraSpyState = { calls: 0, streams: [] };
    Object.defineProperty(window, key, { value: state });
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      state.calls += 1;
      const stream = await original(constraints);
      state.streams.push(stream);
      return stream;
    };
  }, SPY);
}

export function cameraUse(page: Page): Promise<CameraUse> {
  return page.evaluate((key: string) => {
    const state = (window as unknown as Record<string, CameraSpyState | undefined>)[key];
    if (!state) throw new Error('The camera spy is not installed (spyOnCamera before the page opens)');
    return { calls: state.calls, trackStates: state.streams.flatMap((stream) => stream.getTracks().map((track) => track.readyState)) };
  }, SPY);
}
