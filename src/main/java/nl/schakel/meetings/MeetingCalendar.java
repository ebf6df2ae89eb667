package nl.schakel.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.meetings.internal.AgendaStore;
import nl.schakel.meetings.internal.MeetingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series and their meetings: a series meets by its RRULE ({@link Cadence}); its meetings are planned ahead whenever the
 * calendar is read, so a series never runs out of dates. A person sees the meetings of the series their organisation
 * owns or is a member of.
 */
@Service
public class MeetingCalendar {

    /** How far ahead meetings are planned. */
    static final int WEEKS_AHEAD = 26;

    private final MeetingStore store;
    private final AgendaStore agenda;
    private final Clock clock;

    MeetingCalendar(MeetingStore store, AgendaStore agenda, Clock clock) {
        this.store = store;
        this.agenda = agenda;
        this.clock = clock;
    }

    /**
     * A new series of a type with its default cadence and content rule, and its meetings planned.
     *
     * @param organisations the member organisations (the owner is always one)
     * @param persons member persons, each with their organisation
     */
    @Transactional
    public UUID createSeries(MeetingType type, UUID owner, LocalDate startsOn, List<UUID> organisations,
            Map<UUID, UUID> persons) {
        UUID series = store.createSeries(type, owner, startsOn, type.rrule(), type.contentRule(), clock.instant());
        store.addMember(series, owner, null);
        organisations.forEach(organisation -> store.addMember(series, organisation, null));
        persons.forEach((person, organisation) -> store.addMember(series, organisation, person));
        planAhead(series);
        return series;
    }

    /** Plans the series' meetings from its start up to {@value #WEEKS_AHEAD} weeks from today. */
    @Transactional
    public void planAhead(UUID series) {
        MeetingStore.SeriesRow row = store.series(series).orElseThrow(MeetingNotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = (row.startsOn().isAfter(today) ? row.startsOn() : today).plusWeeks(WEEKS_AHEAD);
        store.plan(series, Cadence.dates(row.rrule(), row.startsOn(), row.startsOn(), until), clock.instant());
    }

    /**
     * Puts a trend pack or theme on the series' next planned meeting, as {@code addedBy}; for seeding a region (no
     * person is logged in, so nothing is audited).
     */
    @Transactional
    public void addToNextMeeting(UUID series, ItemKind kind, String title, UUID addedBy) {
        if (kind.isIndividual() || kind == ItemKind.ACTION_LIST) {
            throw new MeetingRefusedException("meetings.refused.kindNeedsReference");
        }
        LocalDate today = LocalDate.now(clock);
        UUID owner = store.series(series).orElseThrow(MeetingNotFoundException::new).ownerOrganisationId();
        MeetingSummary next = store.calendar(owner, today, today.plusWeeks(WEEKS_AHEAD)).stream()
                .filter(meeting -> meeting.seriesId().equals(series) && meeting.status().agendaOpen())
                .findFirst().orElseThrow(MeetingNotFoundException::new);
        agenda.add(next.id(), kind, null, null, title, addedBy, clock.instant());
    }

    /** The dates the series meets on, as planned. */
    public List<LocalDate> datesOf(UUID series) {
        return store.datesOf(series);
    }

    /** The person's meetings from four weeks ago to twelve weeks ahead. */
    @Transactional
    public List<MeetingSummary> calendar(SchakelUser user) {
        store.seriesOf(user.organisationId()).forEach(this::planAhead);
        LocalDate today = LocalDate.now(clock);
        return store.calendar(user.organisationId(), today.minusWeeks(4), today.plusWeeks(12));
    }

    /** The coming meetings of the person's series whose agenda is open and that admit this kind of item. */
    public List<MeetingSummary> upcoming(SchakelUser user, ItemKind kind) {
        LocalDate today = LocalDate.now(clock);
        return store.calendar(user.organisationId(), today, today.plusWeeks(WEEKS_AHEAD)).stream()
                .filter(meeting -> meeting.status().agendaOpen() && meeting.contentRule().admits(kind))
                .limit(12)
                .toList();
    }

    /** One meeting, when the person's organisation may see it. */
    public MeetingSummary meeting(SchakelUser user, UUID meeting) {
        return store.visible(user.organisationId(), meeting).orElseThrow(MeetingNotFoundException::new);
    }
}
