/**
 * The "Start campaign" form: name, start and end dates (today by default), sampling sites (checkpoints
 * or new places), the expected buildings (all, or chosen ones) and pooling. What the form can judge at
 * once (no site, end before start, no building chosen) is said together beside each field; the rest by
 * the domain schema when the record is written. After saving, the campaign opens.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDataClient, type LocalRecord } from '../../data';
import type { PoolSize, SamplingSite } from '../../domain/entities/testing-campaign';
import { validationKeys } from '../../shared/i18n/message-keys';
import { todayIn } from '../../shared/local-date';
import { uuidv7 } from '../../shared/uuid-v7';
import { Button } from '../../shared/ui/button';
import { CheckboxGroup, ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { CampaignSites, type SitesValue } from './start-campaign-sites';

type Pooling = 'single' | 'ten' | 'twenty';
const POOLS: Record<Pooling, PoolSize> = { single: 1, ten: 10, twenty: 20 };
type BuildingMode = 'all' | 'chosen';

const FIELDS = ['name', 'startDate', 'endDate', 'sites', 'buildingIds', 'poolSize'] as const;
const collator = new Intl.Collator('zh-CN', { numeric: true });

export interface StartCampaignFormProps {
  communityId: string;
  checkpoints: readonly LocalRecord<'checkpoint'>[];
  buildings: readonly LocalRecord<'building'>[];
}

export function StartCampaignForm({ communityId, checkpoints, buildings }: StartCampaignFormProps) {
  const { t } = useTranslation(['testing', 'validation']);
  const client = useDataClient();
  const navigate = useNavigate();
  const today = todayIn();
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState(today);
  const [endDate, setEndDate] = useState(today);
  const [sites, setSites] = useState<SitesValue>({ checkpointIds: [], newSites: [] });
  const [buildingMode, setBuildingMode] = useState<BuildingMode>('all');
  const [buildingIds, setBuildingIds] = useState<string[]>([]);
  const [pooling, setPooling] = useState<Pooling>('single');
  const form = useFormSubmit({ fixKey: 'testing:start.fixErrors', fieldOf: (path) => path.split('.')[0] ?? path, shownFields: FIELDS });
  const sortedBuildings = useMemo(() => [...buildings].sort((a, b) => collator.compare(a.name, b.name)), [buildings]);

  function campaignSites(): SamplingSite[] {
    const atCheckpoints = checkpoints
      .filter((checkpoint) => sites.checkpointIds.includes(checkpoint.id))
      .map((checkpoint) => ({ id: uuidv7(), name: checkpoint.name, checkpointId: checkpoint.id }));
    return [...atCheckpoints, ...sites.newSites.map((site) => ({ id: site.id, name: site.name }))];
  }

  async function save() {
    const chosenSites = campaignSites();
    const problems: Record<string, string[]> = {};
    if (name.trim() === '') problems.name = validationKeys('name_required');
    if (chosenSites.length === 0) problems.sites = validationKeys('sites_required');
    if (endDate < startDate) problems.endDate = validationKeys('end_before_start');
    if (buildingMode === 'chosen' && buildingIds.length === 0) problems.buildingIds = validationKeys('buildings_required');
    if (Object.keys(problems).length > 0) return form.fail(['testing:start.fixErrors'], problems);
    const record = {
      communityId,
      name,
      startDate,
      endDate,
      sites: chosenSites,
      ...(buildingMode === 'chosen' ? { buildingIds } : {}),
      poolSize: POOLS[pooling],
    };
    let id = '';
    const ok = await form.run(async () => {
      id = await client.create('testing_campaign', record);
    });
    if (ok) navigate(`/campaigns/${encodeURIComponent(id)}`, { replace: true });
  }

  const error = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  return (
    <form className="gw-campaign-form" aria-label={t('testing:start.title')} onSubmit={form.handle(save)} noValidate>
      <FormFailure form={form} ns="testing" />
      <TextField
        label={t('testing:start.name')}
        value={name}
        error={error('name')}
        onChange={(event) => {
          setName(event.target.value);
          form.clearField('name');
        }}
      />
      <div className="gw-campaign-form__dates">
        <TextField
          type="date"
          label={t('testing:start.startDate')}
          value={startDate}
          error={error('startDate')}
          onChange={(event) => {
            setStartDate(event.target.value);
            form.clearField('startDate');
          }}
        />
        <TextField
          type="date"
          label={t('testing:start.endDate')}
          value={endDate}
          min={startDate}
          error={error('endDate')}
          onChange={(event) => {
            setEndDate(event.target.value);
            form.clearField('endDate');
          }}
        />
      </div>
      <CampaignSites
        checkpoints={checkpoints}
        value={sites}
        error={error('sites')}
        onChange={(value) => {
          setSites(value);
          form.clearField('sites');
        }}
      />
      <ChoiceGroup<BuildingMode>
        legend={t('testing:start.buildings')}
        choices={[
          { value: 'all', label: t('testing:start.allBuildings') },
          { value: 'chosen', label: t('testing:start.chooseBuildings') },
        ]}
        value={buildingMode}
        onChange={(mode) => {
          setBuildingMode(mode);
          form.clearField('buildingIds');
        }}
        error={buildingMode === 'all' ? error('buildingIds') : null}
      />
      {buildingMode === 'chosen' ? (
        <CheckboxGroup
          legend={t('testing:start.buildingList')}
          choices={sortedBuildings.map((building) => ({ value: building.id, label: building.name }))}
          value={buildingIds}
          onChange={(ids) => {
            setBuildingIds(ids);
            form.clearField('buildingIds');
          }}
          error={error('buildingIds')}
        />
      ) : null}
      <ChoiceGroup<Pooling>
        legend={t('testing:start.pooling')}
        choices={[
          { value: 'single', label: t('testing:pools.single') },
          { value: 'ten', label: t('testing:pools.pooled', { n: 10 }) },
          { value: 'twenty', label: t('testing:pools.pooled', { n: 20 }) },
        ]}
        value={pooling}
        onChange={setPooling}
        error={error('poolSize')}
      />
      <Button type="submit" block busy={form.busy} disabled={form.busy}>
        {t('testing:start.submit')}
      </Button>
    </form>
  );
}
