-- Issue 11: an escalation counts the signals of a subject and of the persons it is probably the same as (open
-- proposals), and is evaluated again when a link is confirmed or rejected or a merge is split. Which signals it
-- counts, and how each is linked to the escalated subject, is kept per signal: SAME (mentions the subject itself),
-- PROBABLE (mentions a person proposed as the same), REMOVED (counted once, no longer: a rejected link or a split).
alter table subject_escalation add column reevaluated_at timestamptz;

create table subject_escalation_signal (
    subject_id uuid not null references subject_escalation (subject_id) on delete cascade on update cascade,
    signal_id  uuid not null references signal (id) on delete cascade,
    link       text not null check (link in ('SAME', 'PROBABLE', 'REMOVED')),
    primary key (subject_id, signal_id)
);

create index subject_escalation_signal_signal_idx on subject_escalation_signal (signal_id);
create index subject_proposal_candidate_idx on subject_proposal (candidate_id) where status = 'OPEN';
create index subject_proposal_subject_open_idx on subject_proposal (subject_id) where status = 'OPEN';

-- The escalations made before counted the subject's own signals only.
insert into subject_escalation_signal (subject_id, signal_id, link)
select e.subject_id, m.signal_id, 'SAME' from subject_escalation e
join subject_mention m on m.subject_id = e.subject_id
on conflict do nothing;
