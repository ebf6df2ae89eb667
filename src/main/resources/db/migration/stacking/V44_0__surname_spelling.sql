-- Issue 11, decisions 0040 and 0041: the one-edit retrieval pass through a vocabulary of surnames instead of ten keys per
-- person. Every surname a person of the registry carries is known under itself and under each spelling with one
-- letter left out (SurnamePasses.neighbourhood, from four letters); a lookup finds the known surnames sharing one
-- of the described surname's spellings and searches their "sed:<surname>:<year>" keys. Global, like the keys of
-- subject_block: a surname is searched by key in every region, and the persons found are filtered by region.
create table surname_spelling (
    spelling    text not null,
    surname_key text not null,
    primary key (spelling, surname_key)
);

-- The surnames of the persons stored so far (those stored before V16 get theirs from the next refit).
insert into surname_spelling (spelling, surname_key)
select distinct d.spelling, p.surname_key from subject_person p
cross join lateral (
    select p.surname_key as spelling
    union
    select overlay(p.surname_key placing '' from i for 1) from generate_series(1, length(p.surname_key)) as i
    where length(p.surname_key) >= 4) d
where p.surname_key is not null
on conflict do nothing;

-- A person's keys one edit away are now only its own surname's: the others were the neighbourhood per person.
delete from subject_block b using subject_person p
where b.subject_id = p.subject_id and b.block_key like 'sed:%'
  and (p.surname_key is null or not starts_with(b.block_key, 'sed:' || p.surname_key || ':'));

-- Persons are searched within their region without reading the subject row of every candidate (V44_0).
alter table subject_person add column region_id uuid references region (id);
update subject_person p set region_id = s.region_id from subject s where s.id = p.subject_id;
alter table subject_person alter column region_id set not null;

-- Decision 0041: a description with a surname searches the given name and year only among the persons known by a
-- first name alone, under a key of their own ("gno:<given-name group>:<year>", next to their "gny:" keys).
insert into subject_block (block_key, subject_id)
select 'gno:' || substr(b.block_key, 5), b.subject_id from subject_block b
join subject_person p on p.subject_id = b.subject_id
where b.block_key like 'gny:%' and p.normalised and p.surname_key is null
on conflict do nothing;
