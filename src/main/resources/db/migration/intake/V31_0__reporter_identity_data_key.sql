-- From now on a reporter's identity is sealed under its signal's own data key (sealing_data_key, decision 0029),
-- so that destroying that key makes it unreadable everywhere, backups included. Rows sealed before stay sealed
-- under the master keyset (data_key = false) and still open, until retention removes them.
alter table reporter_identity add column data_key boolean not null default false;
