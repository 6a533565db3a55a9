/**
 * Follows one large pull or push and publishes its progress; a sync that fits in one request
 * publishes nothing. Ending clears what was published.
 */
import { advanceEstimate, startEstimate, type ProgressEstimate, type SyncDirection, type SyncProgress } from './progress-estimate';

/** Where a run publishes its progress (the data client's store). */
export type PublishProgress = (progress: SyncProgress | null) => void;

export class ProgressTracker {
  private estimate: ProgressEstimate | null = null;

  constructor(
    private readonly direction: SyncDirection,
    private readonly publish: PublishProgress | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** `done` so far and the estimate of what is left (undefined: no new estimate, the total stands). */
  update(done: number, remaining: number | undefined): void {
    if (!this.publish) return;
    if (this.estimate) this.estimate = advanceEstimate(this.estimate, done, remaining, this.now());
    else if (remaining !== undefined) this.estimate = startEstimate(this.direction, done, remaining, this.now());
    else return;
    this.publish(this.estimate.progress);
  }

  end(): void {
    if (this.estimate) this.publish?.(null);
    this.estimate = null;
  }
}
