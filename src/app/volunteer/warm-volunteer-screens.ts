/**
 * The screens a volunteer opens next from Requests (a request, with its delivery form, and today's
 * deliveries) are their own chunks, precached by the service worker; loading them once the app is idle
 * means the first tap on a request does not also wait for its code.
 */
import { warmWhenIdle } from '../warm-when-idle';

const NEXT_SCREENS = [() => import('../../features/volunteer/request-screen'), () => import('../../features/volunteer/delivered-screen')];

export function warmVolunteerScreens(delayMs = 1500): () => void {
  return warmWhenIdle(NEXT_SCREENS, delayMs);
}
