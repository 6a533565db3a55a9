/** Which roles work at the secretary's desk (a community's secretary, an administrator); zod-free for any screen. */
import type { UserRole } from './sync-protocol';

export function isDeskRole(role: UserRole | undefined): boolean {
  return role === 'secretary' || role === 'admin';
}
