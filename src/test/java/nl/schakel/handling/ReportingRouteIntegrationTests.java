package nl.schakel.handling;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole internal reporting route (domain §4) through the pages, as the people involved use them:
 * a resident reports labour exploitation; Utrecht's officer triages, enriches and assesses it and routes
 * it to the care coordinator, the police and the labour inspectorate's opsporing; opsporing declines and
 * the officer re-routes to toezicht; the partners give feedback; the resident reads the officer's
 * message; the signal closes. Every step is on the timeline and in the audit trail.
 */
@SchakelIntegrationTest
class ReportingRouteIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLabourSignalGoesTheWholeRoute() {
        String description = "Arbeidsmigranten werken 14 uur per dag in de kassen " + UUID.randomUUID();
        TestSignals.Sent sent = TestSignals.sendPublic(port, jdbc, description, "Gemeente Utrecht", List.of(
                Map.entry("exploitationForms", "LABOUR"), Map.entry("indicators", "VNG_1_SLEEPS_AT_WORK"),
                Map.entry("indicators", "VNG_2_NO_OWN_ID_PAPERS")));
        UUID signal = sent.id();
        String page = "/signalen/" + signal;

        // Steps 2 and 3: triage, enrichment, consultation; classification.
        WebSession officer = login("af.utrecht");
        assertThat(officer.get("/signalen?bak=NEW").body()).contains(signal.toString());
        assertThat(officer.get(page).body()).contains(description);
        ok(officer.post(page + "/verrijking", Map.of("source", "CHAMBER_OF_COMMERCE",
                "checked", "Inschrijving van het tuinbouwbedrijf", "found", "true",
                "finding", "Uitzendbureau zonder SNA-keurmerk")));
        officer.get(page);
        ok(officer.post(page + "/classificatie", Map.of("level", "POSSIBLE_TRAFFICKING",
                "reason", "Paspoorten ingenomen en slapen op het werk")));
        assertThat(status(signal)).isEqualTo("ASSESSED");

        // Step 4: routing to the recommended partners, with legal basis, parts and due date each.
        String form = officer.get(page + "/doorzetten").body();
        assertThat(form).contains("Moviera").contains("opsporing");
        UUID moviera = organisation("Moviera");
        UUID police = organisation("Politie Midden-Nederland – TMM");
        UUID opsporing = organisation("Nederlandse Arbeidsinspectie – opsporing");
        UUID toezicht = organisation("Nederlandse Arbeidsinspectie – toezicht");
        ok(officer.post(page + "/doorzetten", routing(List.of(moviera, police, opsporing))));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(signal).equals("ROUTED"));
        assertThat(referralCount(signal)).isEqualTo(3);
        assertThat(row(officer.get("/signalen").body(), signal)).contains("WAITING_FOR_PARTNER");

        // Step 5: opsporing declines; Schakel proposes toezicht; the officer re-routes.
        WebSession nla = login("nla.opsporing");
        UUID toOpsporing = referral(signal, opsporing);
        assertThat(nla.get("/doorverwijzingen/" + toOpsporing).body()).contains(description);
        ok(nla.post("/doorverwijzingen/" + toOpsporing + "/afwijzen",
                Map.of("reason", "Onder de drempel voor een strafrechtelijk onderzoek")));
        assertThat(nla.get("/doorverwijzingen/" + toOpsporing).body()).as("nothing more to read after declining")
                .contains("Onder de drempel").doesNotContain(description);
        String withProposal = officer.get(page).body();
        assertThat(withProposal).contains("Onder de drempel").contains("partner=" + toezicht);
        officer.get(page + "/doorzetten?partner=" + toezicht);
        ok(officer.post(page + "/doorzetten", routing(List.of(toezicht))));

        // The partners answer; each answer comes back to the officer.
        for (String partner : new String[] {"zorgcoordinator", "politie", "nla.toezicht"}) {
            WebSession session = login(partner);
            UUID referral = referral(signal, organisationOf(partner));
            session.get("/doorverwijzingen/" + referral);
            ok(session.post("/doorverwijzingen/" + referral + "/accepteren"));
            session.get("/doorverwijzingen/" + referral);
            ok(session.post("/doorverwijzingen/" + referral + "/terugkoppeling",
                    Map.of("feedback", "Opgepakt door " + partner)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> status(signal).equals("FEEDBACK_RECEIVED"));
        assertThat(officer.get(page).body()).contains("Opgepakt door nla.toezicht");
        UUID toMoviera = referral(signal, moviera);
        ok(officer.post(page + "/doorverwijzingen/" + toMoviera + "/afronden"));
        assertThat(jdbc.sql("select status from referral where id = ?").param(toMoviera).query(String.class).single())
                .isEqualTo("CLOSED");
        officer.get(page);
        assertThat(officer.post(page + "/doorverwijzingen/" + toMoviera + "/afronden").statusCode()).isEqualTo(409);

        // Step 6: the officer tells the resident, who reads it with the receipt code.
        officer.get(page);
        ok(officer.post(page + "/terugkoppeling", Map.of("template", "HANDED_OVER",
                "text", "Dank u. Wij hebben uw signaal doorgegeven aan organisaties die ermee aan de slag gaan.")));
        WebSession resident = new WebSession(port);
        resident.get("/melden/volgen");
        assertThat(resident.postAndFollow("/melden/volgen", Map.of("code", sent.receipt())).body())
                .contains("doorgegeven aan organisaties die ermee aan de slag gaan");

        // The end: closed with an outcome.
        officer.get(page);
        ok(officer.post(page + "/afsluiten", Map.of("outcome", "HANDED_OVER")));
        assertThat(status(signal)).isEqualTo("CLOSED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(timeline(signal)).contains(
                "ENRICHMENT_RECORDED", "CLASSIFIED", "REFERRAL:SENT", "REFERRAL:DECLINED", "REFERRAL:ACCEPTED",
                "REFERRAL:FEEDBACK_GIVEN", "REFERRAL:CLOSED", "REPORTER_INFORMED", "CLOSED"));
        assertThat(statuses(signal)).containsExactly("RECEIVED", "IN_TRIAGE", "ENRICHED", "ASSESSED", "ROUTED",
                "FEEDBACK_RECEIVED", "REPORTER_INFORMED", "CLOSED");
        String timelinePage = officer.get(page).body();
        assertThat(timelinePage.replaceAll("<[^>]+>", "")).contains("Doorverwijzing: afgewezen").contains("Melder geïnformeerd")
                .contains("Afgesloten");
        assertThat(auditedActions(signal)).contains("SIGNAL_VIEWED", "SIGNAL_ENRICHED", "SIGNAL_CLASSIFIED",
                "REPORTER_INFORMED", "SIGNAL_CLOSED", "SIGNAL_STATUS_CHANGED");
        assertThat(jdbc.sql("""
                select count(*) from audit_record a join referral r on a.object_id = r.id::text
                where r.signal_id = ?""").param(signal).query(Integer.class).single()).isGreaterThanOrEqualTo(8);
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        session.login(username, WebSession.DEMO_PASSWORD);
        session.get("/");
        return session;
    }

    private static List<Map.Entry<String, String>> routing(List<UUID> partners) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            String row = "partners[" + i + "].";
            fields.add(Map.entry(row + "organisationId", partners.get(i).toString()));
            fields.add(Map.entry(row + "selected", "true"));
            fields.add(Map.entry(row + "legalBasis", "WGS"));
            fields.add(Map.entry(row + "parts", "DESCRIPTION"));
            fields.add(Map.entry(row + "parts", "INDICATORS"));
            fields.add(Map.entry(row + "feedbackDue", java.time.LocalDate.now().plusDays(14).toString()));
        }
        return fields;
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    }

    private String status(UUID signal) {
        return jdbc.sql("select status from signal where id = ?").param(signal).query(String.class).single();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private UUID organisationOf(String username) {
        return jdbc.sql("select organisation_id from app_user where username = ?").param(username)
                .query(UUID.class).single();
    }

    private int referralCount(UUID signal) {
        return jdbc.sql("select count(*) from referral where signal_id = ?").param(signal).query(Integer.class).single();
    }

    private UUID referral(UUID signal, UUID partner) {
        return jdbc.sql("select id from referral where signal_id = ? and partner_organisation_id = ? "
                        + "order by created_at desc limit 1")
                .params(signal, partner).query(UUID.class).single();
    }

    private String row(String page, UUID signal) {
        int at = page.indexOf(signal.toString());
        assertThat(at).as("signal on the workbench").isPositive();
        return page.substring(page.lastIndexOf("<tr", at), at);
    }

    private List<String> timeline(UUID signal) {
        return jdbc.sql("select kind || coalesce(case when kind = 'REFERRAL' then ':' || detail end, '') "
                + "from signal_timeline where signal_id = ? order by occurred_at").param(signal).query(String.class).list();
    }

    private List<String> statuses(UUID signal) {
        return jdbc.sql("select status from signal_event where signal_id = ? order by occurred_at, id")
                .param(signal).query(String.class).list();
    }

    private List<String> auditedActions(UUID signal) {
        return jdbc.sql("select distinct action from audit_record where object_id = ?").param(signal.toString())
                .query(String.class).list();
    }
}
