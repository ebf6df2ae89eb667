package nl.schakel.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.meetings.ContentRule;
import nl.schakel.meetings.MeetingStatus;
import nl.schakel.meetings.MeetingSummary;
import nl.schakel.meetings.MeetingType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Series, their members, meetings and attendance. Every read for a person filters on the person's organisation in
 * SQL: a meeting of a series the organisation is not a member of does not exist for it.
 */
@Repository
public class MeetingStore {

    /** A meeting the organisation owns or is a member of (alias m for meeting, s for its series). */
    private static final String MEMBER = "(s.owner_organisation_id = :organisation or exists (select 1 from "
            + "meeting_series_member x where x.series_id = s.id and x.organisation_id = :organisation))";

    private static final String SUMMARY = "select m.id, m.series_id, s.type, s.owner_organisation_id, m.held_on, "
            + "m.status, s.content_rule from meeting m join meeting_series s on s.id = m.series_id ";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A series as stored. */
    public record SeriesRow(UUID id, MeetingType type, UUID ownerOrganisationId, LocalDate startsOn, String rrule) {
    }

    public UUID createSeries(MeetingType type, UUID owner, LocalDate startsOn, String rrule, ContentRule rule,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into meeting_series (id, type, owner_organisation_id, starts_on, rrule, content_rule, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, type.name(), owner, startsOn, rrule, rule.name(), now.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    public void addMember(UUID series, UUID organisation, @Nullable UUID user) {
        jdbc.sql("insert into meeting_series_member (id, series_id, organisation_id, user_id) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(UUID.randomUUID(), series, organisation, user).update();
    }

    public Optional<SeriesRow> series(UUID id) {
        return jdbc.sql("select id, type, owner_organisation_id, starts_on, rrule from meeting_series where id = ?")
                .param(id)
                .query((rs, n) -> new SeriesRow(rs.getObject(1, UUID.class), MeetingType.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .optional();
    }

    /** The series the organisation owns or is a member of. */
    public List<UUID> seriesOf(UUID organisation) {
        return jdbc.sql("select s.id from meeting_series s where " + MEMBER)
                .param("organisation", organisation).query(UUID.class).list();
    }

    /** Adds the meetings of these dates that do not exist yet, as planned. */
    public void plan(UUID series, List<LocalDate> dates, Instant now) {
        for (LocalDate date : dates) {
            jdbc.sql("insert into meeting (id, series_id, held_on, status, status_changed_at) values (?, ?, ?, ?, ?) "
                            + "on conflict (series_id, held_on) do nothing")
                    .params(UUID.randomUUID(), series, date, MeetingStatus.PLANNED.name(), now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    public List<LocalDate> datesOf(UUID series) {
        return jdbc.sql("select held_on from meeting where series_id = ? order by held_on").param(series)
                .query(LocalDate.class).list();
    }

    /** The meetings between two dates that the organisation may see, by date. */
    public List<MeetingSummary> calendar(UUID organisation, LocalDate from, LocalDate until) {
        return jdbc.sql(SUMMARY + "where " + MEMBER + " and m.held_on between :from and :until order by m.held_on, s.type")
                .param("organisation", organisation).param("from", from).param("until", until)
                .query(MeetingStore::summary).list();
    }

    /** One meeting, if the organisation may see it. */
    public Optional<MeetingSummary> visible(UUID organisation, UUID meeting) {
        return jdbc.sql(SUMMARY + "where m.id = :meeting and " + MEMBER)
                .param("meeting", meeting).param("organisation", organisation).query(MeetingStore::summary).optional();
    }

    /** The meeting of the same series that comes after this one, if planned. */
    public Optional<UUID> next(UUID meeting) {
        return jdbc.sql("select n.id from meeting m join meeting n on n.series_id = m.series_id and n.held_on > m.held_on "
                        + "where m.id = ? and n.status <> ? order by n.held_on limit 1")
                .params(meeting, MeetingStatus.CANCELLED.name()).query(UUID.class).optional();
    }

    /** Moves the meeting only from the state it was read in; false when someone else moved it first. */
    public boolean move(UUID meeting, MeetingStatus from, MeetingStatus to, Instant now) {
        return jdbc.sql("update meeting set status = ?, status_changed_at = ? where id = ? and status = ?")
                .params(to.name(), now.atOffset(ZoneOffset.UTC), meeting, from.name()).update() == 1;
    }

    /** The member organisations of a meeting's series (with the owner), by id. */
    public List<UUID> memberOrganisations(UUID series) {
        return jdbc.sql("select owner_organisation_id from meeting_series where id = :series union "
                        + "select organisation_id from meeting_series_member where series_id = :series")
                .param("series", series).query(UUID.class).list();
    }

    /** The persons who are members of a series, each with their organisation. */
    public Map<UUID, UUID> memberPersons(UUID series) {
        Map<UUID, UUID> persons = new LinkedHashMap<>();
        jdbc.sql("select user_id, organisation_id from meeting_series_member where series_id = ? and user_id is not null")
                .param(series).query((ResultSet rs) -> {
                    persons.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return persons;
    }

    public void recordAttendance(UUID meeting, UUID organisation, boolean present, UUID by, Instant now) {
        jdbc.sql("insert into meeting_attendance (meeting_id, organisation_id, present, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (meeting_id, organisation_id) do update "
                        + "set present = excluded.present, recorded_by = excluded.recorded_by, "
                        + "recorded_at = excluded.recorded_at")
                .params(meeting, organisation, present, by, now.atOffset(ZoneOffset.UTC)).update();
    }

    public Map<UUID, Boolean> attendance(UUID meeting) {
        Map<UUID, Boolean> attendance = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, present from meeting_attendance where meeting_id = ?").param(meeting)
                .query((ResultSet rs) -> {
                    attendance.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                });
        return attendance;
    }

    private static MeetingSummary summary(ResultSet rs, int n) throws SQLException {
        return new MeetingSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                MeetingType.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                MeetingStatus.valueOf(rs.getString(6)), ContentRule.valueOf(rs.getString(7)));
    }
}
