-- A partner system may read the actions meetings gave to its organisation and mark them done (issue 12).
alter table api_token drop constraint api_token_scopes_check;
alter table api_token add constraint api_token_scopes_check check (cardinality(scopes) > 0
    and scopes <@ array['SIGNALS_WRITE', 'REFERRALS', 'CASES', 'TRAJECTORIES', 'CARE_OFFER', 'ACTIONS']::text[]);
