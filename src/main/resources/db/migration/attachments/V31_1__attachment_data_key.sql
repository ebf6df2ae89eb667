-- From now on an attachment's name and content are sealed under the data key of its owner (the signal; decision
-- 0029), so that destroying that key makes them unreadable everywhere, backups included. Rows sealed before stay
-- sealed under the master keyset (data_key = false) and still open, until retention removes them.
alter table attachment add column data_key boolean not null default false;
