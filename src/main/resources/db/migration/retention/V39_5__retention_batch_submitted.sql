-- Four eyes on a batch (issue 15): one administrator submits a waiting batch, a second one approves it; the same
-- administrator cannot do both. Both are recorded.
alter table retention_batch add column submitted_by uuid references app_user (id),
    add column submitted_at timestamptz;
