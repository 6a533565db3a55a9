import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from '../../../../src/shared/ui/text-field';

describe('TextField', () => {
  it('labels the input and ties its hint to it', () => {
    render(<TextField label="Temperature" hint="One decimal" inputMode="decimal" defaultValue="" />);
    const input = screen.getByLabelText('Temperature');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAccessibleDescription('One decimal');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks the input invalid and describes it with the error text', () => {
    render(<TextField label="Phone" error="Enter an 11-digit mobile number." defaultValue="123" />);
    const input = screen.getByLabelText('Phone');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter an 11-digit mobile number.');
  });
});
