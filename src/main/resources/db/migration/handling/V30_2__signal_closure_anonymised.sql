-- Retention (issue 15): when a closed signal was anonymised, so it is never due again.
alter table signal_closure add column anonymised_at timestamptz;
