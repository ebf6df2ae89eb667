-- Idempotency-Key of the REST API (POST /api/v1/**): the first answer to a key, per API token, so a retry
-- with the same key and the same request gets that answer again and creates nothing new. Rows expire after
-- schakel.api.idempotency-retention (24 hours) and are purged. The body is the API's own answer as it was
-- sent (it may hold what a referral shares), so it lives no longer than that.
-- Grants: V6 set default privileges for the application role.
create table api_idempotency (
    id               uuid primary key,
    token_id         uuid not null references api_token (id),
    idempotency_key  text not null check (length(idempotency_key) between 1 and 255),
    request_hash     text not null check (request_hash ~ '^[0-9a-f]{64}$'),
    created_at       timestamptz not null,
    completed_at     timestamptz,
    response_status  integer check (response_status between 200 and 499),
    response_type    text,
    response_location text,
    response_body    bytea,
    constraint api_idempotency_key unique (token_id, idempotency_key),
    constraint api_idempotency_complete check ((completed_at is null) = (response_status is null))
);

create index api_idempotency_created_idx on api_idempotency (created_at);
