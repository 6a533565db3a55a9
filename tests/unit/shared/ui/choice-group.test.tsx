import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '../../../../src/shared/ui/choice-group';

const choices = [
  { value: 'clinic', label: 'Fever clinic' },
  { value: 'home', label: 'Home isolation' },
] as const;

describe('ChoiceGroup', () => {
  it('is a named group of radios that reports the choice', async () => {
    const onChange = vi.fn();
    render(<ChoiceGroup legend="Action" choices={choices} value="clinic" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Fever clinic' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Home isolation' }));
    expect(onChange).toHaveBeenCalledWith('home');
    expect(screen.getByRole('group', { name: 'Action' })).not.toHaveAccessibleDescription();
  });

  it('says what is wrong in words that describe the group', () => {
    render(<ChoiceGroup legend="Action" choices={choices} value="clinic" onChange={() => undefined} error="Choose an action." />);
    expect(screen.getByRole('group', { name: 'Action' })).toHaveAccessibleDescription('Choose an action.');
  });
});
