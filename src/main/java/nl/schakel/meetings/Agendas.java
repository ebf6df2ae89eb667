package nl.schakel.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.meetings.internal.AgendaStore;
import nl.schakel.meetings.internal.AgendaStore.ActionRow;
import nl.schakel.meetings.internal.AgendaStore.ItemRow;
import nl.schakel.meetings.internal.MeetingStore;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda and its conduct: items (a signal through "Naar overleg", a trend pack or theme by the organiser),
 * the meeting's moves ({@link MeetingStatus}), attendance, and per item one decision, published as
 * {@link AgendaDecisionTaken}. Every read and change is audited; what a member reads passes {@link AgendaLens}.
 */
@Service
public class Agendas {

    static final String PURPOSE = "MEETING_COORDINATION";
    private static final String MEETING = "MEETING";

    private final MeetingStore meetings;
    private final AgendaStore agenda;
    private final AgendaLens lens;
    private final Signals signals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Agendas(MeetingStore meetings, AgendaStore agenda, AgendaLens lens, Signals signals, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.lens = lens;
        this.signals = signals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The meeting as this member may see it (agenda, decisions, actions, the carried action list). */
    public MeetingView view(SchakelUser viewer, UUID meetingId) {
        MeetingSummary meeting = visible(viewer, meetingId, "MEETING_VIEWED");
        List<ItemRow> items = agenda.items(meetingId);
        List<ActionRow> own = agenda.actionsOf(meetingId);
        List<ActionRow> carried = agenda.carriedTo(meetingId);
        Set<UUID> restricted = new HashSet<>(lens.restrictedItems(viewer, own));
        restricted.addAll(lens.restrictedItems(viewer, carried));
        List<MeetingView.Item> views = new ArrayList<>();
        for (ItemRow item : items) {
            List<ActionRow> actions = own.stream().filter(a -> item.id().equals(a.itemId())).toList();
            views.add(lens.item(viewer, item, lens.actions(viewer, actions, restricted, meeting.heldOn())));
        }
        List<UUID> members = meetings.memberOrganisations(meeting.seriesId());
        Map<UUID, String> names = lens.organisationNames(new HashSet<>(members));
        Map<UUID, String> memberNames = new LinkedHashMap<>();
        members.forEach(id -> memberNames.put(id, names.getOrDefault(id, "")));
        Map<UUID, String> owners = new LinkedHashMap<>(lens.personNames(meetings.memberPersons(meeting.seriesId()).keySet()));
        owners.putIfAbsent(viewer.userId(), viewer.displayName());
        audit.record(AuditEvent.success("MEETING_VIEWED", MEETING, meetingId, PURPOSE));
        return new MeetingView(meeting, names.getOrDefault(meeting.ownerOrganisationId(), ""), organiser(viewer, meeting),
                views, lens.actions(viewer, carried, restricted, meeting.heldOn()), memberNames,
                meetings.attendance(meetingId), owners);
    }

    /**
     * "Naar overleg": puts a signal the officer may see on a coming meeting of one of their series.
     *
     * @return the meeting, for the signal's record of its consultations
     * @throws MeetingRefusedException on a trends-only table, a held meeting, or a signal already on the agenda
     */
    @Transactional
    public MeetingSummary addSignal(SchakelUser officer, UUID meetingId, SignalId signal) {
        MeetingSummary meeting = visible(officer, meetingId, "AGENDA_ITEM_ADDED");
        if (!signals.visibleTo(officer, signal)) {
            audit.record(new AuditEvent("AGENDA_ITEM_ADDED", "SIGNAL", signal.toString(), PURPOSE, Outcome.DENIED));
            throw new MeetingNotFoundException();
        }
        admit(meeting, ItemKind.SIGNAL);
        if (!agenda.add(meetingId, ItemKind.SIGNAL, signal.value(), null, null, officer.userId(), clock.instant())) {
            throw new MeetingRefusedException("meetings.refused.alreadyOnAgenda");
        }
        audit.record(AuditEvent.success("AGENDA_ITEM_ADDED", "SIGNAL", signal, PURPOSE));
        return meeting;
    }

    /**
     * "Naar overleg" from the case page: puts a case the participant may see on a coming meeting of one of their
     * series. Members whose organisation is no participant see the item as "Beperkt".
     *
     * @throws MeetingRefusedException on a trends-only table, a held meeting, or a case already on the agenda
     */
    @Transactional
    public MeetingSummary addCase(SchakelUser participant, UUID meetingId, UUID caseId) {
        MeetingSummary meeting = visible(participant, meetingId, "AGENDA_ITEM_ADDED");
        if (!lens.seesCase(participant, caseId)) {
            audit.record(new AuditEvent("AGENDA_ITEM_ADDED", "CASE", caseId.toString(), PURPOSE, Outcome.DENIED));
            throw new MeetingNotFoundException();
        }
        admit(meeting, ItemKind.CASE);
        if (!agenda.add(meetingId, ItemKind.CASE, null, caseId, null, participant.userId(), clock.instant())) {
            throw new MeetingRefusedException("meetings.refused.caseAlreadyOnAgenda");
        }
        audit.record(AuditEvent.success("AGENDA_ITEM_ADDED", "CASE", caseId, PURPOSE));
        return meeting;
    }

    /** The organiser adds a trend pack or theme with its title. */
    @Transactional
    public void addTitled(SchakelUser organiser, UUID meetingId, ItemKind kind, String title) {
        MeetingSummary meeting = organised(organiser, meetingId, "AGENDA_ITEM_ADDED");
        if (kind.isIndividual() || kind == ItemKind.ACTION_LIST) {
            admit(meeting, kind);
            throw new MeetingRefusedException("meetings.refused.kindNeedsReference");
        }
        admit(meeting, kind);
        agenda.add(meetingId, kind, null, null, title, organiser.userId(), clock.instant());
        audit.record(AuditEvent.success("AGENDA_ITEM_ADDED", MEETING, meetingId, PURPOSE));
    }

    /**
     * Records the item's one decision and publishes it.
     *
     * @param partner the partner to route to, for {@link DecisionKind#ROUTE}
     */
    @Transactional
    public AgendaDecisionTaken decide(SchakelUser organiser, UUID meetingId, UUID itemId, DecisionKind decision,
            @Nullable UUID partner) {
        MeetingSummary meeting = organised(organiser, meetingId, "AGENDA_DECISION_TAKEN");
        if (!meeting.status().conducting()) {
            throw new MeetingRefusedException("meetings.refused.notConducting");
        }
        ItemRow item = agenda.item(meetingId, itemId).orElseThrow(MeetingNotFoundException::new);
        if (lens.title(organiser, item).isEmpty()) {
            // An item the organiser may not see ("Beperkt") is not theirs to decide on: it would land in a timeline
            // or case log they cannot read.
            throw new MeetingNotFoundException();
        }
        Instant now = clock.instant();
        if (!agenda.decide(itemId, decision, decision == DecisionKind.ROUTE ? partner : null, organiser.userId(), now)) {
            throw new MeetingRefusedException("meetings.refused.alreadyDecided");
        }
        AgendaDecisionTaken taken = new AgendaDecisionTaken(meetingId, itemId, item.kind(), item.signalId(),
                item.caseId(), decision, decision == DecisionKind.ROUTE ? partner : null, organiser.userId(), now);
        events.publishEvent(taken);
        audit.record(AuditEvent.success("AGENDA_DECISION_TAKEN", MEETING, meetingId, PURPOSE));
        return taken;
    }

    /** Moves the meeting (publish the agenda, held, minutes approved, cancelled). */
    @Transactional
    public void move(SchakelUser organiser, UUID meetingId, MeetingStatus to) {
        MeetingSummary meeting = organised(organiser, meetingId, "MEETING_STATUS_CHANGED");
        meeting.status().moveTo(to);
        if (!meetings.move(meetingId, meeting.status(), to, clock.instant())) {
            throw new MeetingTransitionRefusedException(meeting.status(), to);
        }
        audit.record(AuditEvent.success("MEETING_STATUS_CHANGED", MEETING, meetingId, PURPOSE));
    }

    /** Records which member organisations were present; the others are absent. */
    @Transactional
    public void recordAttendance(SchakelUser organiser, UUID meetingId, Set<UUID> present) {
        MeetingSummary meeting = organised(organiser, meetingId, "ATTENDANCE_RECORDED");
        Instant now = clock.instant();
        for (UUID member : meetings.memberOrganisations(meeting.seriesId())) {
            meetings.recordAttendance(meetingId, member, present.contains(member), organiser.userId(), now);
        }
        audit.record(AuditEvent.success("ATTENDANCE_RECORDED", MEETING, meetingId, PURPOSE));
    }

    /** The meeting, for its organiser only; anyone else gets 404 (a member who is not the organiser too). */
    MeetingSummary organised(SchakelUser user, UUID meetingId, String action) {
        MeetingSummary meeting = visible(user, meetingId, action);
        if (!organiser(user, meeting)) {
            audit.record(new AuditEvent(action, MEETING, meetingId.toString(), PURPOSE, Outcome.DENIED));
            throw new MeetingNotFoundException();
        }
        return meeting;
    }

    private MeetingSummary visible(SchakelUser user, UUID meetingId, String action) {
        return meetings.visible(user.organisationId(), meetingId).orElseThrow(() -> {
            audit.record(new AuditEvent(action, MEETING, meetingId.toString(), PURPOSE, Outcome.DENIED));
            return new MeetingNotFoundException();
        });
    }

    private static boolean organiser(SchakelUser user, MeetingSummary meeting) {
        return user.organisationId().equals(meeting.ownerOrganisationId());
    }

    private static void admit(MeetingSummary meeting, ItemKind kind) {
        if (!meeting.contentRule().admits(kind)) {
            throw new MeetingRefusedException("meetings.refused.trendsOnly");
        }
        if (!meeting.status().agendaOpen()) {
            throw new MeetingRefusedException("meetings.refused.agendaClosed");
        }
    }
}
