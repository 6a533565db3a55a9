/**
 * The sampling sites of "Start campaign": any of the community's checkpoints (ticked), and new places
 * typed by name (each added with its own id, removable). The form turns them into the campaign's sites.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { uuidv7 } from '../../shared/uuid-v7';
import { Button } from '../../shared/ui/button';
import { CheckboxGroup } from '../../shared/ui/choice-group';
import { TextField } from '../../shared/ui/text-field';

/** A site typed by name: its id is made when it is added. */
export interface NewSite {
  id: string;
  name: string;
}

export interface SitesValue {
  checkpointIds: string[];
  newSites: NewSite[];
}

export interface CampaignSitesProps {
  checkpoints: readonly LocalRecord<'checkpoint'>[];
  value: SitesValue;
  onChange: (value: SitesValue) => void;
  /** A translated message about the sites (none chosen…). */
  error?: string | null;
}

export function CampaignSites({ checkpoints, value, onChange, error }: CampaignSitesProps) {
  const { t } = useTranslation('testing');
  const [typed, setTyped] = useState('');
  const newSitesId = useId();
  const errorId = useId();

  function add() {
    const name = typed.trim();
    if (name === '') return;
    onChange({ ...value, newSites: [...value.newSites, { id: uuidv7(), name }] });
    setTyped('');
  }

  return (
    <fieldset className={`gw-campaign-form gw-choices${error ? ' gw-choices--invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend className="gw-choices__legend">{t('testing:start.sites')}</legend>
      {checkpoints.length > 0 ? (
        <CheckboxGroup
          legend={t('testing:start.checkpoints')}
          choices={checkpoints.map((checkpoint) => ({ value: checkpoint.id, label: checkpoint.name }))}
          value={value.checkpointIds}
          onChange={(checkpointIds) => onChange({ ...value, checkpointIds })}
        />
      ) : (
        <p className="gw-hint">{t('testing:start.noCheckpoints')}</p>
      )}
      {value.newSites.length > 0 ? (
        <>
          <p id={newSitesId}>{t('testing:start.newSites')}</p>
          <ul className="gw-campaign__rows" aria-labelledby={newSitesId}>
            {value.newSites.map((site) => (
              <li key={site.id} className="gw-campaign__row">
                <span>{site.name}</span>
                <Button variant="quiet" onClick={() => onChange({ ...value, newSites: value.newSites.filter((s) => s.id !== site.id) })}>
                  {t('testing:start.removeSite', { name: site.name })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="gw-campaign-form__add">
        <TextField
          label={t('testing:start.newSite')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <Button variant="secondary" onClick={add}>
          {t('testing:start.addSite')}
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="gw-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
