/**
 * The one way a form writes: busy while the write runs (a second tap does nothing), and after a
 * failed write the wrong fields' messages and a banner over the form — "check the marked fields"
 * when fields are wrong (the same stable keys the server sends), else the failure's code explained
 * (storage full…). Everything is a translation key; the form translates with its own namespace.
 */
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKeys, validationKeys } from '../i18n/message-keys';
import { describeWriteFailure } from '../write-failure';

export interface FormSubmit {
  busy: boolean;
  /** Keys of the banner over the form, or null. */
  banner: string[] | null;
  /** Keys of each wrong field's message, by field. */
  fieldErrors: Readonly<Record<string, string[]>>;
  /** Keys of one field's message after a failed write, or null. */
  fieldError(name: string): string[] | null;
  /** Forgets a field's message (the user changed the field). */
  clearField(name: string): void;
  /** Shows a banner (and field messages) without writing: a check the form makes first. */
  fail(banner: string[], fields?: Record<string, string[]>): void;
  /** Clears the banner and every field message. */
  reset(): void;
  /**
   * Runs a write unless one is running: resolves true when it succeeded (messages cleared), false
   * when it failed (messages shown) or did not run.
   */
  run(write: () => Promise<unknown>): Promise<boolean>;
  /** For <form onSubmit>: prevents the page load, then runs `submit`. */
  handle(submit: () => unknown): (event: FormEvent<HTMLFormElement>) => void;
}

export interface FormSubmitOptions {
  /** The banner when fields are wrong, e.g. 'household:form.fixErrors'; null: the fields' messages say it all. */
  fixKey: string | null;
  /** The form's field a wrong field's path belongs to (default: the path itself), e.g. checks.0.temperature → a resident. */
  fieldOf?: (path: string) => string;
  /**
   * The fields the form shows; a wrong field it does not show (e.g. a time it sets itself) is said
   * in the banner instead of "check the marked fields". Default: every field is shown.
   */
  shownFields?: readonly string[];
  /** The banner for a failure with a code (default errorKeys: errors.<CODE>, else errors.UNKNOWN). */
  codeKeys?: (code: string | null) => string[];
  /** Field messages to show from the start (e.g. the server's, for a rejected record). */
  initialFields?: Record<string, string[]>;
}

export function useFormSubmit(options: FormSubmitOptions): FormSubmit {
  // Wrong fields' messages live in the 'validation' namespace: a form waits (Suspense) until it is loaded.
  useTranslation('validation');
  const latest = useRef(options);
  latest.current = options;
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [banner, setBanner] = useState<string[] | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>(() => options.initialFields ?? {});

  const fail = useCallback((keys: string[], fieldKeys: Record<string, string[]> = {}) => {
    setBanner(keys);
    setFields(fieldKeys);
  }, []);
  const reset = useCallback(() => fail([], {}), [fail]);
  const clearField = useCallback((name: string) => {
    setFields((current) => {
      if (!(name in current)) return current;
      const { [name]: _dropped, ...rest } = current;
      return rest;
    });
  }, []);

  const run = useCallback(
    async (write: () => Promise<unknown>) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      try {
        await write();
        setBanner(null);
        setFields({});
        return true;
      } catch (error) {
        const failure = describeWriteFailure(error);
        const { fixKey, fieldOf = (path: string) => path, shownFields, codeKeys = errorKeys } = latest.current;
        if (failure.kind === 'failed') {
          fail(codeKeys(failure.code));
          return false;
        }
        const fields: Record<string, string[]> = {};
        for (const [path, key] of Object.entries(failure.fields)) fields[fieldOf(path)] ??= validationKeys(key);
        const hidden = shownFields ? Object.entries(fields).find(([name]) => !shownFields.includes(name)) : undefined;
        fail(hidden ? hidden[1] : fixKey === null ? [] : [fixKey], fields);
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [fail],
  );

  const handle = useCallback(
    (submit: () => unknown) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void submit();
    },
    [],
  );

  return useMemo(
    () => ({
      busy,
      banner: banner && banner.length > 0 ? banner : null,
      fieldErrors: fields,
      fieldError: (name: string) => fields[name] ?? null,
      clearField,
      fail,
      reset,
      run,
      handle,
    }),
    [busy, banner, fields, clearField, fail, reset, run, handle],
  );
}
