package nl.schakel.handling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClassificationState;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.meetings.MeetingSummary;
import nl.schakel.meetings.MeetingType;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads what the officer records while handling a signal (V14). Access is checked by the caller. */
@Component
public class HandlingRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    HandlingRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record NoteRow(UUID authorId, String body, OffsetDateTime at) {
    }

    public record EnrichmentRow(EnrichmentSource source, String checked, boolean found, @Nullable String finding,
            UUID authorId, OffsetDateTime at) {
    }

    public record ConsultationRow(UUID id, UUID meetingId, MeetingType meeting, LocalDate plannedOn, @Nullable String outcome,
            UUID createdBy, @Nullable OffsetDateTime outcomeAt) {
    }

    public record ClassificationRow(UUID id, ClassificationLevel level, ClassificationLevel proposed, int score,
            String reason, ClassificationState state, UUID decidedBy, OffsetDateTime decidedAt,
            @Nullable UUID confirmedBy, @Nullable OffsetDateTime confirmedAt) {
    }

    public record ClosureRow(@Nullable OffsetDateTime reporterInformedAt, @Nullable UUID reporterInformedBy,
            @Nullable String outcome, @Nullable String note, @Nullable String notInformedReason,
            @Nullable OffsetDateTime closedAt, @Nullable LocalDate retainUntil) {
    }

    public void addNote(SignalId signal, UUID author, String body) {
        jdbc.sql("insert into signal_note (id, signal_id, author_id, body, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), signal.value(), author, body, now()).update();
    }

    public List<NoteRow> notes(SignalId signal) {
        return jdbc.sql("select author_id, body, created_at from signal_note where signal_id = ? order by created_at")
                .param(signal.value())
                .query((rs, n) -> new NoteRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    public void addEnrichment(SignalId signal, UUID author, EnrichmentSource source, String checked, boolean found,
            @Nullable String finding) {
        jdbc.sql("""
                insert into signal_enrichment (id, signal_id, source, checked, found, finding, author_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), signal.value(), source.name(), checked, found, finding, author, now())
                .update();
    }

    public List<EnrichmentRow> enrichments(SignalId signal) {
        return jdbc.sql("select source, checked, found, finding, author_id, recorded_at from signal_enrichment "
                        + "where signal_id = ? order by recorded_at")
                .param(signal.value())
                .query((rs, n) -> new EnrichmentRow(EnrichmentSource.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getBoolean(3), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** The signal goes to a meeting; its kind and date are kept beside the reference, as codes. */
    public UUID planConsultation(SignalId signal, UUID author, MeetingSummary meeting) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into signal_consultation (id, signal_id, meeting_id, meeting, planned_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, signal.value(), meeting.id(), meeting.type().name(), meeting.heldOn(), author, now()).update();
        return id;
    }

    /** Records the outcome once; returns false when the consultation is not this signal's or has one already. */
    public boolean recordConsultationOutcome(SignalId signal, UUID consultation, UUID author, String outcome) {
        return jdbc.sql("update signal_consultation set outcome = ?, outcome_by = ?, outcome_at = ? "
                        + "where id = ? and signal_id = ? and outcome is null")
                .params(outcome, author, now(), consultation, signal.value()).update() == 1;
    }

    public List<ConsultationRow> consultations(SignalId signal) {
        return jdbc.sql("select id, meeting_id, meeting, planned_on, outcome, created_by, outcome_at from signal_consultation "
                        + "where signal_id = ? order by planned_on, created_at")
                .param(signal.value())
                .query((rs, n) -> new ConsultationRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        MeetingType.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getObject(6, UUID.class), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    public UUID addClassification(SignalId signal, ClassificationLevel level, ClassificationLevel proposed, int score,
            String reason, ClassificationState state, UUID decidedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into signal_classification (id, signal_id, level, proposed_level, score, reason, state,
                    decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, signal.value(), level.name(), proposed.name(), score, reason,
                        state.name(), decidedBy, now())
                .update();
        return id;
    }

    /**
     * Moves a classification from the state it was read in; false when someone else moved it in the meantime.
     * The database refuses a confirmer who is the decider (four eyes, twice).
     */
    public boolean settle(SignalId signal, UUID classification, ClassificationState from, ClassificationState to,
            UUID by) {
        boolean confirmed = to == ClassificationState.CONFIRMED;
        return jdbc.sql("update signal_classification set state = ?, confirmed_by = ?, confirmed_at = ? "
                        + "where id = ? and signal_id = ? and state = ?")
                .params(to.name(), confirmed ? by : null, confirmed ? now() : null, classification, signal.value(),
                        from.name())
                .update() == 1;
    }

    public List<ClassificationRow> classifications(SignalId signal) {
        return jdbc.sql("select * from signal_classification where signal_id = ? order by decided_at")
                .param(signal.value())
                .query((rs, n) -> new ClassificationRow(rs.getObject("id", UUID.class),
                        ClassificationLevel.valueOf(rs.getString("level")),
                        ClassificationLevel.valueOf(rs.getString("proposed_level")), rs.getInt("score"),
                        rs.getString("reason"), ClassificationState.valueOf(rs.getString("state")),
                        rs.getObject("decided_by", UUID.class),
                        rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("confirmed_by", UUID.class),
                        rs.getObject("confirmed_at", OffsetDateTime.class)))
                .list();
    }

    public void reporterInformed(SignalId signal, UUID by, FeedbackTemplate template) {
        jdbc.sql("""
                insert into signal_closure (signal_id, reporter_informed_at, reporter_informed_by, feedback_template)
                values (?, ?, ?, ?) on conflict (signal_id) do update set reporter_informed_at = excluded.reporter_informed_at,
                    reporter_informed_by = excluded.reporter_informed_by, feedback_template = excluded.feedback_template""")
                .params(signal.value(), now(), by, template.name()).update();
    }

    public void close(SignalId signal, UUID by, ClosingOutcome outcome, @Nullable String note,
            @Nullable String notInformedReason, @Nullable LocalDate retainUntil) {
        jdbc.sql("""
                insert into signal_closure (signal_id, outcome, outcome_note, not_informed_reason, closed_by, closed_at,
                    retain_until) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (signal_id) do update set outcome = excluded.outcome, outcome_note = excluded.outcome_note,
                    not_informed_reason = excluded.not_informed_reason, closed_by = excluded.closed_by,
                    closed_at = excluded.closed_at, retain_until = excluded.retain_until""")
                .params(signal.value(), outcome.name(), note, notInformedReason, by, now(), retainUntil).update();
    }

    public Optional<ClosureRow> closure(SignalId signal) {
        return jdbc.sql("select * from signal_closure where signal_id = ?").param(signal.value())
                .query((rs, n) -> new ClosureRow(rs.getObject("reporter_informed_at", OffsetDateTime.class),
                        rs.getObject("reporter_informed_by", UUID.class), rs.getString("outcome"),
                        rs.getString("outcome_note"), rs.getString("not_informed_reason"),
                        rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("retain_until", LocalDate.class)))
                .optional();
    }

    /** The confirmed level per signal, the latest decision winning; for the workbench. */
    public java.util.Map<UUID, ClassificationLevel> currentLevels(java.util.Collection<UUID> signals) {
        java.util.Map<UUID, ClassificationLevel> levels = new java.util.HashMap<>();
        if (signals.isEmpty()) {
            return levels;
        }
        jdbc.sql("""
                select distinct on (signal_id) signal_id, level from signal_classification
                where signal_id in (:ids) and state = :confirmed
                order by signal_id, coalesce(confirmed_at, decided_at) desc""")
                .param("ids", signals).param("confirmed", ClassificationState.CONFIRMED.name())
                .query(rs -> {
                    levels.put(rs.getObject(1, UUID.class), ClassificationLevel.valueOf(rs.getString(2)));
                });
        return levels;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** For each signal with a classification waiting for a second person: the level and who decided it. */
    public java.util.Map<UUID, Awaiting> awaiting(java.util.Collection<UUID> signals) {
        java.util.Map<UUID, Awaiting> waiting = new java.util.HashMap<>();
        if (signals.isEmpty()) {
            return waiting;
        }
        jdbc.sql("select signal_id, level, decided_by from signal_classification where signal_id in (:ids) "
                        + "and state = :awaiting")
                .param("ids", signals).param("awaiting", ClassificationState.AWAITING_CONFIRMATION.name())
                .query(rs -> {
                    waiting.put(rs.getObject(1, UUID.class), new Awaiting(ClassificationLevel.valueOf(rs.getString(2)),
                            rs.getObject(3, UUID.class)));
                });
        return waiting;
    }

    /** A classification waiting for a second person. */
    public record Awaiting(ClassificationLevel level, UUID decidedBy) {
    }
}
