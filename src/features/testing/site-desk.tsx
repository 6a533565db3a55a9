/**
 * Sampling at the site, one person after another: the current tube, the person found, one tap on
 * "Sampled" (the sampling with this site, the tube, the person's household and the time now), then the
 * search is empty and focused for the next person. A person already sampled in this campaign is warned,
 * not blocked. With pooling the tube stays until it holds its pool; with single tubes each person has one.
 * Reads only the current tube's samplings and the found person's, not the campaign's: a sampling's write
 * re-reads a tube of ten, so the next person is ready at once however many the campaign holds.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { samplingsInTube, samplingsOfResidentIn, useDataClient, useRecords, type LocalRecord, type ResidentSearch } from '../../data';
import { samplingsOfResident } from '../../domain/testing/campaign-people';
import { campaignTubes } from '../../domain/testing/campaign-tubes';
import { clockTime } from '../../shared/clock-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { SitePersonFinder, usePersonLabel } from './site-person-finder';
import { useSiteChoice } from './site-choice-store';
import { TubeField } from './tube-field';
import { readTubeNumber, tubeStatus } from './tube-status';

type Resident = LocalRecord<'resident'>;

export interface SiteDeskProps {
  campaign: LocalRecord<'testing_campaign'>;
  siteId: string;
  search: ResidentSearch;
}

export function SiteDesk({ campaign, siteId, search }: SiteDeskProps) {
  const { t } = useTranslation(['testing', 'validation']);
  const client = useDataClient();
  const tubeText = useSiteChoice((state) => state.tubes[campaign.id] ?? '');
  const setTube = useSiteChoice((state) => state.setTube);
  const [person, setPerson] = useState<Resident | null>(null);
  const [served, setServed] = useState(0);
  const [saved, setSaved] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const tubeRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit({ fixKey: null, shownFields: ['tubeNumber'] });
  const label = usePersonLabel(search);
  const typedTube = readTubeNumber(tubeText);
  const inTube = useRecords(typedTube === null ? null : samplingsInTube(campaign.id, typedTube));
  const ofPerson = useRecords(person ? samplingsOfResidentIn(campaign.id, person.id) : null);
  const tubes = useMemo(() => campaignTubes(inTube ?? [], campaign.id, campaign.poolSize), [inTube, campaign.id, campaign.poolSize]);
  // Until its samplings are read, the tube is not offered as open (it might be full).
  const status = typedTube !== null && inTube === undefined ? { kind: 'none' as const } : tubeStatus(tubeText, tubes, campaign.poolSize);
  const earlier = useMemo(() => (person && ofPerson ? samplingsOfResident(ofPerson, campaign.id, person.id) : []), [ofPerson, campaign.id, person]);
  const last = earlier.at(-1);

  // Before the browser paints: the next person's search is ready in the same frame as "Sampled: …".
  useLayoutEffect(() => {
    if (served > 0) findRef.current?.focus();
  }, [served]);

  function changeTube(value: string) {
    setTube(campaign.id, value);
    form.clearField('tubeNumber');
  }

  function newTube() {
    changeTube('');
    tubeRef.current?.focus();
  }

  async function sample() {
    if (!person || status.kind !== 'open') return;
    const record = {
      campaignId: campaign.id,
      residentId: person.id,
      householdId: person.householdId,
      sampledAt: new Date().toISOString(),
      siteId,
      atHome: false,
      tubeNumber: status.tubeNumber,
    };
    const ok = await form.run(() => client.create('sampling', record));
    if (!ok) return;
    const count = status.count + 1;
    // A new status each time, even for the same words: the screen reader says it again.
    flushSync(() => setSaved(''));
    setSaved(t('testing:site.saved', { name: person.name, tube: status.tubeNumber, count, pool: campaign.poolSize }));
    if (campaign.poolSize === 1) setTube(campaign.id, '');
    setPerson(null);
    setServed((n) => n + 1);
  }

  const tubeError = form.fieldError('tubeNumber');
  // Not before the person's earlier samplings are read: a second sampling must be warned about first.
  const ready = person !== null && status.kind === 'open' && ofPerson !== undefined;
  return (
    <div className="gw-site-desk">
      <p className="gw-site-desk__status" role="status" aria-live="polite">
        {saved}
      </p>
      <FormFailure form={form} ns="testing" />
      <TubeField value={tubeText} onChange={changeTube} status={status} onNewTube={newTube} inputRef={tubeRef} error={tubeError ? t(tubeError) : null} />
      <section className="gw-site-person" aria-label={t('testing:site.person')}>
        {person === null ? (
          <SitePersonFinder key={served} search={search} onResident={setPerson} findRef={findRef} />
        ) : (
          <div className="gw-card gw-site-person__card">
            <p className="gw-site-person__name">{label(person)}</p>
            {last ? (
              <Banner tone="warning" announce>
                {t(last.atHome ? 'testing:site.alreadyAtHome' : 'testing:site.already', { time: clockTime(last.sampledAt), tube: last.tubeNumber, count: earlier.length })}
              </Banner>
            ) : null}
            <div className="gw-actions">
              <Button block className="gw-site-sampled" disabled={!ready || form.busy} busy={form.busy} onClick={() => void sample()}>
                {t('testing:site.sampled')}
              </Button>
              <Button variant="secondary" onClick={() => setPerson(null)}>
                {t('testing:site.change')}
              </Button>
            </div>
            {status.kind === 'none' || status.kind === 'invalid' ? <p className="gw-hint">{t('testing:site.tubeFirst')}</p> : null}
          </div>
        )}
      </section>
    </div>
  );
}
