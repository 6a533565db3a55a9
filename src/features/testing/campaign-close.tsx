/** The secretary's "Close campaign": confirmed inline, then the campaign's closedAt is set (no more samplings expected). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { FormFailure } from '../../shared/ui/form-failure';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

export function CloseCampaign({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('testing');
  const client = useDataClient();
  const [asking, setAsking] = useState(false);
  const form = useFormSubmit({ fixKey: null });
  async function close() {
    if (await form.run(() => client.patch('testing_campaign', campaignId, { closedAt: new Date().toISOString() }))) setAsking(false);
  }
  return (
    <div className="gw-section">
      <FormFailure form={form} />
      {asking ? (
        <ConfirmPanel
          message={t('testing:overview.closeConfirm')}
          confirmLabel={t('testing:overview.close')}
          cancelLabel={t('testing:overview.cancel')}
          onConfirm={() => void close()}
          onCancel={() => setAsking(false)}
          busy={form.busy}
        />
      ) : (
        <Button variant="secondary" block onClick={() => setAsking(true)}>
          {t('testing:overview.close')}
        </Button>
      )}
    </div>
  );
}
