-- Login through an organisation's own OpenID Connect provider (issue 18). One provider per organisation: its issuer,
-- the client id Schakel has there and the client secret, sealed (sealing module, context "oidc-client-secret:" +
-- organisation id). With oidc_only the organisation's users cannot log in with a password. With require_mfa (the
-- default) a login whose ID token does not show multi-factor authentication is refused.
-- A user is linked once, by an administrator, to the subject ("sub" claim) the provider knows them by; their roles
-- are always Schakel's own.
-- Grants: V6 set default privileges for the application role.
create table organisation_oidc (
    organisation_id uuid primary key references organisation (id),
    issuer          text not null check (issuer ~ '^https?://'),
    client_id       text not null check (length(client_id) between 1 and 255),
    client_secret   bytea not null,
    oidc_only       boolean not null default false,
    -- The ID token must show multi-factor authentication: an "amr" value of MFA, or the "acr" given here.
    require_mfa     boolean not null default true,
    mfa_acr         text check (length(mfa_acr) between 1 and 255),
    updated_at      timestamptz not null
);

alter table app_user add column oidc_subject text check (length(oidc_subject) between 1 and 255);
create unique index app_user_oidc_subject_idx on app_user (organisation_id, oidc_subject) where oidc_subject is not null;
