package nl.schakel.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiClient;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.meetings.internal.AgendaStore;
import nl.schakel.meetings.internal.AgendaStore.ActionRow;
import nl.schakel.meetings.internal.MeetingStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions: taken in a meeting (on an item or on its own), given to a member person with a due date, carried over onto
 * every next meeting's action list until done ({@link AgendaStore#carriedTo}). "Mijn acties" and the partner API.
 */
@Service
public class MeetingActions {

    private static final String ACTION = "MEETING_ACTION";

    private final Agendas agendas;
    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final AgendaLens lens;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingActions(Agendas agendas, MeetingStore meetings, AgendaStore agenda, AgendaLens lens, AuditTrail audit,
            Clock clock) {
        this.agendas = agendas;
        this.meetings = meetings;
        this.agenda = agenda;
        this.lens = lens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The organiser gives an action to a member person of the series (or to themselves).
     *
     * @param item the agenda item it follows from, or null for the meeting as a whole
     */
    @Transactional
    public UUID add(SchakelUser organiser, UUID meetingId, @Nullable UUID item, String description, UUID owner,
            LocalDate dueOn) {
        MeetingSummary meeting = agendas.organised(organiser, meetingId, "MEETING_ACTION_ADDED");
        if (!meeting.status().conducting()) {
            throw new MeetingRefusedException("meetings.refused.notConducting");
        }
        if (item != null && agenda.item(meetingId, item).isEmpty()) {
            throw new MeetingNotFoundException();
        }
        UUID ownerOrganisation = owner.equals(organiser.userId()) ? organiser.organisationId()
                : meetings.memberPersons(meeting.seriesId()).get(owner);
        if (ownerOrganisation == null) {
            throw new MeetingRefusedException("meetings.refused.ownerNotMember");
        }
        UUID id = agenda.addAction(meetingId, item, description, ownerOrganisation, owner, dueOn, organiser.userId(),
                clock.instant());
        audit.record(AuditEvent.success("MEETING_ACTION_ADDED", ACTION, id, Agendas.PURPOSE));
        return id;
    }

    /** The person's actions, open first; overdue against today. */
    public List<MeetingView.Action> mine(SchakelUser user) {
        List<ActionRow> rows = agenda.ownedBy(user.userId());
        audit.record(AuditEvent.success("MEETING_ACTIONS_VIEWED", "USER", user.userId(), Agendas.PURPOSE));
        return lens.actions(user, rows, Set.of(), LocalDate.now(clock));
    }

    /** The person marks their own action done; anyone else's does not exist for them. */
    @Transactional
    public void done(SchakelUser user, UUID action) {
        if (!agenda.done(action, user.userId(), user.organisationId(), user.userId(), clock.instant())) {
            throw new MeetingNotFoundException();
        }
        audit.record(AuditEvent.success("MEETING_ACTION_DONE", ACTION, action, Agendas.PURPOSE));
    }

    /** The actions given to the partner system's organisation. */
    public List<ActionRow> forPartner(ApiClient client) {
        audit.record(AuditEvent.success("MEETING_ACTIONS_VIEWED", "ORGANISATION", client.organisationId(),
                Agendas.PURPOSE));
        return agenda.ofOrganisation(client.organisationId());
    }

    /** A partner system marks one of its organisation's actions done; done twice is still done. */
    @Transactional
    public ActionRow doneByPartner(ApiClient client, UUID action) {
        agenda.done(action, null, client.organisationId(), null, clock.instant());
        ActionRow row = agenda.ofOrganisation(client.organisationId()).stream().filter(a -> a.id().equals(action))
                .findFirst().orElseThrow(MeetingNotFoundException::new);
        audit.record(AuditEvent.success("MEETING_ACTION_DONE", ACTION, action, Agendas.PURPOSE));
        return row;
    }

    /** Whether an open action is late on this date. */
    public boolean overdue(ActionRow row) {
        return row.doneAt() == null && row.dueOn().isBefore(LocalDate.now(clock));
    }
}
