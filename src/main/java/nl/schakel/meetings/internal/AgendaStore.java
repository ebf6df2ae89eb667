package nl.schakel.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.meetings.DecisionKind;
import nl.schakel.meetings.ItemKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda items with their one decision, and the actions taken on them. */
@Repository
public class AgendaStore {

    private static final String ACTION = "select a.id, a.meeting_id, a.agenda_item_id, a.description, "
            + "a.owner_organisation_id, a.owner_user_id, a.due_on, a.done_at, m.held_on, i.kind, i.signal_id, i.case_id "
            + "from meeting_action a join meeting m on m.id = a.meeting_id "
            + "left join agenda_item i on i.id = a.agenda_item_id ";

    private final JdbcClient jdbc;

    AgendaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An agenda item as stored. */
    public record ItemRow(UUID id, UUID meetingId, ItemKind kind, @Nullable UUID signalId, @Nullable UUID caseId,
            @Nullable String title, @Nullable DecisionKind decision, @Nullable UUID decisionPartnerId) {
    }

    /** An action as stored, with the date of the meeting it was taken in and what its item is about. */
    public record ActionRow(UUID id, UUID meetingId, @Nullable UUID itemId, String description,
            UUID ownerOrganisationId, @Nullable UUID ownerUserId, LocalDate dueOn, @Nullable Instant doneAt,
            LocalDate heldOn, @Nullable ItemKind itemKind, @Nullable UUID signalId, @Nullable UUID caseId) {
    }

    /** Adds an item at the end of the agenda; false when the signal or case is already on it. */
    public boolean add(UUID meeting, ItemKind kind, @Nullable UUID signal, @Nullable UUID caseId,
            @Nullable String title, UUID by, Instant now) {
        return jdbc.sql("insert into agenda_item (id, meeting_id, position, kind, signal_id, case_id, title, added_by, "
                        + "added_at) select ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ? from agenda_item "
                        + "where meeting_id = ? on conflict do nothing")
                .params(UUID.randomUUID(), meeting, kind.name(), signal, caseId, title, by,
                        now.atOffset(ZoneOffset.UTC), meeting)
                .update() == 1;
    }

    public List<ItemRow> items(UUID meeting) {
        return jdbc.sql("select id, meeting_id, kind, signal_id, case_id, title, decision, decision_partner_id "
                        + "from agenda_item where meeting_id = ? order by position")
                .param(meeting).query(AgendaStore::item).list();
    }

    public Optional<ItemRow> item(UUID meeting, UUID item) {
        return jdbc.sql("select id, meeting_id, kind, signal_id, case_id, title, decision, decision_partner_id "
                        + "from agenda_item where meeting_id = ? and id = ?")
                .params(meeting, item).query(AgendaStore::item).optional();
    }

    /** Records the item's one decision; false when it has one already. */
    public boolean decide(UUID item, DecisionKind decision, @Nullable UUID partner, UUID by, Instant now) {
        return jdbc.sql("update agenda_item set decision = ?, decision_partner_id = ?, decided_by = ?, decided_at = ? "
                        + "where id = ? and decision is null")
                .params(decision.name(), partner, by, now.atOffset(ZoneOffset.UTC), item).update() == 1;
    }

    public UUID addAction(UUID meeting, @Nullable UUID item, String description, UUID ownerOrganisation,
            UUID ownerUser, LocalDate dueOn, UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into meeting_action (id, meeting_id, agenda_item_id, description, owner_organisation_id, "
                        + "owner_user_id, due_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, meeting, item, description, ownerOrganisation, ownerUser, dueOn, by,
                        now.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    /** The actions taken in this meeting. */
    public List<ActionRow> actionsOf(UUID meeting) {
        return jdbc.sql(ACTION + "where a.meeting_id = ? order by a.created_at").param(meeting)
                .query(AgendaStore::action).list();
    }

    /**
     * The action list of a meeting: the actions of earlier meetings of its series that were not done before it was
     * held. Carried over by reading, so nothing has to be copied and nothing can be lost.
     */
    public List<ActionRow> carriedTo(UUID meeting) {
        return jdbc.sql(ACTION + "join meeting target on target.series_id = m.series_id and target.id = ? "
                        + "where m.held_on < target.held_on "
                        + "and (a.done_at is null or a.done_at >= target.held_on) order by a.due_on, a.created_at")
                .param(meeting).query(AgendaStore::action).list();
    }

    /** The person's actions, open first, by due date. */
    public List<ActionRow> ownedBy(UUID user) {
        return jdbc.sql(ACTION + "where a.owner_user_id = ? order by a.done_at is not null, a.due_on")
                .param(user).query(AgendaStore::action).list();
    }

    /** The organisation's actions, open first, by due date. */
    public List<ActionRow> ofOrganisation(UUID organisation) {
        return jdbc.sql(ACTION + "where a.owner_organisation_id = ? order by a.done_at is not null, a.due_on")
                .param(organisation).query(AgendaStore::action).list();
    }

    /** Marks the action done once, only for its owner (person, or organisation when no person is given). */
    public boolean done(UUID action, @Nullable UUID ownerUser, UUID ownerOrganisation, @Nullable UUID by,
            Instant now) {
        return jdbc.sql("update meeting_action set done_at = ?, done_by = ? where id = ? and done_at is null "
                        + "and owner_organisation_id = ? and (cast(? as uuid) is null or owner_user_id = ?)")
                .params(now.atOffset(ZoneOffset.UTC), by, action, ownerOrganisation, ownerUser, ownerUser)
                .update() == 1;
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(7);
        return new ItemRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), ItemKind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6),
                decision == null ? null : DecisionKind.valueOf(decision), rs.getObject(8, UUID.class));
    }

    private static ActionRow action(ResultSet rs, int n) throws SQLException {
        java.time.OffsetDateTime done = rs.getObject(8, java.time.OffsetDateTime.class);
        String kind = rs.getString(10);
        return new ActionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                rs.getObject(7, LocalDate.class), done == null ? null : done.toInstant(),
                rs.getObject(9, LocalDate.class), kind == null ? null : ItemKind.valueOf(kind),
                rs.getObject(11, UUID.class), rs.getObject(12, UUID.class));
    }
}
