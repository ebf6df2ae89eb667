-- Retention of cases (issue 15): when a closed case's period has passed, its free text is removed and its
-- statistical skeleton (dates, codes, participants' organisations, interventions, signals) stays for the figures.
alter table case_file add column anonymised_at timestamptz;

-- The case log stays append-only; only the retention job, for its own transaction (set_config(…, true)), may empty
-- an entry's text, and nothing else of it.
create or replace function case_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and current_setting('schakel.retention_purge', true) = 'on' then
        old.text := null;
        return old;
    end if;
    raise exception 'case_log is append-only';
end
$$;
