package nl.schakel.access.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import schakel.client.ApiException;
import schakel.client.ApiResponse;
import schakel.client.JSON;
import schakel.client.api.ReferralsApi;
import schakel.client.api.SignalsApi;
import schakel.client.api.TokenApi;
import schakel.client.model.DeclineRequest;
import schakel.client.model.FeedbackRequest;
import schakel.client.model.PartnerChannel;
import schakel.client.model.PersonEntry;
import schakel.client.model.Problem;
import schakel.client.model.Referral;
import schakel.client.model.ReferralFeedback;
import schakel.client.model.ReferralStatus;
import schakel.client.model.ReferralSummary;
import schakel.client.model.SharedPart;
import schakel.client.model.Signal;
import schakel.client.model.SignalCreated;
import schakel.client.model.SignalSubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A partner system's view of the API: the Java client that the build generates from the checked-in OpenAPI
 * document ({@code openapi-generator-maven-plugin}, library native), used unchanged against the running
 * application. Hands a signal over (with an idempotent retry), reads, accepts, declines and answers the
 * referrals of it, and reads every kind of problem as a parseable {@link Problem}.
 */
@SchakelIntegrationTest
class GeneratedClientContractIntegrationTests {

    private static final String VEILIG_THUIS = "Veilig Thuis Utrecht";
    private static final String POLICE = "Politie Midden-Nederland – TMM";
    private static final String MOVIERA = "Moviera";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    private String description;

    @BeforeEach
    void description() {
        description = "Contract " + UUID.randomUUID() + ": acht mannen worden dagelijks met een busje opgehaald.";
    }

    @Test
    void aSignalIsHandedOverOnceHoweverOftenTheClientRetries() throws Exception {
        SignalsApi signals = new SignalsApi(client(token(VEILIG_THUIS, ApiScope.SIGNALS_WRITE)));
        UUID utrecht = signals.listMunicipalities().stream().filter(m -> m.getName().equals("Gemeente Utrecht"))
                .findFirst().orElseThrow().getId();
        String key = UUID.randomUUID().toString();

        ApiResponse<SignalCreated> first = signals.createSignalWithHttpInfo(submission(utrecht), key);
        ApiResponse<SignalCreated> retry = signals.createSignalWithHttpInfo(submission(utrecht), key);
        ApiException otherBody = catchThrowableOfType(ApiException.class,
                () -> signals.createSignal(submission(utrecht).channel(PartnerChannel.PHONE), key));

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getData().getReference()).startsWith("S-");
        assertThat(retry.getStatusCode()).isEqualTo(201);
        assertThat(retry.getData()).isEqualTo(first.getData());
        assertThat(retry.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(problem(otherBody, 409).getDetail()).contains("another request");
        assertThat(jdbc.sql("select count(*) from signal where description = ?").param(description)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class)
                .single()).isEqualTo(first.getData().getId());
    }

    @Test
    void partnersListReadAcceptDeclineAndAnswerTheirReferrals() throws Exception {
        UUID signal = new SignalsApi(client(token(VEILIG_THUIS, ApiScope.SIGNALS_WRITE)))
                .createSignal(submission(null), UUID.randomUUID().toString()).getId();
        route(signal, Map.of(POLICE, "DESCRIPTION,PERSONS", MOVIERA, "DESCRIPTION"));
        ReferralsApi police = new ReferralsApi(client(token(POLICE, ApiScope.REFERRALS)));
        ReferralsApi moviera = new ReferralsApi(client(token(MOVIERA, ApiScope.REFERRALS)));

        UUID toPolice = police.listReferrals().stream().filter(r -> r.getSignalReference().equals(reference(signal)))
                .map(ReferralSummary::getId).findFirst().orElseThrow();
        Referral read = police.readReferral(toPolice);
        String key = UUID.randomUUID().toString();
        Referral accepted = police.acceptReferral(toPolice, key);
        ApiResponse<Referral> acceptedAgain = police.acceptReferralWithHttpInfo(toPolice, key);
        Referral answered = police.giveReferralFeedback(toPolice,
                new FeedbackRequest().feedback("Slachtoffer is in zorg genomen."), UUID.randomUUID().toString());
        Referral more = police.giveReferralFeedback(toPolice, new FeedbackRequest().feedback("Aangifte opgenomen."),
                null);
        Referral completed = police.completeReferral(toPolice, UUID.randomUUID().toString());
        ApiException completeTwice = catchThrowableOfType(ApiException.class,
                () -> police.completeReferral(toPolice, null));
        UUID toMoviera = moviera.listReferrals().stream().filter(r -> r.getSignalReference().equals(reference(signal)))
                .map(ReferralSummary::getId).findFirst().orElseThrow();
        Referral declined = moviera.declineReferral(toMoviera, new DeclineRequest().reason("Geen zorgvraag."), null);
        ApiException acceptDeclined = catchThrowableOfType(ApiException.class,
                () -> moviera.acceptReferral(toMoviera, null));

        assertThat(toPolice).isEqualTo(jdbc.sql("select r.id from referral r join organisation o on o.id = "
                + "r.partner_organisation_id where r.signal_id = ? and o.name = ?").params(signal, POLICE)
                .query(UUID.class).single());
        assertThat(read.getId()).isEqualTo(toPolice);
        assertThat(read.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(read.getParts()).containsExactlyInAnyOrder(SharedPart.DESCRIPTION, SharedPart.PERSONS);
        assertThat(read.getDescription().getText()).isEqualTo(description);
        assertThat(read.getPersons()).extracting(PersonEntry::getName).containsExactly("Ion");
        assertThat(accepted.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(acceptedAgain.getData()).isEqualTo(accepted);
        assertThat(acceptedAgain.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(answered.getStatus()).isEqualTo(ReferralStatus.FEEDBACK_GIVEN);
        assertThat(answered.getFeedback()).isEqualTo("Slachtoffer is in zorg genomen.");
        assertThat(more.getFeedbackEntries()).extracting(ReferralFeedback::getText)
                .containsExactly("Slachtoffer is in zorg genomen.", "Aangifte opgenomen.");
        assertThat(completed.getStatus()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(problem(completeTwice, 409).getCurrentStatus()).isEqualTo("CLOSED");
        assertThat(declined.getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.getPersons()).as("not shared with Moviera").isNullOrEmpty();
        Problem conflict = problem(acceptDeclined, 409);
        assertThat(conflict.getCurrentStatus()).isEqualTo("DECLINED");
    }

    @Test
    void everyProblemComesAsAParseableProblem() throws Exception {
        String signalsToken = token(VEILIG_THUIS, ApiScope.SIGNALS_WRITE);
        SignalsApi signals = new SignalsApi(client(signalsToken));
        Signal tooShort = new Signal().description("kort");

        Problem invalid = problem(catchThrowableOfType(ApiException.class,
                () -> signals.createSignal(new SignalSubmission().channel(PartnerChannel.VEILIG_THUIS).signal(tooShort),
                        null)), 400);
        Problem unauthorised = problem(catchThrowableOfType(ApiException.class,
                () -> new TokenApi(client(null)).readToken()), 401);
        Problem forbidden = problem(catchThrowableOfType(ApiException.class,
                () -> new ReferralsApi(client(signalsToken)).listReferrals()), 403);
        Problem missing = problem(catchThrowableOfType(ApiException.class,
                () -> new ReferralsApi(client(token(POLICE, ApiScope.REFERRALS))).readReferral(UUID.randomUUID())), 404);
        String key = UUID.randomUUID().toString();
        signals.createSignal(submission(null), key);
        Problem reused = problem(catchThrowableOfType(ApiException.class,
                () -> signals.createSignal(new SignalSubmission().channel(PartnerChannel.VEILIG_THUIS)
                        .signal(new Signal().description(description + " Anders.")), key)), 409);

        assertThat(invalid.getErrors()).anySatisfy(error -> assertThat(error.getField()).isEqualTo("signal.description"));
        assertThat(invalid.getInstance()).isEqualTo("/api/v1/signals");
        assertThat(unauthorised.getDetail()).contains("Missing bearer token");
        assertThat(forbidden.getDetail()).contains("scope");
        assertThat(missing.getDetail()).isEqualTo("No such referral.");
        assertThat(reused.getDetail()).contains("another request");
        assertThat(List.of(invalid, unauthorised, forbidden, missing, reused))
                .allSatisfy(problem -> assertThat(problem.getType()).as("absent means about:blank")
                        .isIn(null, "about:blank"));
    }

    /** What a partner sends: a description, a person and an address; a municipality when known. */
    private SignalSubmission submission(@Nullable UUID municipality) {
        return new SignalSubmission().channel(PartnerChannel.VEILIG_THUIS).signal(new Signal()
                .description(description).municipalityId(municipality).acute(false)
                .addPersonsItem(new PersonEntry().name("Ion").age(34).role(schakel.client.model.PersonRole.POSSIBLE_VICTIM))
                .addAddressesItem(new schakel.client.model.AddressEntry().street("Voorbeeldstraat").houseNumber("12")
                        .postcode("3511 AB").city("Utrecht")));
    }

    /** The generated client as a partner configures it: base URI and bearer token, nothing else. */
    private schakel.client.ApiClient client(@Nullable String token) {
        schakel.client.ApiClient client = new schakel.client.ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** The problem in an error answer, read with the client's own JSON mapping. */
    private static Problem problem(ApiException e, int status) throws Exception {
        assertThat(e).as("an ApiException").isNotNull();
        assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Problem problem = JSON.getDefault().getMapper().readValue(e.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    /** The officer of Utrecht routes the signal to the partners with these parts, through the routing form. */
    private void route(UUID signal, Map<String, String> partsByPartner) {
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(officer.get("/signalen/" + signal + "/doorzetten").statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, String> partner : partsByPartner.entrySet()) {
            String p = "partners[" + index++ + "].";
            form.put(p + "organisationId", organisation(partner.getKey()).toString());
            form.put(p + "selected", "true");
            form.put(p + "legalBasis", "MELDCODE");
            form.put(p + "parts", partner.getValue());
            form.put(p + "feedbackDue", LocalDate.now().plusDays(14).toString());
        }
        assertThat(officer.post("/signalen/" + signal + "/doorzetten", form).statusCode()).isEqualTo(303);
    }

    private String reference(UUID signal) {
        return jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private String token(String organisation, ApiScope scope) {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class)
                .single());
        return tokens.create(region, new OrganisationId(organisation(organisation)),
                "Koppeling " + UUID.randomUUID().toString().substring(0, 6), Set.of(scope), null, admin).value();
    }
}
