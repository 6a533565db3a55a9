import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasUnsavedInput } from '../../shared/unsaved-input';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';

export interface ReloadPromptProps {
  /** What happened, e.g. "A new version is ready". */
  title: string;
  onReload: () => void;
}

/**
 * A banner with a Reload button. Nothing reloads by itself: the user chooses when, and while a form
 * holds unsaved input the button first asks whether to discard it.
 */
export function ReloadPrompt({ title, onReload }: ReloadPromptProps) {
  const { t } = useTranslation('update');
  const [confirming, setConfirming] = useState(false);
  const [reloading, setReloading] = useState(false);

  function reload() {
    setConfirming(false);
    setReloading(true);
    onReload();
  }

  return (
    <Banner
      tone="info"
      announce
      className="gw-reload-prompt"
      title={title}
      actions={
        confirming ? (
          <ConfirmPanel
            message={t('update:unsavedInput')}
            confirmLabel={t('update:reloadAnyway')}
            cancelLabel={t('common.cancel')}
            onConfirm={reload}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <Button onClick={() => (hasUnsavedInput() ? setConfirming(true) : reload())} disabled={reloading} busy={reloading}>
            {t('update:reload')}
          </Button>
        )
      }
    />
  );
}
