-- Wave 1's consultations named their meeting as a code and a date; each becomes a reference to a meeting (issue 12).
-- Per receiving organisation and kind of meeting a series owned by that organisation (its default cadence, from the
-- first date), per date a meeting (held when an outcome was recorded), and the signal on that meeting's agenda.
-- Kind and date stay beside the reference, as codes. Runs right after V22_0, when no other series exist.

alter table signal_consultation add column meeting_id uuid references meeting (id);

update signal_consultation set meeting = 'VT_EXPERTISE_TEAM' where meeting = 'EXPERTISE_TEAM';
update signal_consultation set meeting = 'VT_CARE_ALIGNMENT' where meeting = 'CARE_ALIGNMENT';

insert into meeting_series (id, type, owner_organisation_id, starts_on, rrule, content_rule, created_at)
select gen_random_uuid(), c.meeting, s.receiving_organisation_id, min(c.planned_on),
       case c.meeting when 'LOCAL_UNDERMINING' then 'FREQ=MONTHLY'
                      when 'DISTRICT_WORKING_GROUP' then 'FREQ=WEEKLY;INTERVAL=8'
                      when 'VT_EXPERTISE_TEAM' then 'FREQ=WEEKLY;INTERVAL=2'
                      else 'FREQ=WEEKLY' end,
       'CASES_AND_SIGNALS', now()
from signal_consultation c join signal s on s.id = c.signal_id
group by c.meeting, s.receiving_organisation_id;

insert into meeting_series_member (id, series_id, organisation_id, user_id)
select gen_random_uuid(), ms.id, ms.owner_organisation_id, null from meeting_series ms;

insert into meeting (id, series_id, held_on, status, status_changed_at)
select gen_random_uuid(), ms.id, c.planned_on,
       case when bool_or(c.outcome is not null) then 'HELD' else 'PLANNED' end, now()
from signal_consultation c
join signal s on s.id = c.signal_id
join meeting_series ms on ms.type = c.meeting and ms.owner_organisation_id = s.receiving_organisation_id
group by ms.id, c.planned_on;

update signal_consultation c set meeting_id = m.id
from signal s, meeting_series ms, meeting m
where s.id = c.signal_id and ms.type = c.meeting and ms.owner_organisation_id = s.receiving_organisation_id
  and m.series_id = ms.id and m.held_on = c.planned_on;

insert into agenda_item (id, meeting_id, position, kind, signal_id, added_by, added_at)
select gen_random_uuid(), c.meeting_id, row_number() over (partition by c.meeting_id order by min(c.created_at)),
       'SIGNAL', c.signal_id, (array_agg(c.created_by order by c.created_at))[1], min(c.created_at)
from signal_consultation c
group by c.meeting_id, c.signal_id;

alter table signal_consultation alter column meeting_id set not null;
