-- Issue 13: partner systems of a care coordination organisation read and start its trajectories (scope TRAJECTORIES).
alter table api_token drop constraint api_token_scopes_check;
alter table api_token add constraint api_token_scopes_check check (cardinality(scopes) > 0
    and scopes <@ array['SIGNALS_WRITE', 'REFERRALS', 'CASES', 'TRAJECTORIES']::text[]);
