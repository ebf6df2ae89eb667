package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingCalendar;
import nl.schakel.meetings.MeetingType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A meeting series of each type with members from the demo region (issue 12), each with its next meetings planned,
 * and the next local undermining consultation and Regietafel with an agenda.
 */
@Component
class MeetingsDemo implements DemoContribution {

    private static final String UTRECHT = "Gemeente Utrecht";
    private static final String POLICE = "Politie Midden-Nederland – TMM";
    private static final String VEILIG_THUIS = "Veilig Thuis Utrecht";
    private static final String RIEC = "RIEC Midden-Nederland";

    private final ObjectProvider<MeetingCalendar> calendars;
    private final Clock clock;

    /** The calendar is absent in a module test that starts the demo region without the meetings module. */
    MeetingsDemo(ObjectProvider<MeetingCalendar> calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoRegion region) {
        calendars.ifAvailable(calendar -> seed(region, calendar));
    }

    private void seed(DemoRegion region, MeetingCalendar calendar) {
        LocalDate start = LocalDate.now(clock).minusWeeks(4);
        UUID local = series(calendar, region, MeetingType.LOCAL_UNDERMINING, UTRECHT, start,
                List.of(POLICE, "Nederlandse Arbeidsinspectie – opsporing"),
                Map.of("af.utrecht", UTRECHT, "af2.utrecht", UTRECHT, "politie", POLICE,
                        "nla.opsporing", "Nederlandse Arbeidsinspectie – opsporing"));
        series(calendar, region, MeetingType.DISTRICT_WORKING_GROUP, UTRECHT, start,
                List.of("Gemeente Houten", "Gemeente Nieuwegein", POLICE, RIEC),
                Map.of("af.utrecht", UTRECHT, "af.houten", "Gemeente Houten", "politie", POLICE));
        series(calendar, region, MeetingType.VT_EXPERTISE_TEAM, VEILIG_THUIS, start, List.of("Moviera", POLICE),
                Map.of("veiligthuis", VEILIG_THUIS, "zorgcoordinator", "Moviera"));
        series(calendar, region, MeetingType.VT_CARE_ALIGNMENT, VEILIG_THUIS, start, List.of("Moviera"),
                Map.of("veiligthuis", VEILIG_THUIS, "zorgcoordinator", "Moviera"));
        UUID regietafel = series(calendar, region, MeetingType.REGIETAFEL, RIEC, start,
                List.of(UTRECHT, "Gemeente Houten", "Gemeente Amersfoort", POLICE,
                        "Nederlandse Arbeidsinspectie – toezicht"),
                Map.of("ketenregisseur", RIEC, "af.utrecht", UTRECHT, "analist", UTRECHT));
        calendar.addToNextMeeting(local, ItemKind.THEME, "Uitzendbureaus en huisvesting van arbeidsmigranten",
                region.user("af.utrecht").value());
        calendar.addToNextMeeting(regietafel, ItemKind.TREND_PACK, "Signalen van criminele uitbuiting, kwartaal 3",
                region.user("ketenregisseur").value());
    }

    private static UUID series(MeetingCalendar calendar, DemoRegion region, MeetingType type, String owner,
            LocalDate start, List<String> members, Map<String, String> persons) {
        Map<UUID, UUID> people = new LinkedHashMap<>();
        persons.forEach((username, organisation) ->
                people.put(region.user(username).value(), region.organisation(organisation).id().value()));
        return calendar.createSeries(type, region.organisation(owner).id().value(), start,
                members.stream().map(name -> region.organisation(name).id().value()).toList(), people);
    }
}
