/** Where to go after signing in: the page the user was sent away from, else home. */
export function returnPathFrom(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/signin')) return from;
  }
  return '/';
}
