package nl.schakel.handling.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingCalendar;
import nl.schakel.meetings.MeetingSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The coming meetings an officer may put a signal on ("Naar overleg"), by id, as "kind – date". */
@Component
class MeetingOptions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MeetingCalendar meetings;
    private final MessageSource messages;

    MeetingOptions(MeetingCalendar meetings, MessageSource messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    Map<UUID, String> coming(SchakelUser officer) {
        Map<UUID, String> options = new LinkedHashMap<>();
        for (MeetingSummary meeting : meetings.upcoming(officer, ItemKind.SIGNAL)) {
            options.put(meeting.id(), messages.getMessage("handling.meeting." + meeting.type().name(), null,
                    LocaleContextHolder.getLocale()) + " – " + meeting.heldOn().format(DATE));
        }
        return options;
    }
}
