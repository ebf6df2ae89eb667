package nl.schakel.meetings.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.schakel.meetings.MeetingSummary;

/**
 * A meeting as an iCalendar (RFC 5545) invitation, made with ical4j: the meeting's kind and date and a stable id,
 * nothing of its agenda, so no personal data (no names of subjects, no signal content) travels into calendars.
 */
final class MeetingInvitation {

    private MeetingInvitation() {
    }

    /** @param title the meeting's kind in the reader's language, such as "Regietafel" */
    static String ics(MeetingSummary meeting, String title, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Schakel//Overleggen//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VEvent event = new VEvent(meeting.heldOn(), title);
        event.add(new Uid(meeting.id() + "@schakel"));
        event.add(new DtStamp(now));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
