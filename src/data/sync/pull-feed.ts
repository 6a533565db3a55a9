/**
 * Pull pages fetched ahead of the writer: while one batch of pages is being written, the next
 * requests are already on their way (one at a time, each from the cursor the previous answer gave),
 * and each answer's records are read as it arrives. At most PAGES_AHEAD pages wait; the writer takes
 * every waiting page at once, so a fast network means fewer, larger write transactions.
 */
import type { PullResponse } from '../../domain/sync-protocol';

/** Pages waiting for the writer at most (a page is at most 1,000 records). */
export const PAGES_AHEAD = 4;

/** More resets than this in one run means the server keeps answering reset: stop and retry later. */
export const MAX_RESETS_PER_RUN = 3;

/** Whether the pull is over after this page (asked for at `cursor`). */
export function isLastPage(page: PullResponse, cursor: string): boolean {
  const emptyReset = page.reset === true && page.changes.length === 0;
  const stuck = page.hasMore && page.cursor === cursor && page.changes.length === 0;
  return (!page.hasMore && !emptyReset) || stuck;
}

export class PullFeed<T> {
  private readonly waiting: T[] = [];
  private failure: { error: unknown } | null = null;
  private finished = false;
  private stopped = false;
  private wakeWriter: (() => void) | null = null;
  private wakeFetcher: (() => void) | null = null;

  /** Starts fetching at once from `cursor`; `read` turns an answer into what the writer takes. */
  constructor(
    private readonly fetchPage: (cursor: string) => Promise<PullResponse>,
    private readonly read: (page: PullResponse) => T,
    cursor: string,
  ) {
    void this.run(cursor);
  }

  /**
   * Every page fetched and not yet taken (waits for at least one); [] once the pull is over. A failed
   * request is thrown only after the pages before it were taken, so they are written first.
   */
  async take(): Promise<T[]> {
    while (this.waiting.length === 0 && !this.finished) {
      await new Promise<void>((resolve) => (this.wakeWriter = resolve));
    }
    if (this.waiting.length > 0) {
      const pages = this.waiting.splice(0);
      this.wake('fetcher');
      return pages;
    }
    if (this.failure) throw this.failure.error;
    return [];
  }

  /** No more requests; an answer still on its way is dropped. */
  stop(): void {
    this.stopped = true;
    this.wake('fetcher');
  }

  private async run(start: string): Promise<void> {
    let cursor = start;
    let resets = 0;
    try {
      for (;;) {
        while (this.waiting.length >= PAGES_AHEAD && !this.stopped) {
          await new Promise<void>((resolve) => (this.wakeFetcher = resolve));
        }
        if (this.stopped) return;
        const page = await this.fetchPage(cursor);
        if (this.stopped) return;
        if (page.reset && ++resets > MAX_RESETS_PER_RUN) throw new Error('pull keeps resetting');
        this.waiting.push(this.read(page));
        this.wake('writer');
        if (isLastPage(page, cursor)) return;
        cursor = page.cursor;
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.finished = true;
      this.wake('writer');
    }
  }

  private wake(who: 'writer' | 'fetcher'): void {
    const resolve = who === 'writer' ? this.wakeWriter : this.wakeFetcher;
    if (who === 'writer') this.wakeWriter = null;
    else this.wakeFetcher = null;
    resolve?.();
  }
}
