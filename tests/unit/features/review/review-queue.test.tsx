import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { localDateOf } from '../../../../src/shared/local-date';
import { renderApp } from '../../../fixtures/render-with-providers';
import {
  clientWith,
  feverReport,
  gateEntry,
  hoursAgo,
  OTHER_HOUSEHOLD,
  OTHER_WORKER,
  recordId,
  review,
  reviewId,
  reviewsIn,
  visit,
  WORKER,
} from './review-records';

const records = {
  visit: [
    visit(10, { visitedAt: hoursAgo(2) }),
    visit(11, { visitedAt: hoursAgo(1), householdId: OTHER_HOUSEHOLD, createdBy: OTHER_WORKER }),
    // Resubmitted: returned long ago (outside the last 14 days), voided and recorded again (16).
    visit(13, { visitedAt: hoursAgo(20 * 24), voidedAt: hoursAgo(30), voidReason: '补测体温' }),
    visit(14, { visitedAt: hoursAgo(30) }),
    visit(15, { visitedAt: hoursAgo(4), voidedAt: hoursAgo(4), voidReason: '重复' }),
    visit(16, { visitedAt: hoursAgo(6) }),
    visit(18, { visitedAt: hoursAgo(60), householdId: OTHER_HOUSEHOLD, createdBy: OTHER_WORKER }),
  ],
  fever_report: [feverReport(12, { reportedAt: hoursAgo(5) })],
  checkpoint_entry: [gateEntry(17, { at: hoursAgo(3) })],
  review: [
    review(1, 13, { comment: '体温未测，请补测', decidedAt: hoursAgo(19 * 24) }),
    review(2, 13, { decision: 'resubmit', comment: '已补测', previousId: reviewId(1), correctionId: recordId(14), decidedAt: hoursAgo(29), deciderName: '王芳' }),
    review(3, 16, { decision: 'approve', comment: undefined, decidedAt: hoursAgo(5) }),
    review(4, 18, { recordBy: OTHER_WORKER, comment: '地址不对', decidedAt: hoursAgo(50) }),
  ],
};

async function queueTitles() {
  const queue = await screen.findByRole('region', { name: 'To review' });
  await within(queue).findByRole('article', { name: 'Gate entry · 李四 · 东门' });
  // The places (households, buildings) load after the records they belong to.
  await within(queue).findByRole('article', { name: 'Visit · 9栋 Unit 1 Room 101' });
  return within(queue)
    .getAllByRole('article')
    .map((article) => article.getAttribute('aria-label'));
}

describe('the secretary’s Review', { timeout: 20_000 }, () => {
  it('queues resubmitted first, then fever reports, then newest; no voided, decided or correction records', async () => {
    renderApp({ client: clientWith(records), route: '/review' });
    expect(await screen.findByRole('heading', { name: 'Review', level: 1 })).toBeInTheDocument();
    expect(await queueTitles()).toEqual([
      'Visit · 1栋 Unit 2 Room 501',
      'Fever report · 张三 · 1栋 Unit 2 Room 501',
      'Visit · 9栋 Unit 1 Room 101',
      'Visit · 1栋 Unit 2 Room 501',
      'Gate entry · 李四 · 东门',
    ]);
    const [resubmitted] = within(screen.getByRole('region', { name: 'To review' })).getAllByRole('article');
    const card = within(resubmitted!);
    expect(card.getByText('What is wrong: 体温未测，请补测')).toBeInTheDocument();
    expect(card.getByText('The worker says: 已补测')).toBeInTheDocument();
    expect(card.getByRole('region', { name: 'Returned record' })).toHaveTextContent('Voided: 补测体温');
    expect(card.getByRole('region', { name: 'New record' })).toHaveTextContent('1栋 Unit 2 Room 501');
    expect(card.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Return' })).toBeInTheDocument();
    expect(card.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tasks' })).toHaveAttribute('href', '/tasks');
  });

  it('"Approve all shown" approves every shown record not reviewed yet in one createMany', async () => {
    const client = clientWith(records);
    const { user } = renderApp({ client, route: '/review' });
    await queueTitles();
    await user.click(screen.getByRole('button', { name: 'Approve all shown (4)' }));
    expect(client.createMany).toHaveBeenCalledTimes(1);
    expect(client.create).not.toHaveBeenCalled();
    const [entity, list] = vi.mocked(client.createMany).mock.calls[0]!;
    expect(entity).toBe('review');
    expect(reviewsIn(list).map((r) => [r.recordEntity, r.recordId, r.recordBy, r.decision, r.previousId])).toEqual([
      ['fever_report', recordId(12), WORKER, 'approve', undefined],
      ['visit', recordId(11), OTHER_WORKER, 'approve', undefined],
      ['visit', recordId(10), WORKER, 'approve', undefined],
      ['checkpoint_entry', recordId(17), WORKER, 'approve', undefined],
    ]);
    expect(await screen.findByText('Approved 4 records.')).toBeInTheDocument();
  });

  it('filters by worker, kind and grid; "Approve all shown" follows the filter', async () => {
    const client = clientWith(records);
    const { user } = renderApp({ client, route: '/review' });
    await queueTitles();
    const queue = within(screen.getByRole('region', { name: 'To review' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Worker' }), '李强');
    expect(queue.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Visit · 9栋 Unit 1 Room 101']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Worker' }), 'All workers');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Fever report');
    expect(queue.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Fever report · 张三 · 1栋 Unit 2 Room 501']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'All kinds');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Grid' }), '二网格');
    expect(queue.getAllByRole('article')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Approve all shown (1)' }));
    expect(reviewsIn(vi.mocked(client.createMany).mock.calls[0]?.[1] ?? []).map((r) => r.recordId)).toEqual([recordId(11)]);
  });

  it('filters by date: a day with no records to decide shows none, "All days" brings them back', async () => {
    const { user } = renderApp({ client: clientWith(records), route: '/review' });
    await queueTitles();
    const fiveDaysAgo = localDateOf(new Date(Date.now() - 5 * 86_400_000));
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, fiveDaysAgo);
    expect(await screen.findByText('Nothing to review.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve all shown/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'All days' }));
    expect(await queueTitles()).toHaveLength(5);
  });

  it('returns a record from the queue with a comment, made on no earlier review', async () => {
    const client = clientWith(records);
    const { user } = renderApp({ client, route: '/review' });
    await queueTitles();
    const card = within(screen.getByRole('article', { name: 'Gate entry · 李四 · 东门' }));
    await user.click(card.getByRole('button', { name: 'Return' }));
    await user.type(card.getByRole('textbox', { name: 'Comment' }), '未登记身份证');
    await user.click(card.getByRole('button', { name: 'Return' }));
    expect(client.create).toHaveBeenCalledWith('review', expect.objectContaining({ recordEntity: 'checkpoint_entry', recordId: recordId(17), decision: 'return', comment: '未登记身份证' }));
    expect(vi.mocked(client.create).mock.calls[0]?.[1]).not.toHaveProperty('previousId');
  });

  it('shows the open returns per grid with the age of the oldest', async () => {
    renderApp({ client: clientWith(records), route: '/review' });
    const open = await screen.findByRole('region', { name: 'Open returns' });
    await within(open).findByText('二网格');
    const items = within(open).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['一网格1 open · oldest 19 days', '二网格1 open · oldest 2 days']);
  });
});
