/**
 * /campaigns/:campaignId/home-sampling, the grid's "Home sampling": the residents marked for home
 * sampling (bedridden, elderly living alone, under home monitoring) and not sampled yet, with their
 * addresses in walking order; each is sampled at their door into the tube the worker carries ("Tube
 * number", pooled like the site's), a sampling at home with no site. Those sampled at home today are shown done.
 */
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { everyRecord, useDataClient, useRecords } from '../../data';
import { homeSamplingList, addressOf, compareExpected, type HomeSamplingEntry } from '../../domain/testing/campaign-figures';
import { campaignTubes } from '../../domain/testing/campaign-tubes';
import { clockTime } from '../../shared/clock-time';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { PageLayout } from '../../shared/ui/page-layout';
import { SelectField } from '../../shared/ui/select-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useSiteChoice } from './site-choice-store';
import { TubeField } from './tube-field';
import { tubeStatus } from './tube-status';
import { useCampaign, type CampaignData, type CampaignPerson } from './use-campaign';
import './site.css';

type Entry = HomeSamplingEntry<CampaignPerson['resident'], CampaignPerson['household'], CampaignPerson['building']>;

function HomeSamplingBody({ data }: { data: CampaignData }) {
  const { t } = useTranslation(['testing', 'validation']);
  const client = useDataClient();
  const { campaign, people, samplings } = data;
  const grids = useRecords(everyRecord('grid'));
  const gridIds = useMemo(() => [...new Set(data.buildings.map((b) => b.gridId))], [data.buildings]);
  const gridName = (id: string) => grids?.find((g) => g.id === id)?.name ?? id;
  const [chosenGrid, setChosenGrid] = useState('');
  const gridId = gridIds.includes(chosenGrid) ? chosenGrid : (gridIds[0] ?? '');
  const tubeKeyOfStore = `${campaign.id}:home`;
  const tubeText = useSiteChoice((state) => state.tubes[tubeKeyOfStore] ?? '');
  const setTube = useSiteChoice((state) => state.setTube);
  const tubeRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState('');
  const form = useFormSubmit({ fixKey: null, shownFields: ['tubeNumber'] });
  const tubes = useMemo(() => campaignTubes(samplings, campaign.id, campaign.poolSize), [samplings, campaign.id, campaign.poolSize]);
  const status = tubeStatus(tubeText, tubes, campaign.poolSize);
  const pending = useMemo(() => homeSamplingList(people, gridId), [people, gridId]);
  const today = localDateOf();
  const done = useMemo(
    () =>
      people
        .filter((p) => p.building.gridId === gridId && p.samplings.some((s) => s.atHome && localDateOf(new Date(s.sampledAt)) === today))
        .sort(compareExpected),
    [people, gridId, today],
  );

  function changeTube(value: string) {
    setTube(tubeKeyOfStore, value);
    form.clearField('tubeNumber');
  }

  async function sample(entry: Entry) {
    if (status.kind !== 'open') return;
    const record = {
      campaignId: campaign.id,
      residentId: entry.resident.id,
      householdId: entry.resident.householdId,
      sampledAt: new Date().toISOString(),
      atHome: true,
      tubeNumber: status.tubeNumber,
    };
    if (!(await form.run(() => client.create('sampling', record)))) return;
    flushSync(() => setSaved(''));
    setSaved(t('testing:homeSampling.saved', { name: entry.resident.name, tube: status.tubeNumber }));
    if (campaign.poolSize === 1) setTube(tubeKeyOfStore, '');
  }

  if (campaign.closedAt !== undefined) return <Banner tone="info">{t('testing:site.closed')}</Banner>;
  const tubeError = form.fieldError('tubeNumber');
  return (
    <>
      <p className="gw-hint">{t('testing:homeSampling.intro')}</p>
      {gridIds.length > 1 ? (
        <SelectField
          label={t('testing:homeSampling.grid')}
          value={gridId}
          options={gridIds.map((id) => ({ value: id, label: gridName(id) }))}
          onChange={(event) => setChosenGrid(event.target.value)}
        />
      ) : null}
      {gridIds.length === 0 ? <p className="gw-empty">{t('testing:homeSampling.noGrid')}</p> : null}
      <p role="status" aria-live="polite">
        {saved}
      </p>
      <FormFailure form={form} ns="testing" />
      <TubeField value={tubeText} onChange={changeTube} status={status} onNewTube={() => { changeTube(''); tubeRef.current?.focus(); }} inputRef={tubeRef} error={tubeError ? t(tubeError) : null} />
      {status.kind === 'none' || status.kind === 'invalid' ? <p className="gw-hint">{t('testing:site.tubeFirst')}</p> : null}
      <section aria-labelledby="gw-home-sampling-pending">
        <h2 id="gw-home-sampling-pending">{t('testing:states.home_sampling')}</h2>
        {pending.length === 0 ? <p className="gw-empty">{t('testing:homeSampling.empty')}</p> : null}
        <ul className="gw-home-sampling__list">
          {pending.map((entry) => (
            <li key={entry.resident.id} className="gw-card gw-home-sampling__item">
              <p className="gw-home-sampling__address">{entry.address}</p>
              <p>{entry.resident.name}</p>
              {entry.exemption.note ? <p className="gw-hint">{t('testing:homeSampling.note', { note: entry.exemption.note })}</p> : null}
              <Button
                block
                className="gw-site-sampled"
                aria-label={t('testing:homeSampling.sampleLabel', { name: entry.resident.name })}
                disabled={status.kind !== 'open' || form.busy}
                onClick={() => void sample(entry)}
              >
                {t('testing:homeSampling.sampled')}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="gw-home-sampling-done">
        <h2 id="gw-home-sampling-done">{t('testing:homeSampling.done')}</h2>
        {done.length === 0 ? <p className="gw-empty">{t('testing:homeSampling.doneEmpty')}</p> : null}
        <ul className="gw-list">
          {done.map((person) => {
            const last = person.samplings.filter((s) => s.atHome).at(-1);
            return (
              <li key={person.resident.id}>
                {t('testing:site.pick', { name: person.resident.name, address: addressOf(person.building, person.household) })}
                {last ? ` · ${t('testing:homeSampling.doneItem', { time: clockTime(last.sampledAt), tube: last.tubeNumber })}` : null}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

export function HomeSamplingScreen() {
  const { t } = useTranslation('testing');
  const { campaignId } = useParams();
  const data = useCampaign(campaignId);
  let body;
  if (data === null) body = <p className="gw-empty">{t('testing:notFound')}</p>;
  else if (!data) body = <p className="gw-loading">{t('app.loading')}</p>;
  else body = <HomeSamplingBody data={data} />;
  return (
    <PageLayout title={data ? t('testing:homeSampling.title', { name: data.campaign.name }) : t('testing:homeSampling.titlePlain')} className="gw-site">
      {body}
    </PageLayout>
  );
}
