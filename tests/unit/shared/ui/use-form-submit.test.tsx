import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../../src/data';
import { useFormSubmit, type FormSubmitOptions } from '../../../../src/shared/ui/use-form-submit';
import { LocalValidationError } from '../../../../src/shared/write-failure';

function renderForm(options: FormSubmitOptions = { fixKey: 'households.fixErrors' }) {
  return renderHook((props: FormSubmitOptions) => useFormSubmit(props), { initialProps: options });
}

/** A write that waits until the test lets it finish. */
function pendingWrite() {
  let finish: () => void = () => undefined;
  const write = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  return { write, finish: () => finish() };
}

describe('useFormSubmit', () => {
  it('is busy while the write runs, ignores a second submit meanwhile, and reports success', async () => {
    const { result } = renderForm();
    const { write, finish } = pendingWrite();
    let first: Promise<boolean> = Promise.resolve(false);
    act(() => {
      first = result.current.run(write);
    });
    expect(result.current.busy).toBe(true);
    let second = true;
    await act(async () => {
      second = await result.current.run(write);
    });
    expect(second).toBe(false);
    expect(write).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      expect(await first).toBe(true);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.banner).toBeNull();
  });

  it('names each wrong field with its validation message and puts the "check the fields" banner up', async () => {
    const { result } = renderForm();
    await act(async () => {
      expect(await result.current.run(() => Promise.reject(new LocalValidationError({ phone: 'phone_invalid' })))).toBe(false);
    });
    expect(result.current.fieldError('phone')).toEqual(['validation:phone_invalid', 'validation:invalid_value']);
    expect(result.current.banner).toEqual(['households.fixErrors']);
    act(() => result.current.clearField('phone'));
    expect(result.current.fieldError('phone')).toBeNull();
  });

  it('explains a full storage in the banner, and anything else as an unknown error, with no field marked', async () => {
    const { result } = renderForm();
    await act(async () => {
      await result.current.run(() => Promise.reject(new StorageFullError()));
    });
    expect(result.current.banner).toEqual(['errors.STORAGE_FULL', 'errors.UNKNOWN']);
    expect(result.current.fieldErrors).toEqual({});
    await act(async () => {
      await result.current.run(() => Promise.reject(new Error('boom')));
    });
    expect(result.current.banner).toEqual(['errors.UNKNOWN']);
  });

  it('says a wrong field the form does not show in the banner, and maps paths onto the form’s fields', async () => {
    const { result } = renderForm({
      fixKey: 'visit:form.fixErrors',
      fieldOf: (path) => (path.startsWith('checks.0.') ? 'resident-1' : path),
      shownFields: ['notes', 'resident-1'],
    });
    await act(async () => {
      await result.current.run(() => Promise.reject(new LocalValidationError({ 'checks.0.temperature': 'temperature_range' })));
    });
    expect(result.current.fieldError('resident-1')).toEqual(['validation:temperature_range', 'validation:invalid_value']);
    expect(result.current.banner).toEqual(['visit:form.fixErrors']);
    await act(async () => {
      await result.current.run(() => Promise.reject(new LocalValidationError({ visitedAt: 'timestamp_invalid' })));
    });
    expect(result.current.banner).toEqual(['validation:timestamp_invalid', 'validation:invalid_value']);
  });

  it('leaves the banner out when the fields say it all, and uses the form’s own words for a code', async () => {
    const { result, rerender } = renderForm({ fixKey: null });
    await act(async () => {
      await result.current.run(() => Promise.reject(new LocalValidationError({ note: 'note_required' })));
    });
    expect(result.current.banner).toBeNull();
    expect(result.current.fieldError('note')).not.toBeNull();
    rerender({ fixKey: null, codeKeys: (code) => [`signIn.error.${code ?? 'UNKNOWN'}`] });
    await act(async () => {
      await result.current.run(() => Promise.reject(new StorageFullError()));
    });
    expect(result.current.banner).toEqual(['signIn.error.STORAGE_FULL']);
  });

  it('starts with the messages it is given and clears everything after a successful write', async () => {
    const { result } = renderForm({ fixKey: 'attention:fixInvalid', initialFields: { phone: ['validation:phone_invalid'] } });
    expect(result.current.fieldError('phone')).toEqual(['validation:phone_invalid']);
    await act(async () => {
      await result.current.run(() => Promise.resolve());
    });
    expect(result.current.fieldErrors).toEqual({});
  });
});
