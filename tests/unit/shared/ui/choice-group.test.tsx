import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxGroup, ChoiceGroup } from '../../../../src/shared/ui/choice-group';

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

  it('as checkboxes, reports the checked set in the order of the choices, and is described by its error', async () => {
    const onChange = vi.fn();
    const tags = [
      { value: 'elderly', label: 'Elderly living alone' },
      { value: 'returnee', label: 'Returnee' },
      { value: 'contact', label: 'Close contact' },
    ] as const;
    render(<CheckboxGroup legend="Tags" choices={tags} value={['contact']} onChange={onChange} error="Choose each tag once." />);
    expect(screen.getByRole('checkbox', { name: 'Close contact' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Elderly living alone' }));
    expect(onChange).toHaveBeenLastCalledWith(['elderly', 'contact']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Close contact' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByRole('group', { name: 'Tags' })).toHaveAccessibleDescription('Choose each tag once.');
  });
});
