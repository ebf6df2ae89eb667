-- The key with which Schakel signs the one-time form tokens it issues (forms module), one for all instances.
create table form_token_key (
    id  integer primary key check (id = 1),
    key bytea   not null check (length(key) = 32)
);
