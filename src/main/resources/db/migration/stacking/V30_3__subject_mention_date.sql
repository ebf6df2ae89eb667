-- Retention (issue 15): when a signal last named a subject, the source date of the subject's period ("last
-- activity"). Mentions from before this version fall back to the subject's creation.
alter table subject_mention add column mentioned_at timestamptz;
