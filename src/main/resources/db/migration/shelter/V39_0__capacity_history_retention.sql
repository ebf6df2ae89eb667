-- Retention of capacity history (issue 15): the history stays append-only for every change, but the retention job
-- may delete rows whose period has passed. It says so for its own transaction only (set_config(…, true)).
create or replace function capacity_history_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('schakel.retention_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'capacity_history is append-only';
end $$;
