-- Confirmed links merge two person subjects; the merge keeps which mentions moved, so it can be undone (split).
create table subject_merge (
    id          uuid primary key,
    proposal_id uuid not null references subject_proposal (id) on delete cascade,
    from_subject uuid not null references subject (id) on delete cascade,
    into_subject uuid not null references subject (id) on delete cascade,
    signal_ids  uuid[] not null,
    merged_by   uuid not null references app_user (id),
    merged_at   timestamptz not null,
    split_by    uuid references app_user (id),
    split_at    timestamptz
);

alter table subject_proposal add column decided_by uuid references app_user (id);
alter table subject_proposal add column decided_at timestamptz;
