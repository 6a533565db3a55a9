import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, gateEntry, hoursAgo, recordId, review, reviewId, secretary, visit, worker, WORKER } from './review-records';

const returned = review(1, 1, { decision: 'return', comment: '体温未测，请补测', decidedAt: hoursAgo(5) });
const resubmitted = review(2, 1, { decision: 'resubmit', previousId: reviewId(1), correctionId: recordId(2), decidedAt: hoursAgo(3), deciderName: '王芳' });
const approved = review(3, 1, { decision: 'approve', comment: undefined, decidedAt: hoursAgo(5) });
const accepted = review(4, 1, { decision: 'accept', previousId: reviewId(2), comment: undefined, decidedAt: hoursAgo(1) });

const theVisit = visit(1, { visitedAt: hoursAgo(8) });
const correction = visit(2, { visitedAt: hoursAgo(4) });
const page = `/review/visit/${recordId(1)}`;

function decisions() {
  return screen.queryAllByRole('button').map((button) => button.textContent);
}

/** Waits until the record's review (its state line) has loaded. */
async function loaded(state: string) {
  const history = await screen.findByRole('region', { name: 'Review history' });
  expect(await within(history).findByText(/^Review state:/)).toHaveTextContent(`Review state: ${state}`);
}

describe('the review state machine on a record’s review page', { timeout: 20_000 }, () => {
  it('not reviewed: the secretary sees Approve and Return; Approve saves an approval on no earlier review', async () => {
    const client = clientWith({ visit: [theVisit] });
    const { user } = renderApp({ client, route: page });
    await loaded('Not reviewed');
    expect(decisions()).toEqual(expect.arrayContaining(['Approve', 'Return']));
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    expect(client.create).toHaveBeenCalledTimes(1);
    const [entity, saved] = vi.mocked(client.create).mock.calls[0]!;
    expect(entity).toBe('review');
    expect(saved).toMatchObject({ recordEntity: 'visit', recordId: recordId(1), recordBy: WORKER, decision: 'approve', deciderName: secretary.displayName });
    expect(saved).not.toHaveProperty('previousId');
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
  });

  it('Return without a comment saves nothing and says why; with one it saves the return and its comment', async () => {
    const client = clientWith({ visit: [theVisit] });
    const { user } = renderApp({ client, route: page });
    await loaded('Not reviewed');
    await user.click(screen.getByRole('button', { name: 'Return' }));
    const comment = screen.getByRole('textbox', { name: 'Comment' });
    await user.click(screen.getByRole('button', { name: 'Return' }));
    expect(client.create).not.toHaveBeenCalled();
    expect(comment).toHaveAccessibleDescription('Say what is wrong: a comment is required to return a record.');

    await user.type(comment, '体温未测');
    await user.click(screen.getByRole('button', { name: 'Return' }));
    expect(client.create).toHaveBeenCalledWith('review', expect.objectContaining({ decision: 'return', comment: '体温未测', recordBy: WORKER, recordId: recordId(1) }));
  });

  it('returned: nothing for the secretary; the author sees the comment and Send back for review, never Approve, Return or Accept', async () => {
    const desk = renderApp({ client: clientWith({ visit: [theVisit], review: [returned] }), route: page });
    await loaded('Returned');
    expect(screen.queryByRole('button', { name: /Approve|Return|Accept|Send back for review/ })).not.toBeInTheDocument();
    desk.unmount();

    const client = clientWith({ visit: [theVisit, correction], review: [returned] }, worker);
    const { user } = renderApp({ client, route: page });
    await loaded('Returned');
    expect(screen.getAllByText('体温未测，请补测').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Record visit' })).toHaveAttribute('href', `/households/${theVisit.householdId}/visits/new`);
    expect(screen.queryByRole('button', { name: /^(Approve|Return|Accept)$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send back for review' }));
    // The correction made since the return is offered, chosen by default.
    const choices = screen.getByRole('group', { name: 'The corrected record' });
    const radios = within(choices).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios[0]).toBeChecked();
    expect(within(choices).getByRole('radio', { name: 'No new record' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send back for review' }));
    expect(client.create).toHaveBeenCalledWith(
      'review',
      expect.objectContaining({ decision: 'resubmit', recordId: recordId(1), recordBy: WORKER, previousId: reviewId(1), correctionId: recordId(2), deciderName: worker.displayName }),
    );
    expect(await screen.findByText('Sent back for review.')).toBeInTheDocument();
  });

  it('returned: "No new record" resubmits without a correction, with the worker’s word', async () => {
    const client = clientWith({ checkpoint_entry: [gateEntry(5, { at: hoursAgo(8) })], review: [review(1, 5, { recordEntity: 'checkpoint_entry', decidedAt: hoursAgo(5) })] }, worker);
    const { user } = renderApp({ client, route: `/review/checkpoint_entry/${recordId(5)}` });
    await loaded('Returned');
    await user.click(screen.getByRole('button', { name: 'Send back for review' }));
    expect(screen.getByRole('radio', { name: 'No new record' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), '已核实，体温正常');
    await user.click(screen.getByRole('button', { name: 'Send back for review' }));
    const saved = vi.mocked(client.create).mock.calls[0]?.[1];
    expect(saved).toMatchObject({ decision: 'resubmit', recordEntity: 'checkpoint_entry', previousId: reviewId(1), comment: '已核实，体温正常' });
    expect(saved).not.toHaveProperty('correctionId');
  });

  it('resubmitted: the secretary sees Accept and Return; Accept is made on the resubmission', async () => {
    const client = clientWith({ visit: [theVisit, correction], review: [returned, resubmitted] });
    const { user } = renderApp({ client, route: page });
    await loaded('Resubmitted');
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Return' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(client.create).toHaveBeenCalledWith('review', expect.objectContaining({ decision: 'accept', previousId: reviewId(2), recordBy: WORKER }));
  });

  it('resubmitted: the author waits (no Send back for review)', async () => {
    renderApp({ client: clientWith({ visit: [theVisit, correction], review: [returned, resubmitted] }, worker), route: page });
    await loaded('Resubmitted');
    expect(screen.queryByRole('button', { name: /Send back for review|Approve|Return|Accept/ })).not.toBeInTheDocument();
  });

  it.each([
    ['approved', 'Approved', [approved]],
    ['accepted', 'Accepted', [returned, resubmitted, accepted]],
  ])('%s: no decisions left', async (_state, label, reviews) => {
    renderApp({ client: clientWith({ visit: [theVisit, correction], review: reviews }), route: page });
    await loaded(label);
    expect(screen.queryByRole('button', { name: /Approve|Return|Accept|Send back for review/ })).not.toBeInTheDocument();
  });

  it('shows the review on the visit’s own screen too', async () => {
    renderApp({ client: clientWith({ visit: [theVisit], review: [returned] }), route: `/visits/${recordId(1)}` });
    await loaded('Returned');
    expect(screen.getByText('What is wrong: 体温未测，请补测')).toBeInTheDocument();
  });
});
