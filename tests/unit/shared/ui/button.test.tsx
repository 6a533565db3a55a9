import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../../../src/shared/ui/button';

describe('Button', () => {
  it('does not submit a surrounding form unless asked to', () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button>Cancel</Button>
        <Button type="submit">Save</Button>
      </form>,
    );
    screen.getByRole('button', { name: 'Cancel' }).click();
    expect(onSubmit).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Save' }).click();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
