-- Issue 12: partner systems may read their organisation's cases (ApiScope.CASES).
alter table api_token drop constraint api_token_scopes_check;
alter table api_token add constraint api_token_scopes_check
    check (cardinality(scopes) > 0 and scopes <@ array['SIGNALS_WRITE', 'REFERRALS', 'CASES']::text[]);
