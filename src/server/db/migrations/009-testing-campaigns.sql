-- Testing campaigns (issue 17): a tube's samplings are counted on every sampling (its pool size), a
-- campaign's samplings, exemptions and results are read together.
CREATE INDEX records_sampling_tube ON records ((data->>'campaignId'), (data->>'tubeNumber')) WHERE entity = 'sampling';
CREATE INDEX records_campaign_of ON records ((data->>'campaignId')) WHERE entity IN ('sampling', 'campaign_exemption', 'test_result');
