import { describe, expect, it } from 'vitest';
import { advanceEstimate, startEstimate } from '../../../../src/data/sync/progress-estimate';

describe('sync progress arithmetic', () => {
  it('takes the total from the first page: received plus what the server says is left; no time left before a rate is known', () => {
    const first = startEstimate('pull', 1000, 27_000, 0);
    expect(first.progress).toEqual({ direction: 'pull', done: 1000, total: 28_000, secondsLeft: null });
  });

  it('estimates the time left from the rate since the first page, rounded up', () => {
    let estimate = startEstimate('pull', 1000, 27_000, 0);
    estimate = advanceEstimate(estimate, 3000, 25_000, 1000); // 2,000 records in 1 s
    expect(estimate.progress).toMatchObject({ done: 3000, total: 28_000, secondsLeft: 13 });
    estimate = advanceEstimate(estimate, 5000, 23_000, 2000);
    expect(estimate.progress.secondsLeft).toBe(12); // 23,000 / 2,000 per s = 11.5 → 12
  });

  it('follows the newest estimate of what is left, and never shows a total below what was received', () => {
    let estimate = startEstimate('pull', 500, 100, 0);
    estimate = advanceEstimate(estimate, 1200, 0, 1000);
    expect(estimate.progress).toMatchObject({ done: 1200, total: 1200, secondsLeft: 0 });
    // A push: no new estimate per batch, the outbox's count stands (and grows if more was sent).
    let push = startEstimate('push', 0, 400, 0);
    push = advanceEstimate(push, 200, undefined, 500);
    expect(push.progress).toMatchObject({ done: 200, total: 400, secondsLeft: 1 });
    push = advanceEstimate(push, 450, undefined, 1000);
    expect(push.progress).toMatchObject({ done: 450, total: 450, secondsLeft: 0 });
  });

  it('has no rate while nothing more was done or no time passed', () => {
    const estimate = advanceEstimate(startEstimate('pull', 100, 900, 0), 100, 900, 5000);
    expect(estimate.progress.secondsLeft).toBeNull();
    expect(advanceEstimate(startEstimate('pull', 0, 900, 10), 100, 800, 10).progress.secondsLeft).toBeNull();
  });
});
