/**
 * The screens a grid worker opens next from Home (a building, a household, the visit form) are
 * their own chunks, precached by the service worker. Loading them once the app is idle means the
 * first tap on a building does not also wait for its code to be fetched and parsed.
 */
import { warmWhenIdle } from '../warm-when-idle';

const NEXT_SCREENS = [
  () => import('../../features/round/building-screen'),
  () => import('../../features/households/household-screen'),
  () => import('../../features/visits/record-visit-screen'),
];

/** After `delayMs` and then when the browser is idle; returns a cancel function. */
export function warmRoundScreens(delayMs = 1500): () => void {
  return warmWhenIdle(NEXT_SCREENS, delayMs);
}
