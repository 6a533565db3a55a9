import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SubmitOrCancel } from '../../../../src/shared/ui/submit-or-cancel';

describe('SubmitOrCancel', () => {
  it('submits its form and cancels without submitting', async () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const onCancel = vi.fn();
    render(
      <form onSubmit={onSubmit}>
        <SubmitOrCancel submitLabel="Save resident" busyLabel="Saving…" cancelLabel="Cancel" busy={false} onCancel={onCancel} />
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save resident' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('says it is working and takes no second tap while busy', () => {
    render(<SubmitOrCancel submitLabel="Save resident" busyLabel="Saving…" cancelLabel="Cancel" busy onCancel={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });
});
