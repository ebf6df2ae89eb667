-- Which organisation holds each signal the registry links (issue 16): stacking's own copy of the one fact its
-- need-to-know rule (stacking.StackLens) turns on, so that the proposals an officer may review are counted in SQL,
-- by organisation, without reading another module's table at request time. A signal's holder never changes.
create table subject_signal_holder (
    signal_id       uuid primary key references signal (id) on delete cascade,
    organisation_id uuid not null references organisation (id)
);

create index subject_signal_holder_organisation_idx on subject_signal_holder (organisation_id);

-- The signals received before this migration (their linking already ran).
insert into subject_signal_holder (signal_id, organisation_id)
select id, receiving_organisation_id from signal;
