import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, feverReport, hoursAgo, OTHER_WORKER, recordId, review, reviewId, visit, worker } from './review-records';

const reviews = [
  // 1: returned, waiting for the worker.
  review(1, 1, { comment: '体温未测', decidedAt: hoursAgo(30) }),
  // 2: returned and resubmitted: waiting for the secretary.
  review(2, 2, { decidedAt: hoursAgo(20) }),
  review(3, 2, { decision: 'resubmit', comment: undefined, previousId: reviewId(2), decidedAt: hoursAgo(10), deciderName: '王芳' }),
  // 3: returned, resubmitted, accepted: closed.
  review(4, 3, { decidedAt: hoursAgo(20) }),
  review(5, 3, { decision: 'resubmit', comment: undefined, previousId: reviewId(4), decidedAt: hoursAgo(10), deciderName: '王芳' }),
  review(6, 3, { decision: 'accept', comment: undefined, previousId: reviewId(5), decidedAt: hoursAgo(5) }),
  // 4: another worker's returned record.
  review(7, 4, { recordBy: OTHER_WORKER, decidedAt: hoursAgo(5) }),
  // 5: a returned fever report of this worker.
  review(8, 5, { recordEntity: 'fever_report', comment: '处置方式有误', decidedAt: hoursAgo(2) }),
];
const records = {
  visit: [visit(1, { visitedAt: hoursAgo(40) }), visit(2), visit(3), visit(4, { createdBy: OTHER_WORKER })],
  fever_report: [feverReport(5, { reportedAt: hoursAgo(3), name: '张三丰' })],
  review: reviews,
};

describe('Home’s "Returned: <n>"', { timeout: 20_000 }, () => {
  it('counts only this worker’s records in the returned state, and lists them with what is wrong', async () => {
    const { user } = renderApp({ client: clientWith(records, worker), route: '/' });
    const link = await screen.findByRole('link', { name: 'Returned: 2' });
    expect(link).toHaveAttribute('href', '/returned');

    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Returned', level: 1 })).toBeInTheDocument();
    await screen.findByText('What is wrong: 处置方式有误');
    const items = screen.getAllByRole('listitem');
    const returned = items.filter((item) => within(item).queryByText(/^What is wrong:/));
    expect(returned).toHaveLength(2);
    // Newest first: the fever report, then the visit; each opens its review page.
    expect(within(returned[0]!).getByText('What is wrong: 处置方式有误')).toBeInTheDocument();
    expect(await within(returned[0]!).findByRole('link', { name: '张三丰 · 1栋 Unit 2 Room 501' })).toHaveAttribute('href', `/review/fever_report/${recordId(5)}`);
    expect(within(returned[0]!).getByText(/^Fever report · /)).toBeInTheDocument();
    expect(within(returned[1]!).getByText('What is wrong: 体温未测')).toBeInTheDocument();
    expect(within(returned[1]!).getByRole('link', { name: '1栋 Unit 2 Room 501' })).toHaveAttribute('href', `/review/visit/${recordId(1)}`);
  });

  it('is hidden when nothing waits for the worker', async () => {
    renderApp({ client: clientWith({ ...records, review: reviews.filter((r) => r.id !== reviewId(1) && r.id !== reviewId(8)) }, worker), route: '/' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    // Wait for Home's lazy cards to have had their chance to load.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('link', { name: /^Returned/ })).not.toBeInTheDocument();
  });
});
