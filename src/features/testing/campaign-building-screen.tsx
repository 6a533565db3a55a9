/**
 * /campaigns/:campaignId/buildings/:buildingId, one building in a testing campaign: sampled / expected
 * for the building and each unit, its "Not tested" in walking order for the grid worker to knock (each
 * can be marked "Away" or "Home sampling"), and those marked, apart, with "Undo". Live: a sampling
 * arriving from any phone takes the person off "Not tested".
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { campaignCoversBuilding } from '../../domain/testing/campaign-people';
import { buildingFigures, compareExpected, notTestedList } from '../../domain/testing/campaign-figures';
import { PageLayout } from '../../shared/ui/page-layout';
import { ExemptedList } from './building-exempted';
import { NotTestedList } from './building-not-tested';
import { CampaignCountsLine } from './campaign-counts';
import { useCampaign, type CampaignData } from './use-campaign';
import './campaigns.css';

function BuildingView({ data, buildingId }: { data: CampaignData; buildingId: string }) {
  const { t } = useTranslation('testing');
  const unitsId = useId();
  const notTestedId = useId();
  const exemptedId = useId();
  const { campaign } = data;
  const building = data.buildings.find((candidate) => candidate.id === buildingId);
  const view = useMemo(() => {
    if (!building) return undefined;
    const here = data.people.filter((person) => person.building.id === building.id);
    return {
      figures: buildingFigures(here, [building])[0],
      notTested: notTestedList(here, building.id),
      exempted: here.filter((person) => person.state === 'away' || person.state === 'home_sampling').sort(compareExpected),
    };
  }, [data.people, building]);
  const campaignLink = (
    <p>
      <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>{t('testing:building.campaign', { name: campaign.name })}</Link>
    </p>
  );
  if (!building || !view) return <p className="gw-empty">{t('testing:building.notFound')}</p>;
  if (!campaignCoversBuilding(campaign, building.id)) {
    return (
      <>
        {campaignLink}
        <p className="gw-empty">{t('testing:building.notInCampaign')}</p>
      </>
    );
  }
  return (
    <>
      {campaignLink}
      {view.figures ? (
        <>
          <p>
            <CampaignCountsLine counts={view.figures.counts} all />
          </p>
          <section className="gw-section" aria-labelledby={unitsId}>
            <h2 id={unitsId}>{t('testing:building.units')}</h2>
            <ul className="gw-campaign__rows" aria-labelledby={unitsId}>
              {view.figures.units.map(({ unit, counts }) => (
                <li key={unit} className="gw-campaign__row">
                  <strong>{t('testing:building.unit', { unit })}</strong>
                  <CampaignCountsLine counts={counts} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
      <section className="gw-section" aria-labelledby={notTestedId}>
        <h2 id={notTestedId}>{t('testing:building.notTested')}</h2>
        <NotTestedList campaignId={campaign.id} people={view.notTested} labelledBy={notTestedId} />
      </section>
      {view.exempted.length > 0 ? (
        <section className="gw-section" aria-labelledby={exemptedId}>
          <h2 id={exemptedId}>{t('testing:building.exempted', { n: view.exempted.length })}</h2>
          <ExemptedList people={view.exempted} exemptions={data.exemptions} labelledBy={exemptedId} />
        </section>
      ) : null}
    </>
  );
}

export function CampaignBuildingScreen() {
  const { t } = useTranslation('testing');
  const { campaignId, buildingId = '' } = useParams();
  const data = useCampaign(campaignId);
  const building = data?.buildings.find((candidate) => candidate.id === buildingId);
  return (
    <PageLayout title={building?.name ?? t('testing:title')}>
      {data === null ? <p className="gw-empty">{t('testing:notFound')}</p> : data === undefined ? <p className="gw-loading">{t('app.loading')}</p> : <BuildingView data={data} buildingId={buildingId} />}
    </PageLayout>
  );
}
