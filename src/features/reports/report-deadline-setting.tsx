/** "Report deadline": the community's time after which a grid's report is Late; creates or patches its settings record. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

interface ReportDeadlineSettingProps {
  communityId: string;
  /** The deadline in force (the default without a settings record). */
  deadline: string;
  settings: LocalRecord<'community_settings'> | null;
}

export function ReportDeadlineSetting({ communityId, deadline, settings }: ReportDeadlineSettingProps) {
  const { t } = useTranslation('reports');
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: null });
  const [value, setValue] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = value ?? deadline;
  const fieldError = form.fieldError('reportDeadline');
  const failure = form.banner ? t('reports:deadline.failed', { reason: form.banner.map((key) => t(key)).join(' ') }) : null;

  async function save() {
    setSaved(false);
    const reportDeadline = shown;
    const ok = await form.run(() =>
      settings ? client.patch('community_settings', settings.id, { reportDeadline }) : client.create('community_settings', { communityId, reportDeadline }),
    );
    if (ok) {
      setSaved(true);
      setValue(null);
    }
  }

  return (
    // Not labelled by its heading: the time field is "Report deadline" and the only control so named.
    <section className="gw-section gw-reports__section">
      <h2>{t('reports:deadline.title')}</h2>
      <form className="gw-reports__deadline" onSubmit={form.handle(save)} noValidate>
        <TextField
          type="time"
          label={t('reports:deadline.label')}
          hint={t('reports:deadline.hint')}
          value={shown}
          error={fieldError ? fieldError.map((key) => t(key)).join(' ') : null}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(false);
            form.clearField('reportDeadline');
          }}
        />
        {failure ? <Banner tone="error">{failure}</Banner> : null}
        {saved ? (
          <Banner tone="success" announce>
            {t('reports:deadline.saved')}
          </Banner>
        ) : null}
        <Button type="submit" variant="secondary" disabled={form.busy || shown === deadline} busy={form.busy}>
          {t('reports:deadline.save')}
        </Button>
      </form>
    </section>
  );
}
