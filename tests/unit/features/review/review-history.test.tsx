import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, feverReport, hoursAgo, recordId, review, secretary } from './review-records';

// Two secretaries decided the same fever report offline, each on the record as not reviewed: the later one stands.
const approvedOffline = review(1, 7, { recordEntity: 'fever_report', decision: 'approve', comment: undefined, decidedAt: hoursAgo(3), deciderName: '张书记' });
const returnedLater = review(2, 7, { recordEntity: 'fever_report', decision: 'return', comment: '处置方式有误', decidedAt: hoursAgo(2), deciderName: '李书记' });

describe('a record’s review history', { timeout: 20_000 }, () => {
  it('keeps both offline decisions, marks the earlier one overridden and shows the later one’s state', async () => {
    renderApp({ client: clientWith({ fever_report: [feverReport(7, { reportedAt: hoursAgo(6) })], review: [returnedLater, approvedOffline] }, secretary), route: `/fever-reports/${recordId(7)}` });
    const history = await screen.findByRole('region', { name: 'Review history' });
    expect(await within(history).findByText(/^Review state:/)).toHaveTextContent('Review state: Returned');
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    // Oldest first: the approval set aside, then the return that stands.
    expect(entries[0]).toHaveTextContent('Approved');
    expect(entries[0]).toHaveTextContent('张书记');
    expect(within(entries[0]!).getByText('Overridden by a later decision')).toBeInTheDocument();
    expect(entries[1]).toHaveTextContent('Returned');
    expect(entries[1]).toHaveTextContent('李书记');
    expect(entries[1]).toHaveTextContent('处置方式有误');
    expect(within(entries[1]!).queryByText('Overridden by a later decision')).not.toBeInTheDocument();
  });
});
