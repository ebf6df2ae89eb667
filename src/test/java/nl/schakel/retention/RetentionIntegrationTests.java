package nl.schakel.retention;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.schakel.audit.AuditTrail;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.retention.internal.RetentionJob;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.OnlineEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PhoneEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.testing.DatabaseDump;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Retention (issue 15) end to end, with the injectable clock: a signal closed "geen mensenhandel" is anonymised by the
 * job on the day its 12 months end and not before, and nothing of it remains in any column or log while every figure
 * stays; holds, the owner's one extension, and a job that crashes mid-batch.
 */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RetentionIntegrationTests {

    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Autowired
    SignalIntake intake;
    @Autowired
    RetentionJob job;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void reset() {
        job.failAfterForTests(-1);
        clock.reset();
        // The context is shared: notices made while the clock stood in the future would stay on top of the
        // officers' start pages (newest first) for the tests that run after this one.
        jdbc.sql("delete from notice where created_at > ?")
                .param(java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).update();
    }

    @Test
    void aSignalClosedAsNoTraffickingIsAnonymisedAfterTwelveMonthsAndNothingOfItRemainsButItsFigures(
            CapturedOutput output) throws IOException {
        clock.moveTo(LocalDate.of(2024, 1, 10));
        List<String> canaries = List.of("Zeepbelvogel", "Kwartelstraat", "0619283746", "06 19283746", "Verkwistwater",
                "Kwekkeboomsignaal", "Pimpelmeesje");
        UUID signal = signal("Gezien bij de Kwartelstraat: Pimpelmeesje werkt daar dag en nacht.",
                "Quintijn Zeepbelvogel", "06 19283746", "Kwekkeboomsignaal", "Ottoline Verkwistwater");
        close(signal);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from monitoring_signal_fact where signal_id = ? and closed_at is not null")
                .param(signal).query(Integer.class).single() == 1);
        List<String> reportBefore = figures("/monitoring/raadsrapportage?jaar=2024&gemeente=" + utrecht());
        List<String> dashboardBefore = figures("/monitoring?gemeente=" + utrecht() + "&van=2024-01-01&tot=2024-12-31");

        clock.moveTo(LocalDate.of(2025, 1, 9));
        job.run();
        assertThat(destructionRows(signal)).as("not a day early").isZero();
        assertThat(description(signal)).contains("Pimpelmeesje");

        clock.moveTo(LocalDate.of(2025, 1, 10));
        job.run();
        assertThat(destructionRows(signal)).isEqualTo(1);
        assertThat(jdbc.sql("select action from retention_destruction where record_id = ?").param(signal)
                .query(String.class).single()).isEqualTo(RetentionAction.ANONYMISE.name());

        assertThat(columnsContaining(canaries)).as("columns still holding a canary").isEmpty();
        assertThat(dumpContaining(canaries)).as("a full dump of the database holding a canary").isEmpty();
        assertThat(output.getAll()).as("logs").doesNotContain(canaries);
        assertThat(figures("/monitoring/raadsrapportage?jaar=2024&gemeente=" + utrecht())).isEqualTo(reportBefore);
        assertThat(figures("/monitoring?gemeente=" + utrecht() + "&van=2024-01-01&tot=2024-12-31"))
                .isEqualTo(dashboardBefore);
        assertThat(officer().get("/signalen/" + signal).body()).contains("Melder: vernietigd");
        assertThat(audit.verify().intact()).isTrue();

        UUID again = signal("Opnieuw gezien, iemand die zich Zeepbelvogel noemt.", "Quintijn Zeepbelvogel",
                "06 19283746", null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from subject_mention where signal_id = ?").param(again).query(Integer.class).single() > 0);
        assertThat(jdbc.sql("""
                select count(*) from subject_mention m where m.signal_id = ? and exists
                    (select 1 from subject_mention o where o.subject_id = m.subject_id and o.signal_id <> m.signal_id)""")
                .param(again).query(Integer.class).single()).as("no link to the anonymised signal's subjects").isZero();
        assertThat(jdbc.sql("select count(*) from subject_proposal where signal_id = ?").param(again)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notice where signal_id = ? and kind = 'STACK_ESCALATED'")
                .param(again).query(Integer.class).single()).isZero();
    }

    @Test
    void aSubjectAlsoInAnOpenCaseIsHeldAndReportedWithItsReason() {
        clock.moveTo(LocalDate.of(2024, 3, 1));
        WebSession admin = WebSession.demoUser(port, "beheerder");
        String version = "type=SUBJECT&outcome=&periodMonths=12&rule=LAST_ACTIVITY&action=DELETE"
                + "&legalBasis=AVG+art.+5&effectiveFrom=2024-03-01";
        HttpResponse<String> preview = admin.get("/beheer/bewaartermijnen/voorbeeld?" + version);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("data-testid=\"retention-preview\"", "Versie vaststellen");
        Map<String, String> form = Map.of("type", "SUBJECT", "outcome", "", "periodMonths", "12", "rule",
                "LAST_ACTIVITY", "action", "DELETE", "legalBasis", "AVG art. 5", "effectiveFrom", "2024-03-01");
        assertThat(admin.post("/beheer/bewaartermijnen", form).statusCode()).isEqualTo(303);
        admin.get("/beheer/bewaartermijnen");
        HttpResponse<String> sameDay = admin.post("/beheer/bewaartermijnen", form);
        assertThat(sameDay.statusCode()).as("a version never reaches back").isEqualTo(422);
        assertThat(sameDay.body()).contains("moet na die van de huidige versie liggen");

        UUID closed = signal("Een nagelsalon waar meisjes slapen, volgens de buurvrouw.", "Wendelmoet Oudeschans",
                "06 37373737", null, null);
        UUID inCase = signal("Dezelfde nagelsalon, een andere melder, zelfde telefoonnummer.", "Wendelmoet Oudeschans",
                "06 37373737", null, null);
        WebSession officer = officer();
        assertThat(officer.get("/casussen/nieuw?signaal=" + inCase).statusCode()).isEqualTo(200);
        assertThat(officer.post("/casussen", List.of(Map.entry("title", "Nagelsalon Oudeschans"),
                Map.entry("focus", "PREMISES"), Map.entry("escalationLevel", "LOCAL"),
                Map.entry("legalBasis", "Convenant RIEC, art. 3"), Map.entry("signalIds", inCase.toString())))
                .statusCode()).isEqualTo(303);
        close(closed);
        UUID phone = jdbc.sql("""
                select m.subject_id from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? and s.kind = 'PHONE'""").param(inCase).query(UUID.class).single();

        clock.moveTo(LocalDate.of(2025, 3, 1));
        job.run();

        assertThat(destructionRows(closed)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from subject where id = ?").param(phone).query(Integer.class).single())
                .as("kept").isEqualTo(1);
        assertThat(destructionRows(phone)).isZero();
        assertThat(jdbc.sql("""
                select hold_reason from retention_batch_item where record_id = ? and state = 'HELD'""").param(phone)
                .query(String.class).list()).containsOnly(HoldReason.OPEN_CASE.name()).isNotEmpty();
        assertThat(WebSession.demoUser(port, "beheerder").get("/beheer/vernietigingslijst").body())
                .contains("Bewaard omdat er een lopende casus is");
    }

    @Test
    void aJobKilledInTheMiddleOfABatchFinishesItWithoutDoingAnythingTwice() {
        clock.moveTo(LocalDate.of(2024, 5, 1));
        List<UUID> signals = new ArrayList<>();
        for (String name : List.of("Aaltje Brouwersgracht", "Berend Catharijnesingel", "Cornelis Drift")) {
            UUID id = signal("Een melding over " + name + " en een uitzendbureau.", name, null, null, null);
            close(id);
            signals.add(id);
        }

        clock.moveTo(LocalDate.of(2025, 5, 1));
        job.failAfterForTests(1);
        assertThatThrownBy(job::run).hasMessageContaining("test hook");
        UUID batch = jdbc.sql("select batch_id from retention_batch_item where record_id = ?").param(signals.get(0))
                .query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from retention_destruction where batch_id = ?").param(batch)
                .query(Integer.class).single()).as("one item done before the crash").isEqualTo(1);

        job.failAfterForTests(-1);
        assertThat(job.run()).contains(batch);
        job.run();
        for (UUID id : signals) {
            assertThat(destructionRows(id)).as("exactly one row per record").isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_record where action = 'RETENTION_ANONYMISED' "
                    + "and object_id = ?").param(id.toString()).query(Integer.class).single()).isEqualTo(1);
            assertThat(description(id)).isEmpty();
        }
        assertThat(jdbc.sql("select status from retention_batch where id = ?").param(batch).query(String.class)
                .single()).isEqualTo("DONE");
    }

    @Test
    void theOwnerIsToldThirtyDaysAheadAndMayExtendOnceButNotTwice() {
        clock.moveTo(LocalDate.of(2024, 7, 1));
        UUID signal = signal("Een melding over een schoonmaakbedrijf aan de Vaartsche Rijn.", "Dirk Vaartsche", null,
                null, null);
        close(signal);

        clock.moveTo(LocalDate.of(2025, 6, 5));
        job.run();
        UUID owner = jdbc.sql("select id from app_user where username = 'af.utrecht'").query(UUID.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from notice where recipient_id = ? and kind = 'RETENTION_DUE_SOON'").param(owner)
                .query(Integer.class).single() > 0);
        assertThat(WebSession.demoUser(port, "af2.utrecht").get("/bewaartermijnen/signal/" + signal).statusCode())
                .as("only the owner").isEqualTo(404);

        WebSession officer = officer();
        String page = "/bewaartermijnen/signal/" + signal;
        assertThat(officer.get(page).body()).contains("01-07-2025");
        HttpResponse<String> tooLong = officer.post(page + "/verlengen", Map.of("months", "13", "reason", "Onderzoek"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        officer.get(page);
        assertThat(officer.post(page + "/verlengen", Map.of("months", "6", "reason", "Politie onderzoekt nog"))
                .statusCode()).isEqualTo(303);
        officer.get(page);
        HttpResponse<String> second = officer.post(page + "/verlengen", Map.of("months", "1", "reason", "Nog even"));
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("Een tweede verlenging kan niet");

        clock.moveTo(LocalDate.of(2025, 7, 1));
        job.run();
        assertThat(destructionRows(signal)).as("extended").isZero();
        clock.moveTo(LocalDate.of(2026, 1, 1));
        job.run();
        assertThat(destructionRows(signal)).isEqualTo(1);
    }

    @Test
    void aClosedSignalsKeepUntilDayComesFromThePolicyThatGovernsIt() {
        UUID version = UUID.randomUUID();
        jdbc.sql("""
                insert into retention_policy (id, record_type, outcome, version, period_months, source_rule, action,
                    legal_basis, effective_from, created_at)
                select ?, 'SIGNAL', ?, max(version) + 1, 3, 'CLOSED_AT', 'ANONYMISE', 'Test', ?, now()
                from retention_policy where record_type = 'SIGNAL' and outcome = ?""")
                .params(version, "NO_TRAFFICKING", LocalDate.now(clock), "NO_TRAFFICKING").update();
        try {
            UUID signal = signal("Een melding over een autowasserette.", "Hendrika Wasstraat", null, null, null);
            close(signal);
            assertThat(jdbc.sql("select retain_until from signal_closure where signal_id = ?").param(signal)
                    .query(LocalDate.class).single()).as("the policy's day, not a setting of its own")
                    .isEqualTo(LocalDate.now(clock).plusMonths(3));
        } finally {
            // The test's context is shared: signals other tests close today keep the region's own policy.
            jdbc.sql("delete from retention_policy where id = ?").param(version).update();
        }
    }

    /** Every text, json and byte column of every table that holds one of the values. */
    private List<String> columnsContaining(List<String> canaries) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json',
                    'bytea', 'ARRAY')
                    and table_name in (select table_name from information_schema.tables
                                       where table_schema = current_schema() and table_type = 'BASE TABLE')""")
                .query().listOfRows();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String canary : canaries) {
                String condition = "bytea".equals(column.get("data_type"))
                        ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                        : "\"" + name + "\"::text ilike '%' || ? || '%'";
                int hits = jdbc.sql("select count(*) from \"" + table + "\" where " + condition).param(canary)
                        .query(Integer.class).single();
                if (hits > 0) {
                    found.add(table + "." + name + ": " + canary);
                }
            }
        }
        return found;
    }

    private UUID signal(String description, String person, String phone, String otherIndicators,
            String reporterName) {
        boolean canary = reporterName != null;
        SignalForm form = new SignalForm(description, "vorige week", utrecht(), canary ? "Kwartelstraat 12, Utrecht" : null,
                List.of(new PersonEntry(person, PersonEntry.Sex.FEMALE, 24, null, null, null,
                        PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                canary ? List.of(new AddressEntry("Kwartelstraat", "12", "3512 AB", "Utrecht")) : null, null,
                phone == null ? null : List.of(new PhoneEntry(phone)),
                phone == null ? null : List.of(new OnlineEntry("@" + person.replace(" ", "").toLowerCase(), "Telegram")),
                null, null, otherIndicators, Set.of("LABOUR"), null, false, false, false, false, false,
                ReporterType.RESIDENT, reporterName == null, reporterName, null, reporterName == null ? null
                : "06 55501234", null, false, null, null, null);
        return intake.receivePublic(form, List.of()).signalId().value();
    }

    private void close(UUID signal) {
        WebSession officer = officer();
        officer.get("/signalen/" + signal);
        officer.post("/signalen/" + signal + "/oppakken");
        officer.get("/signalen/" + signal);
        HttpResponse<String> closed = officer.post("/signalen/" + signal + "/afsluiten",
                Map.of("outcome", "NO_TRAFFICKING", "notInformedReason", "Geen contactgegevens"));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(303);
    }

    private List<String> figures(String path) {
        HttpResponse<String> page = WebSession.demoUser(port, "ketenregisseur").get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(page.body());
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
        }
        assertThat(cells).isNotEmpty();
        return cells;
    }

    private WebSession officer() {
        return WebSession.demoUser(port, "af.utrecht");
    }


    private int destructionRows(UUID id) {
        return jdbc.sql("select count(*) from retention_destruction where record_id = ?").param(id)
                .query(Integer.class).single();
    }

    private String description(UUID signal) {
        return jdbc.sql("select description from signal where id = ?").param(signal).query(String.class).single();
    }

    private UUID utrecht() {
        return jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class).single();
    }



    /** The tables of a full dump (every table, one snapshot, COPY text format) in which a canary still appears. */
    private List<String> dumpContaining(List<String> canaries) throws IOException {
        Path dump = DatabaseDump.dump(dataSource, Files.createTempDirectory("retention-dump"));
        List<String> found = new ArrayList<>();
        try (var files = Files.list(dump)) {
            for (Path file : files.toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                canaries.stream().filter(content::contains).forEach(c -> found.add(file.getFileName() + ": " + c));
            }
        }
        return found;
    }
}
