-- API tokens with which partner systems (e.g. Veilig Thuis) call the /api/v1 REST API for one organisation.
-- Only a SHA-256 hash of each token is stored: the token itself is shown to the administrator once.
create table api_token (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            text not null check (length(name) between 1 and 100),
    token_hash      text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    scopes          text[] not null check (cardinality(scopes) > 0
                                           and scopes <@ array['SIGNALS_WRITE', 'REFERRALS']::text[]),
    created_at      timestamptz not null,
    created_by      uuid not null references app_user (id),
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    revoked_by      uuid references app_user (id),
    expires_at      timestamptz,
    constraint api_token_revocation_complete check ((revoked_at is null) = (revoked_by is null))
);

create index api_token_organisation_idx on api_token (organisation_id, created_at);
