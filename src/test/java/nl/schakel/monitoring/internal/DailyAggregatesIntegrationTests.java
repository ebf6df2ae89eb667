package nl.schakel.monitoring.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.Classifications;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.SignalHandling;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.Scope;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.PartnerReferrals;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalDesk;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.SignalStatusChanged;
import nl.schakel.signal.Vulnerability;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily aggregates (decision 0032) kept by the listeners equal a rebuild from the facts after a route with
 * every kind of event (received, triaged, classified and re-classified, routed, feedback, informed, closed) and a
 * replayed event; and the figures read from them equal the figures the facts give directly (the SQL of before).
 */
@SchakelIntegrationTest
class DailyAggregatesIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalRecords records;

    @Autowired
    SignalDesk desk;

    @Autowired
    Classifications classifications;

    @Autowired
    Referrals referrals;

    @Autowired
    PartnerReferrals partnerReferrals;

    @Autowired
    SignalHandling handling;

    @Autowired
    Organisations organisations;

    @Autowired
    FactRecorder recorder;

    @Autowired
    DailyAggregates aggregates;

    @Autowired
    FigureQueries queries;

    @Autowired
    java.time.Clock clock;

    @AfterEach
    void stopActing() {
        ModuleFixtures.stopActing();
    }

    @Test
    void theListenersKeepTheAggregatesAsARebuildWouldAndTheFiguresAsTheFactsGiveThem() {
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        UUID municipality = organisations.create(new RegionId(region), new OrganisationForm("Gemeente Aggregaat "
                + UUID.randomUUID().toString().substring(0, 8), OrganisationType.MUNICIPALITY, null)).id().value();
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        List<SignalId> ids = new ArrayList<>();
        List<Set<String>> forms = List.of(Set.of("SEXUAL"), Set.of("LABOUR", "CRIMINAL"), Set.of(), Set.of("CRIMINAL"),
                Set.of("SEXUAL"), Set.of());
        for (int i = 0; i < forms.size(); i++) {
            ids.add(signal(region, municipality, utrecht, forms.get(i), Channel.values()[i % Channel.values().length],
                    ReporterType.values()[i % ReporterType.values().length], 10 + 3 * i));
            desk.takeUp(officer, ids.get(i));
        }
        for (SignalId id : ids.subList(0, 3)) {
            classifications.classify(officer, id, ClassificationLevel.POSSIBLE_TRAFFICKING, "Signalen van uitbuiting");
        }
        UUID moviera = ModuleFixtures.organisation(jdbc, "Moviera");
        UUID police = ModuleFixtures.organisation(jdbc, "Politie Midden-Nederland – TMM");
        List<ReferralId> sent = new ArrayList<>();
        for (SignalId id : ids.subList(0, 4)) {
            sent.add(referrals.send(officer, id, new ReferralRequest(moviera, LegalBasis.WMO_2015, null,
                    Set.of(SharedPart.DESCRIPTION), LocalDate.now(clock).plusDays(14), null, null)));
        }
        sent.add(referrals.send(officer, ids.get(3), new ReferralRequest(police, LegalBasis.MELDCODE, null,
                Set.of(SharedPart.DESCRIPTION), LocalDate.now(clock).plusDays(7), null, null)));
        PartnerReferrals.Partner coordinator = PartnerReferrals.Partner.of(ModuleFixtures.actAs(jdbc,
                "zorgcoordinator")).orElseThrow();
        for (ReferralId referral : sent.subList(0, 3)) {
            partnerReferrals.answer(coordinator, referral, PartnerReferrals.Answer.ACCEPT, null);
            partnerReferrals.answer(coordinator, referral, PartnerReferrals.Answer.FEEDBACK, "Opgepakt");
        }
        ModuleFixtures.actAs(jdbc, "af.utrecht");
        await().atMost(Duration.ofSeconds(30)).until(() -> routedWithFeedback(municipality) == 3);
        for (SignalId id : ids.subList(0, 2)) {
            handling.informReporter(officer, id, FeedbackTemplate.HANDED_OVER, "Uw signaal is doorgezet.");
        }
        classifications.classify(officer, ids.get(2), ClassificationLevel.NO_TRAFFICKING, "Toch geen uitbuiting");
        handling.close(officer, ids.get(1), ClosingOutcome.HANDED_OVER, null, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(settled(municipality))
                .isEqualTo("informed 2, closed 1, possible 2, informed in the aggregates 2"));
        // A replayed event: the listeners see it twice, the aggregates stay as they were.
        recorder.on(new SignalStatusChanged(ids.get(0), SignalStatus.ROUTED, clock.instant()));
        recorder.on(new ReferralChanged(sent.get(0), ids.get(0), utrecht, moviera, ReferralStatus.FEEDBACK_GIVEN,
                null, clock.instant()));

        List<String> kept = aggregateRows(municipality);
        aggregates.rebuild();

        assertThat(kept).isNotEmpty().containsExactlyElementsOf(aggregateRows(municipality));
        Scope scope = Scope.municipality(region, municipality);
        LocalDate now = LocalDate.now(clock);
        // Days only, and whole months (from the monthly aggregates) with partial months around them, and the week of
        // today (from the weekly aggregates) with a day before and after it.
        MonthlyAggregates.Level week = MonthlyAggregates.Level.WEEK;
        for (Period period : List.of(new Period(now.minusDays(1), now.plusDays(1)),
                new Period(week.start(now).minusDays(1), week.next(week.start(now))),
                new Period(now.withDayOfMonth(1).minusDays(3), now.withDayOfMonth(1).plusMonths(1).plusDays(2)),
                new Period(now.withDayOfMonth(1), now.withDayOfMonth(1).plusMonths(1).minusDays(1)))) {
            assertFiguresOfAggregatesAreThoseOfFacts(scope, period);
        }
        assertThat(queries.funnel(scope, new Period(now.minusDays(1), now.plusDays(1))).routed()).isEqualTo(4);
        assertThat(queries.routedByPartnerType(scope, new Period(now.minusDays(1), now.plusDays(1))))
                .containsEntry("POLICE", 1L);
        assertThat(queries.partnerTimes(scope, new Period(now.minusDays(1), now.plusDays(1)))).hasSize(2);
    }

    private void assertFiguresOfAggregatesAreThoseOfFacts(Scope scope, Period today) {
        FactFigures facts = new FactFigures(jdbc, scope, today);
        assertThat(queries.funnel(scope, today)).isEqualTo(facts.funnel());
        assertThat(queries.totals(scope, today)).isEqualTo(facts.totals());
        for (Cut cut : Cut.values()) {
            assertThat(queries.countBy(cut, scope, today)).as(cut.name()).isEqualTo(facts.countBy(cut));
        }
        assertThat(queries.channelByReporterType(scope, today)).isEqualTo(facts.channelByReporterType());
        assertThat(queries.routedByPartnerType(scope, today)).isEqualTo(facts.routedByPartnerType());
        assertThat(queries.registrations(scope, today)).isEqualTo(facts.registrations());
        assertThat(queries.receiptToTriage(scope, today)).isEqualTo(facts.spread("triaged_at"));
        assertThat(queries.receiptToRouting(scope, today)).isEqualTo(facts.spread("routed_at"));
        assertThat(queries.partnerTimes(scope, today)).isEqualTo(facts.partnerTimes(Timestamp.from(clock.instant())));
    }

    private long routedWithFeedback(UUID municipality) {
        return jdbc.sql("select count(*) from monitoring_signal_fact where municipality_id = ? and feedback_at "
                + "is not null").param(municipality).query(Long.class).single();
    }

    private String settled(UUID municipality) {
        return jdbc.sql("""
                select 'informed ' || count(*) filter (where informed_at is not null) || ', closed '
                    || count(*) filter (where closed_at is not null) || ', possible '
                    || count(*) filter (where classification = 'POSSIBLE_TRAFFICKING') || ', informed in the aggregates '
                    || (select coalesce(sum(amount), 0) from monitoring_daily_count where municipality_id = :m
                        and figure = 'SIGNAL' and code = 'informed')
                from monitoring_signal_fact where municipality_id = :m""").param("m", municipality)
                .query(String.class).single();
    }

    /** Every aggregate row of the municipality as text, sorted. */
    private List<String> aggregateRows(UUID municipality) {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                select day || '/' || figure || '/' || code || '/' || amount from monitoring_daily_count
                where municipality_id = ?""").param(municipality).query(String.class).list());
        rows.addAll(jdbc.sql("""
                select day || '/' || figure || '/' || coalesce(cast(partner_id as text), '') || '/' || hours || '/'
                    || amount from monitoring_daily_histogram where municipality_id = ?""")
                .param(municipality).query(String.class).list());
        rows.addAll(jdbc.sql("""
                select day || '/' || partner_id || '/' || partner_type || '/' || due_at || '/' || referrals || '/'
                    || with_feedback || '/' || on_time || '/' || late
                from monitoring_daily_partner where municipality_id = ?""")
                .param(municipality).query(String.class).list());
        for (MonthlyAggregates.Level level : MonthlyAggregates.Level.values()) {
            String key = "'" + level.column + " ' || " + level.column;
            rows.addAll(jdbc.sql("select " + key + " || '/' || figure || '/' || code || '/' || amount from "
                    + level.prefix + "count where municipality_id = ?").param(municipality).query(String.class).list());
            rows.addAll(jdbc.sql("select " + key + " || '/' || figure || '/' || coalesce(cast(partner_id as text), '')"
                    + " || '/' || hours || '/' || amount from " + level.prefix + "histogram where municipality_id = ?")
                    .param(municipality).query(String.class).list());
            rows.addAll(jdbc.sql("select " + key + " || '/' || partner_id || '/' || due_at || '/' || referrals || '/'"
                    + " || with_feedback || '/' || on_time || '/' || late from " + level.prefix
                    + "partner where municipality_id = ?").param(municipality).query(String.class).list());
        }
        return rows.stream().sorted().toList();
    }

    private SignalId signal(UUID region, UUID municipality, UUID utrecht, Set<String> forms, Channel channel,
            ReporterType reporter, int age) {
        return records.record(new NewSignal(new NewSignal.Origin(region, municipality, utrecht, channel, 1, null,
                null), reporter, "Een signaal voor de aggregaten " + UUID.randomUUID(), null, null, Set.of(), null,
                forms, age % 2 == 0 ? Set.of(Vulnerability.values()[0]) : Set.of(), new NewSignal.Flags(false, false, false, false, false, false, true),
                List.of(new PersonEntry("Telpersoon", PersonEntry.Sex.FEMALE, age, null, null, null,
                        PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
    }
}
