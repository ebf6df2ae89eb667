-- A professional's signal that waits for their manager's co-signature (route step 1, decision 0034): recorded with
-- its reference, but not yet the receiving officers' to see; it reaches them when the manager co-signs.
alter table signal add column awaiting_cosignature boolean not null default false;
