/**
 * The desk's places (Buildings, Reports and the desk's data code they share) are their own chunks,
 * precached by the service worker; loading them once the app is idle means the first tap on the
 * navigation does not also wait for code to be fetched and parsed.
 */
import { warmWhenIdle } from '../warm-when-idle';

const NEXT_SCREENS = [() => import('../../features/buildings/buildings-screen'), () => import('../../features/reports/reports-screen')];

export function warmDeskScreens(delayMs = 1500): () => void {
  return warmWhenIdle(NEXT_SCREENS, delayMs);
}
