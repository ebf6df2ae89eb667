package nl.schakel.testing;

import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.meetings.MeetingType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meetings of the demo region for tests (tests may add series of their own). */
public final class TestMeetings {

    private TestMeetings() {
    }

    /** The next planned meeting from this day on of a series of this type the organisation owns or is a member of. */
    public static UUID next(JdbcClient jdbc, MeetingType type, String organisationName, LocalDate from) {
        UUID organisation = jdbc.sql("select id from organisation where name = ?").param(organisationName)
                .query(UUID.class).single();
        return jdbc.sql("select m.id from meeting m join meeting_series s on s.id = m.series_id where s.type = ? "
                        + "and (s.owner_organisation_id = ? or exists (select 1 from meeting_series_member x "
                        + "where x.series_id = s.id and x.organisation_id = ?)) "
                        + "and m.held_on >= ? and m.status = 'PLANNED' order by m.held_on limit 1")
                .params(type.name(), organisation, organisation, from).query(UUID.class).single();
    }
}
