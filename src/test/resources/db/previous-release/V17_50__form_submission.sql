-- One-time form tokens (decision 0013): the first arrival of a form's token claims its key, the SHA-256 of the
-- token and the form's path; once the work is done, outcome holds the path the form redirected to, so a second
-- arrival (double click, reload, resend) is sent there instead of doing the work again. Nothing about the
-- sender. Rows are deleted after a day.
create table form_submission (
    key        text primary key check (key ~ '^[0-9a-f]{64}$'),
    claimed_at timestamptz not null,
    outcome    text check (outcome is null or length(outcome) between 1 and 2000)
);

create index form_submission_claimed_idx on form_submission (claimed_at);
