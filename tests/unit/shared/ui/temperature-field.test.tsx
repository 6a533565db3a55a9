import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { readTemperature, TemperatureField } from '../../../../src/shared/ui/temperature-field';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

function Harness({ error, quick = true, enterKeyHint }: { error?: string; quick?: boolean; enterKeyHint?: 'go' }) {
  const [value, setValue] = useState('');
  return (
    <>
      <TemperatureField
        label="Temperature for 张三"
        hint="°C"
        value={value}
        onChange={setValue}
        error={error}
        quickValues={quick ? [36.2, 36.5, 37] : []}
        quickLabel={(text) => `${text} °C for 张三`}
        enterKeyHint={enterKeyHint}
      />
      <output aria-label="value">{value}</output>
    </>
  );
}

describe('readTemperature', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['36.5', 36.5],
    ['36,5', 36.5],
    ['37', 37],
    ['365', 36.5],
    ['36.55', 36.55],
  ])('reads %j as %j', (text, expected) => {
    expect(readTemperature(text)).toBe(expected);
  });

  it.each(['abc', '36.5.1', '-36', '36 5'])('reads %j as not a number', (text) => {
    expect(readTemperature(text)).toBeNaN();
  });
});

describe('TemperatureField', () => {
  it('is a labelled text input with the decimal keypad, described by its hint and error', () => {
    renderWithProviders(<Harness error="Temperature must be between 34.0 and 43.0 °C." />);
    const input = screen.getByRole('textbox', { name: 'Temperature for 张三' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('°C Temperature must be between 34.0 and 43.0 °C.');
  });

  it('labels the keypad\'s Enter key "next" by default, "go" where Enter saves', () => {
    const { unmount } = renderWithProviders(<Harness />);
    expect(screen.getByRole('textbox', { name: 'Temperature for 张三' })).toHaveAttribute('enterkeyhint', 'next');
    unmount();
    renderWithProviders(<Harness enterKeyHint="go" />);
    expect(screen.getByRole('textbox', { name: 'Temperature for 张三' })).toHaveAttribute('enterkeyhint', 'go');
  });

  it('fills in a quick value in one tap and marks it pressed', async () => {
    const { user } = renderWithProviders(<Harness />);
    const quick = screen.getByRole('button', { name: '36.5 °C for 张三' });
    expect(quick).toHaveTextContent('36.5');
    await user.click(quick);
    expect(screen.getByRole('textbox', { name: 'Temperature for 张三' })).toHaveValue('36.5');
    expect(quick).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '37.0 °C for 张三' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows three typed digits with their decimal point once the field is left', async () => {
    const { user } = renderWithProviders(<Harness quick={false} />);
    const input = screen.getByRole('textbox', { name: 'Temperature for 张三' });
    await user.type(input, '372');
    expect(input).toHaveValue('372');
    await user.tab();
    expect(input).toHaveValue('37.2');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
