package nl.schakel;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.attachments.TestFiles;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.stacking.registry.Review;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17: nothing one organisation's signals say reaches another organisation, also not through stacking. One
 * municipality's signals carry a unique canary in every field the forms and the API accept, and the handling adds
 * more (note, enrichment, consultation, classification, messages, attachment name). Another municipality's
 * signal names the same woman with one letter less and the same phone number, so that the registry proposes a
 * link — and a second person with another spelling, so that it links one. Then every demo user of every other
 * organisation, and an API token of every other organisation, fetch every GET endpoint the application has (from
 * Spring's handler mapping, path variables filled with the real ids of both sides), plain and as htmx, and search
 * the workbench for the canaries: none may come back — not before (for the officers who see the proposal), and
 * not after the proposal was confirmed (for everyone; confirmed the way a merge made before the rule would be).
 * Both directions.
 */
@SchakelIntegrationTest
class CrossOrganisationCanaryIntegrationTests {

    private static final List<String> DEMO_USERS = List.of("beheerder", "melder", "leidinggevende", "af.utrecht",
            "af2.utrecht", "af.houten", "analist", "zorgcoordinator", "veiligthuis", "politie", "nla.opsporing",
            "nla.toezicht", "ketenregisseur", "zorgaanbieder", "zorgaanbieder.belle");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern RECEIPT = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    Review review;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void utrechtCanariesReachNoOtherOrganisation() {
        new Probe("Gemeente Utrecht", "af.utrecht", "Gemeente Houten", "af.houten").run();
    }

    @Test
    void houtenCanariesReachNoOtherOrganisation() {
        new Probe("Gemeente Houten", "af.houten", "Gemeente Utrecht", "af.utrecht").run();
    }

    /** One direction: the holder's canaries, everyone of every other organisation looking. */
    private final class Probe {

        private final String holder;
        private final String holderOfficer;
        private final String other;
        private final String otherOfficer;
        private final String tag = letters(7);
        /** Canary by what it was put in; compared without regard to case. */
        private final Map<String, String> canaries = new LinkedHashMap<>();
        private final List<UUID> holderSignals = new ArrayList<>();
        private UUID otherSignal;
        private int requests;

        Probe(String holder, String holderOfficer, String other, String otherOfficer) {
            this.holder = holder;
            this.holderOfficer = holderOfficer;
            this.other = other;
            this.otherOfficer = otherOfficer;
        }

        void run() {
            String phone = "06-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
            String surname = "Vl" + letters(5) + "aar";
            String linkedSurname = "Am" + letters(5);
            sendHolderSignalThroughTheForm(phone, surname, linkedSurname);
            sendHolderSignalThroughTheApi();
            handleAsTheHolder(holderSignals.get(0));
            // One letter less and the same phone: a proposal. Another spelling of the second person: a link.
            otherSignal = sendOtherSignal(phone, "Marijke " + surname.replace("aar", "ar"),
                    "Mohammed El-" + linkedSurname);
            String proposal = jdbc.sql("select id::text from subject_proposal where signal_id = ? and status = 'OPEN'")
                    .param(otherSignal).query(String.class).optional()
                    .orElseThrow(() -> new AssertionError("no proposal arose"));
            assertThat(jdbc.sql("""
                    select count(*) from subject_mention m join subject s on s.id = m.subject_id
                    where m.signal_id = ? and s.kind = 'PERSON' and m.outcome = 'LINKED'""")
                    .param(otherSignal).query(Integer.class).single()).as("the second person linked").isEqualTo(1);
            theHolderSeesItsCanaries();

            assertThat(sweep(List.of(otherOfficer))).as("canaries before the confirm (%d requests)", requests)
                    .isEmpty();
            WebSession officer = login(otherOfficer);
            String stack = officer.get("/signalen/" + otherSignal + "/stapeling").body();
            assertThat(stack).contains("Mogelijk bij een andere organisatie bekend — contact: de "
                    + "aandachtsfunctionaris van " + holder).contains("Mohammed El-" + linkedSurname)
                    .doesNotContain("bevestigen").doesNotContain("afwijzen");
            assertThat(officer.post("/signalen/" + otherSignal + "/stapeling/voorstellen/" + proposal + "/bevestigen")
                    .statusCode()).as("a confirm across organisations").isEqualTo(404);
            assertThat(officer.post("/signalen/" + otherSignal + "/stapeling/voorstellen/" + proposal + "/afwijzen")
                    .statusCode()).as("a reject across organisations").isEqualTo(404);

            // As a merge made before the rule existed would be: the registry itself confirms.
            assertThat(review.confirm(otherSignal, UUID.fromString(proposal), idOf(otherOfficer).value())).isPresent();
            assertThat(sweep(DEMO_USERS)).as("canaries after the confirm (%d requests in all)", requests).isEmpty();
            String merged = officer.get("/signalen/" + otherSignal + "/stapeling").body();
            assertThat(merged).contains("Marijke " + surname.replace("aar", "ar"))
                    .contains("1 signaal bij een andere organisatie. Contact: de aandachtsfunctionaris van " + holder)
                    .doesNotContain("splitsen");
            System.out.printf("Canary sweep %s -> others: %d canaries, %d requests, 0 hits%n", holder,
                    canaries.size(), requests);
        }

        private void sendHolderSignalThroughTheForm(String phone, String surname, String linkedSurname) {
            String municipality = organisationId(holder).toString();
            List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                    Map.entry("description", "Melding " + canary("description") + " met genoeg tekst"),
                    Map.entry("observedWhen", canary("observedwhen")),
                    Map.entry("municipalityId", municipality),
                    Map.entry("locationAddress", canary("locationaddress")),
                    Map.entry("persons[0].name", "Marijke " + canary("personname", surname)),
                    Map.entry("persons[0].sex", "FEMALE"),
                    Map.entry("persons[0].dateOfBirth", canary("dateofbirth", "1961-02-27")),
                    Map.entry("persons[0].age", "65"),
                    Map.entry("persons[0].nationality", canary("nationality")),
                    Map.entry("persons[0].language", canary("language")),
                    Map.entry("persons[0].role", "POSSIBLE_VICTIM"),
                    Map.entry("persons[1].name", canary("linkedname", "Mohamed el " + linkedSurname)),
                    Map.entry("persons[1].age", "44"),
                    Map.entry("persons[2].name", canary("secondperson")),
                    Map.entry("addresses[0].street", canary("street")),
                    Map.entry("addresses[0].houseNumber", "17"),
                    Map.entry("addresses[0].postcode", canary("postcode", postcode())),
                    Map.entry("addresses[0].city", canary("city")),
                    Map.entry("organisations[0].name", canary("company")),
                    Map.entry("organisations[0].kvkNumber", canary("kvk", digits(8))),
                    Map.entry("organisations[0].sector", canary("sector")),
                    Map.entry("phones[0].number", phone),
                    Map.entry("phones[1].number", "06-" + canary("phone", digits(8))),
                    Map.entry("onlineIdentities[0].handleOrUrl", "@" + canary("handle")),
                    Map.entry("onlineIdentities[0].platform", canary("platform")),
                    Map.entry("vehicles[0].licencePlate", canary("plate", "Q" + letters(2).toUpperCase(Locale.ROOT)
                            + digits(3))),
                    Map.entry("vehicles[0].description", canary("vehicle")),
                    Map.entry("otherIndicators", canary("otherindicators")),
                    Map.entry("exploitationForms", "SEXUAL"),
                    Map.entry("vulnerabilities", "MINOR"),
                    Map.entry("reporterType", "RESIDENT"),
                    Map.entry("anonymous", "false"),
                    Map.entry("reporterName", canary("reportername")),
                    Map.entry("reporterOrganisation", canary("reporterorganisation")),
                    Map.entry("reporterPhone", "06-" + canary("reporterphone", digits(8))),
                    Map.entry("reporterEmail", canary("reporteremail") + "@example.org"),
                    Map.entry("step", "send")));
            canary("dateofbirthshown", "27-02-1961");
            canary("postcodekey", canaries.get("postcode").replace(" ", ""));
            String filename = canary("filename") + ".png";
            WebSession resident = new WebSession(port);
            // Post/Redirect/Get: the receipt is the page the answer redirects to.
            HttpResponse<String> sent = resident.follow(multipart(resident, "/melden", form, filename,
                    TestFiles.png(40, 30)));
            assertThat(sent.body()).as(sent.body()).contains("Uw melding is verstuurd");
            UUID id = signalWith("description");
            holderSignals.add(id);
            Matcher receipt = RECEIPT.matcher(sent.body());
            if (receipt.find()) {
                canaries.put("reporterreply", "kn" + tag + "reporterreply");
                WebSession reporter = new WebSession(port);
                reporter.post("/melden/volgen", Map.of("code", receipt.group(1), "reply",
                        "Aanvulling " + canaries.get("reporterreply")));
            }
        }

        private void sendHolderSignalThroughTheApi() {
            String token = token(holder, EnumSet.of(ApiScope.SIGNALS_WRITE));
            String json = """
                    {"channel": "VEILIG_THUIS", "signal": {"description": "Via de API %s met genoeg tekst",
                     "reporterType": "OTHER", "municipalityId": "%s", "observedWhen": "%s",
                     "persons": [{"name": "%s", "nationality": "%s", "language": "%s"}],
                     "addresses": [{"street": "%s", "houseNumber": "3", "postcode": "%s", "city": "%s"}],
                     "organisations": [{"name": "%s", "kvkNumber": "%s", "sector": "%s"}],
                     "phones": [{"number": "06-%s"}],
                     "onlineIdentities": [{"handleOrUrl": "%s", "platform": "%s"}],
                     "vehicles": [{"licencePlate": "%s", "description": "%s"}],
                     "otherIndicators": "%s", "reporterOrganisation": "%s", "reporterPhone": "06-%s",
                     "reporterEmail": "%s@example.org"}}""".formatted(canary("apidescription"),
                    organisationId(holder), canary("apiobserved"), canary("apiperson"), canary("apinationality"),
                    canary("apilanguage"), canary("apistreet"), canary("apipostcode", postcode()),
                    canary("apicity"), canary("apicompany"), canary("apikvk", digits(8)), canary("apisector"),
                    canary("apiphone", digits(8)), canary("apihandle"), canary("apiplatform"),
                    canary("apiplate", "Q" + letters(2).toUpperCase(Locale.ROOT) + digits(3)), canary("apivehicle"),
                    canary("apiindicators"), canary("apireporterorganisation"), canary("apireporterphone", digits(8)),
                    canary("apireporteremail"));
            HttpResponse<String> created = new WebSession(port).send(HttpRequest.newBuilder(api("/api/v1/signals"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            holderSignals.add(signalWith("apidescription"));
        }

        /** Everything the holder's officer adds to the signal holds a canary too. */
        private void handleAsTheHolder(UUID signal) {
            WebSession officer = login(holderOfficer);
            String base = "/signalen/" + signal;
            officer.get(base);
            expectRedirect(officer.post(base + "/notities", Map.of("body", canary("note"))), "note");
            expectRedirect(officer.post(base + "/verrijking", Map.of("source", "PERSONS_REGISTER",
                    "checked", canary("enrichmentchecked"), "found", "true",
                    "finding", canary("enrichmentfinding"))), "enrichment");
            // The consultation is a meeting of a series the holder takes part in (issue 12).
            UUID meeting = jdbc.sql("select m.id from meeting m join meeting_series s on s.id = m.series_id "
                    + "join app_user u on u.username = ? where s.content_rule = 'CASES_AND_SIGNALS' and m.status = 'PLANNED' "
                    + "and (s.owner_organisation_id = u.organisation_id or exists (select 1 from meeting_series_member x "
                    + "where x.series_id = s.id and x.organisation_id = u.organisation_id)) order by m.held_on desc limit 1")
                    .param(holderOfficer).query(UUID.class).single();
            expectRedirect(officer.post(base + "/overleg", Map.of("meeting", meeting.toString())), "consultation");
            UUID consultation = jdbc.sql("select id from signal_consultation where signal_id = ?").param(signal)
                    .query(UUID.class).single();
            expectRedirect(officer.post(base + "/overleg/" + consultation + "/uitkomst",
                    Map.of("outcome", canary("consultationoutcome"))), "consultation outcome");
            expectRedirect(officer.post(base + "/classificatie", Map.of("level", "POSSIBLE_TRAFFICKING",
                    "reason", canary("classificationreason"))), "classification");
            officer.post(base + "/bericht", Map.of("body", canary("messagetoreporter")));
            officer.get(base);
            expectRedirect(officer.post(base + "/terugkoppeling", Map.of("template", "THANKS_STILL_WORKING",
                    "text", canary("feedback"), "action", "send")), "feedback");
        }

        private UUID sendOtherSignal(String phone, String person, String linked) {
            String description = "Melding bij " + other + " " + UUID.randomUUID();
            HttpResponse<String> sent = new WebSession(port).postAndFollow("/melden", List.of(
                    Map.entry("description", description),
                    Map.entry("municipalityId", organisationId(other).toString()),
                    Map.entry("persons[0].name", person),
                    Map.entry("persons[1].name", linked),
                    Map.entry("phones[0].number", "+31 6 " + phone.substring(3)), Map.entry("step", "send")));
            assertThat(sent.body()).contains("Uw melding is verstuurd");
            UUID id = jdbc.sql("select id from signal where description = ?").param(description)
                    .query(UUID.class).single();
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "select count(*) from subject_mention where signal_id = ?").param(id).query(Integer.class)
                    .single() >= 3);
            return id;
        }

        /** The canaries are there and a look finds them: the holder's own officer sees them. */
        private void theHolderSeesItsCanaries() {
            WebSession officer = login(holderOfficer);
            String page = officer.get("/signalen/" + holderSignals.get(0)).body()
                    + officer.get("/signalen/" + holderSignals.get(0) + "/stapeling").body();
            assertThat(hits(page)).contains("description", "personname", "linkedname", "note", "enrichmentfinding",
                    "street", "company", "filename", "consultationoutcome");
        }

        /**
         * Every GET endpoint for these users (those of the holder's organisation left out) and anonymously, and the
         * API for a token of every other organisation: the canaries found.
         */
        private List<String> sweep(List<String> users) {
            Map<String, List<String>> values = pathValues();
            List<String> paths = getPaths(values);
            List<String> found = new ArrayList<>();
            List<String> viewers = new ArrayList<>(users.stream()
                    .filter(user -> !organisationOf(user).equals(holder)).toList());
            viewers.add(null);   // anonymous
            for (String viewer : viewers) {
                WebSession session = viewer == null ? new WebSession(port) : login(viewer);
                for (String path : paths) {
                    // htmx asks for fragments of the pages that have them: the workbench, the signal, the audit log.
                    boolean fragments = path.startsWith("/signalen") || path.startsWith("/admin/audit");
                    for (boolean htmx : fragments ? new boolean[] {false, true} : new boolean[] {false}) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).GET()
                                .header("Accept", "text/html");
                        if (htmx) {
                            request.header("HX-Request", "true");
                        }
                        record(found, viewer + " GET " + path + (htmx ? " (htmx)" : ""),
                                session.send(request.build()));
                    }
                }
                session.get("/signalen");
                for (String q : List.of("kn" + tag, canaries.get("description"), canaries.get("personname"),
                        canaries.get("phone"), canaries.get("street"), canaries.get("company"), canaries.get("note"))) {
                    // The search box shows what was typed: that is the viewer's own input, not a hit.
                    HttpResponse<String> result = session.post("/signalen", Map.of("q", q));
                    record(found, viewer + " search " + q, result.body().replace(q, ""), result);
                }
            }
            for (Organisation organisation : organisations.inRegion(region())) {
                if (organisation.name().equals(holder) || !organisation.active()) {
                    continue; // a deactivated organisation (other tests make some) gets no token at all
                }
                String token = token(organisation.name(), EnumSet.allOf(ApiScope.class));
                for (String path : paths.stream().filter(p -> p.startsWith("/api/")).toList()) {
                    record(found, organisation.name() + " API GET " + path, new WebSession(port).send(HttpRequest
                            .newBuilder(api(path)).GET().header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json").build()));
                }
            }
            return found;
        }

        private void record(List<String> found, String what, HttpResponse<String> response) {
            record(found, what, response.body(), response);
        }

        private void record(List<String> found, String what, String body, HttpResponse<String> response) {
            requests++;
            String seen = body + " " + response.headers().map();
            for (String hit : hits(seen)) {
                found.add(what + " -> " + hit + " (" + response.statusCode() + ")");
            }
        }

        private Set<String> hits(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            Set<String> hits = new LinkedHashSet<>();
            canaries.forEach((field, canary) -> {
                if (lower.contains(canary.toLowerCase(Locale.ROOT))) {
                    hits.add(field);
                }
            });
            return hits;
        }

        /** The real ids of both sides, by the name of the path variable they fit; every id for any other name. */
        private Map<String, List<String>> pathValues() {
            List<UUID> signals = new ArrayList<>(holderSignals);
            signals.add(otherSignal);
            List<String> all = new ArrayList<>();
            Map<String, List<String>> byName = new LinkedHashMap<>();
            byName.put("id", strings(signals));
            byName.put("subject", ids("select distinct subject_id from subject_mention where signal_id = any(?)",
                    signals));
            byName.put("proposal", ids("select id from subject_proposal where signal_id = any(?) "
                    + "or subject_id in (select subject_id from subject_mention where signal_id = any(?))", signals,
                    signals));
            byName.put("merge", ids("select id from subject_merge where signal_ids && ?", signals));
            byName.put("referralId", ids("select id from referral where signal_id = any(?)", signals));
            byName.put("attachmentId", ids("select id from attachment where owner_id = any(?)", signals));
            byName.put("consultation", ids("select id from signal_consultation where signal_id = any(?)", signals));
            byName.put("classification", ids("select id from signal_classification where signal_id = any(?)",
                    signals));
            byName.entrySet().stream().filter(e -> !e.getKey().equals("subject")).forEach(e -> all.addAll(e.getValue()));
            byName.put("id", all);
            byName.put("*", strings(signals));
            return byName;
        }

        private List<String> getPaths(Map<String, List<String>> values) {
            Set<String> paths = new LinkedHashSet<>();
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    expand(pattern, values, paths);
                }
            }
            assertThat(paths).as("the endpoints enumerated").contains("/signalen/" + otherSignal + "/stapeling",
                    "/signalen/" + holderSignals.get(0), "/api/v1/referrals", "/");
            System.out.printf("Canary sweep: %d GET paths%n", paths.size());
            return List.copyOf(paths);
        }

        private void expand(String pattern, Map<String, List<String>> values, Set<String> into) {
            Matcher variable = VARIABLE.matcher(pattern);
            if (!variable.find()) {
                into.add(pattern);
                return;
            }
            for (String value : values.getOrDefault(variable.group(1), values.get("*"))) {
                expand(pattern.substring(0, variable.start()) + value + pattern.substring(variable.end()), values,
                        into);
            }
        }

        private String canary(String field) {
            return canary(field, "kn" + tag + field);
        }

        private String canary(String field, String value) {
            canaries.put(field, value);
            return value;
        }

        private UUID signalWith(String canaryField) {
            UUID id = jdbc.sql("select id from signal where description like ?")
                    .param("%" + canaries.get(canaryField) + "%").query(UUID.class).single();
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "select count(*) from subject_mention where signal_id = ?").param(id).query(Integer.class)
                    .single() >= 5);
            return id;
        }

        private List<String> ids(String sql, Object... params) {
            return jdbc.sql(sql).params(java.util.Arrays.stream(params)
                    .map(p -> p instanceof List<?> list ? list.toArray(UUID[]::new) : p).toArray())
                    .query(UUID.class).list().stream().map(UUID::toString).toList();
        }
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(303); // Post/Redirect/Get
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login(username, WebSession.DEMO_PASSWORD))).isEqualTo("/");
        session.get("/");
        return session;
    }

    private HttpResponse<String> multipart(WebSession session, String path, List<Map.Entry<String, String>> fields,
            String filename, byte[] file) {
        String boundary = "----canary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + filename + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(HttpRequest.newBuilder(api(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private URI api(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String organisationOf(String username) {
        return jdbc.sql("select o.name from app_user u join organisation o on o.id = u.organisation_id "
                + "where u.username = ?").param(username).query(String.class).single();
    }

    private UUID organisationId(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private UserId idOf(String username) {
        return new UserId(jdbc.sql("select id from app_user where username = ?").param(username)
                .query(UUID.class).single());
    }

    private RegionId region() {
        return organisations.region("midden-nederland").orElseThrow().id();
    }

    private String token(String organisation, Set<ApiScope> scopes) {
        Organisation owner = organisations.inRegion(region()).stream().filter(o -> o.name().equals(organisation))
                .findFirst().orElseThrow();
        return tokens.create(region(), owner.id(), "Kanarie " + UUID.randomUUID().toString().substring(0, 6),
                scopes, null, idOf("beheerder")).value();
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static String letters(int count) {
        String consonants = "bdfklmnprstvz";
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append(i % 2 == 0 ? consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length()))
                    : "aeiou".charAt(ThreadLocalRandom.current().nextInt(5)));
        }
        return letters.toString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder().append(1 + ThreadLocalRandom.current().nextInt(9));
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private static String postcode() {
        return digits(4) + " " + "KXQZ".charAt(ThreadLocalRandom.current().nextInt(4))
                + "KXQZ".charAt(ThreadLocalRandom.current().nextInt(4));
    }
}
