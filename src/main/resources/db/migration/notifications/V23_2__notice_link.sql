-- Notices about something other than a signal or a referral (a care trajectory's B8 period, …) keep where they lead:
-- a path inside Schakel such as /trajecten/<id>, never personal data.
alter table notice add column link text check (link is null or link ~ '^/[a-z0-9/-]*$');
