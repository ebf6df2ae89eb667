-- The signal module owns the signal tables; the conversation (signal_message) belongs to intake. So that a list
-- of signals need not read intake's table, the signal keeps how many of the reporter's replies came after the
-- officer's last message. intake tells the signal module of every reply and every message (decision 0015).
alter table signal add column unread_replies integer not null default 0;

update signal s set unread_replies = (
    select count(*) from signal_message m where m.signal_id = s.id and m.direction = 'FROM_REPORTER'
        and m.sent_at > coalesce((select max(m2.sent_at) from signal_message m2
            where m2.signal_id = s.id and m2.direction = 'TO_REPORTER'), s.received_at));
