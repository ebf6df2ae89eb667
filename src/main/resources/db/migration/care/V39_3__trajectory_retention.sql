-- Retention of care trajectories (issue 15): when an ended trajectory's period has passed, what names the person
-- goes and the skeleton the figures and the CoMensha records count stays; this marks when.
alter table trajectory add column anonymised_at timestamptz;
