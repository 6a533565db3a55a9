/**
 * The review and tasks `npm start` adds to the demo (src/server/seed/demo-review.ts): worker1 pulls the
 * return of one of their visits and two tasks (one overdue); secretary1's queue holds worker1's visits;
 * worker2 sees none of it. Every record is one the rules would accept as pushed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoredRecord } from '../../src/domain/entities/stored-record-schemas';
import { reviewStandingOf } from '../../src/domain/review/review-state';
import { isOverdue } from '../../src/domain/tasks/task-rules';
import { seedDemoReview } from '../../src/server/seed/demo-review';
import { startTestServer, type TestServer } from '../fixtures/server-harness';

let server: TestServer;
const NOW = Date.now();

beforeAll(async () => {
  server = await startTestServer();
  const id = (username: string) => server.demo.users.find((user) => user.username === username)!.id;
  expect(await seedDemoReview(server.db, id('worker1'), id('secretary1'), NOW)).toBe(6);
});
afterAll(async () => {
  await server?.close();
});

const pulled = async (username: string, entity: string) => {
  const { changes } = await (await server.api(username)).pullAll();
  return changes.filter((change) => change.entity === entity).map((change) => change.data);
};

describe('demo review and tasks', () => {
  it('gives worker1 one returned visit, with the comment, and two tasks, the visit-again one overdue', async () => {
    const reviews = await pulled('worker1', 'review');
    expect(reviews).toHaveLength(1);
    const review = parseStoredRecord('review', reviews[0]);
    expect(review.ok).toBe(true);
    if (!review.ok) return;
    expect(reviewStandingOf([review.record]).state).toBe('returned');
    expect(review.record.comment).toContain('体温');
    const visits = (await pulled('worker1', 'visit')).map((v) => v.id);
    expect(visits).toContain(review.record.recordId);

    const tasks = (await pulled('worker1', 'task')).map((t) => parseStoredRecord('task', t));
    expect(tasks.map((t) => t.ok && t.record.kind).sort()).toEqual(['disinfection', 'visit_again']);
    const overdue = tasks.flatMap((t) => (t.ok && isOverdue(t.record, NOW) ? [t.record.kind] : []));
    expect(overdue).toEqual(['visit_again']);
  });

  it('gives secretary1 the three visits to review and worker2 none of it', async () => {
    expect(await pulled('secretary1', 'visit')).toHaveLength(3);
    expect(await pulled('secretary1', 'task')).toHaveLength(2);
    expect(await pulled('worker2', 'review')).toEqual([]);
    expect(await pulled('worker2', 'task')).toEqual([]);
  });
});
