-- A partner system may read the region's care offer and capacity and report its own places (issue 13).
alter table api_token drop constraint api_token_scopes_check;
alter table api_token add constraint api_token_scopes_check check (cardinality(scopes) > 0
    and scopes <@ array['SIGNALS_WRITE', 'REFERRALS', 'CASES', 'TRAJECTORIES', 'CARE_OFFER']::text[]);
