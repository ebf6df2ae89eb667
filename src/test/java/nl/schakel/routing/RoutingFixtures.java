package nl.schakel.routing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signals and referrals for the routing tests, made the way users make them. */
final class RoutingFixtures {

    private RoutingFixtures() {
    }

    /**
     * A labour-exploitation signal for Utrecht naming a person and an address; returns its id. Not acute: the
     * officer's inbox lists acute signals first, and other tests in this context expect their own signal on top.
     */
    static UUID labourSignal(SignalIntake intake, JdbcClient jdbc, String description, String personName) {
        SignalForm form = new SignalForm(description, "gisteren", organisation(jdbc, "Gemeente Utrecht"),
                "Industrieweg 4, Utrecht", List.of(new PersonEntry(personName, PersonEntry.Sex.MALE, 34, null, "Roemeens",
                        null, PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(new AddressEntry("Voorbeeldstraat", "12", "3511 AB", "Utrecht")), null, null, null, null, null,
                null, Set.of("LABOUR"), Set.of(Vulnerability.UNDOCUMENTED, Vulnerability.DEBTS), false, true, false,
                false, false, ReporterType.RESIDENT, true, null, null, null, null, false, null, null,
                null);
        return intake.receivePublic(form, List.of()).signalId().value();
    }

    static UUID organisation(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    static WebSession login(int port, String username) {
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login(username, WebSession.DEMO_PASSWORD))).doesNotContain("error");
        return session;
    }

    /** One row of the routing form, for a ticked partner. */
    static Map<String, String> row(int index, UUID partner, String legalBasis, String parts, LocalDate due) {
        Map<String, String> row = new LinkedHashMap<>();
        String p = "partners[" + index + "].";
        row.put(p + "organisationId", partner.toString());
        row.put(p + "selected", "true");
        row.put(p + "legalBasis", legalBasis);
        row.put(p + "parts", parts);
        row.put(p + "feedbackDue", due.toString());
        row.put(p + "note", "Graag terugkoppeling");
        return row;
    }

    /** Opens the routing form (for its CSRF token) and sends the rows. */
    @SafeVarargs
    static HttpResponse<String> route(WebSession officer, UUID signal, Map<String, String>... rows) {
        assertThat(officer.get("/signalen/" + signal + "/doorzetten").statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            form.putAll(row);
        }
        return officer.post("/signalen/" + signal + "/doorzetten", form);
    }

    /** The secure link the "sent" page shows once. */
    static String secureLink(String page) {
        Matcher matcher = Pattern.compile("data-testid=\"secure-link\">([^<]+)<").matcher(page);
        assertThat(matcher.find()).as("secure link shown: %s", page).isTrue();
        return matcher.group(1);
    }

    static UUID referral(JdbcClient jdbc, UUID signal, String partnerName) {
        return jdbc.sql("select r.id from referral r join organisation o on o.id = r.partner_organisation_id "
                        + "where r.signal_id = ? and o.name = ? order by r.created_at desc limit 1")
                .params(signal, partnerName).query(UUID.class).single();
    }

    /** A new API token with scope REFERRALS for the organisation, made by the administrator. */
    static String token(ApiTokens tokens, Organisations organisations, JdbcClient jdbc, String organisationName) {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class)
                .single());
        return tokens.create(region, new OrganisationId(organisation(jdbc, organisationName)),
                "Koppeling " + UUID.randomUUID().toString().substring(0, 6), Set.of(ApiScope.REFERRALS), null, admin)
                .value();
    }

    /** A GET or POST (JSON) to the API with the token; an Idempotency-Key when one is given. */
    static HttpResponse<String> api(int port, String method, String path, String token, @Nullable String body,
            @Nullable String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        } else {
            request.GET();
        }
        return new WebSession(port).send(request.build());
    }
}
