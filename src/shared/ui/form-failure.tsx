/** The banner over a form after a failed write or check (see useFormSubmit), in the form's words. */
import { useTranslation } from 'react-i18next';
import { Banner } from './banner';
import type { FormSubmit } from './use-form-submit';

export function FormFailure({ form, ns }: { form: Pick<FormSubmit, 'banner'>; ns?: string }) {
  const { t } = useTranslation(ns);
  return form.banner ? <Banner tone="error">{t(form.banner)}</Banner> : null;
}
