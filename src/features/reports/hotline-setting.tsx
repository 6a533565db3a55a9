/** "Community hotline": the phone residents call, printed on the unit posters; creates or patches the settings record. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { DEFAULT_REPORT_DEADLINE } from '../../domain/entities/community-settings';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

interface HotlineSettingProps {
  communityId: string;
  settings: LocalRecord<'community_settings'> | null;
}

export function HotlineSetting({ communityId, settings }: HotlineSettingProps) {
  const { t } = useTranslation('reports');
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: null });
  const [value, setValue] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const stored = settings?.hotline ?? '';
  const shown = value ?? stored;
  const fieldError = form.fieldError('hotline');
  const failure = form.banner ? t('reports:hotline.failed', { reason: form.banner.map((key) => t(key)).join(' ') }) : null;

  async function save() {
    setSaved(false);
    const hotline = shown;
    const ok = await form.run(() =>
      settings
        ? client.patch('community_settings', settings.id, { hotline })
        : client.create('community_settings', { communityId, reportDeadline: DEFAULT_REPORT_DEADLINE, hotline }),
    );
    if (ok) {
      setSaved(true);
      setValue(null);
    }
  }

  return (
    <section className="gw-section gw-reports__section">
      <h2>{t('reports:hotline.title')}</h2>
      <form className="gw-reports__deadline" onSubmit={form.handle(save)} noValidate>
        <TextField
          type="tel"
          inputMode="tel"
          label={t('reports:hotline.label')}
          hint={t('reports:hotline.hint')}
          value={shown}
          error={fieldError ? fieldError.map((key) => t(key)).join(' ') : null}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(false);
            form.clearField('hotline');
          }}
        />
        {failure ? <Banner tone="error">{failure}</Banner> : null}
        {saved ? (
          <Banner tone="success" announce>
            {t('reports:hotline.saved')}
          </Banner>
        ) : null}
        <Button type="submit" variant="secondary" disabled={form.busy || shown === stored} busy={form.busy}>
          {t('reports:hotline.save')}
        </Button>
      </form>
    </section>
  );
}
