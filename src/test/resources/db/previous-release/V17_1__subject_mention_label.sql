-- What each signal itself said about a subject (a name as written there, an address as written there). A stack
-- line shows the viewer this, never the spelling of the signal that first created the subject, which may be held
-- by another organisation (issue 17). subject.label stays as the first description, for nothing but the registry.
alter table subject_mention add column label text;

-- Known for sure from the subject alone: exact identities that are their own label, and the person a signal created.
update subject_mention m set label = s.label from subject s
where s.id = m.subject_id and (s.kind in ('PHONE', 'ONLINE', 'VEHICLE') or m.outcome = 'NEW');
