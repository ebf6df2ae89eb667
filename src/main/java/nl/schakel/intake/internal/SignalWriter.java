package nl.schakel.intake.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import nl.schakel.intake.Channel;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalId;
import nl.schakel.intake.SignalStatus;
import nl.schakel.intake.Vulnerability;
import nl.schakel.sealing.Sealer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a received signal with everything it holds, in the caller's transaction. */
@Component
public class SignalWriter {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Sealer sealer;
    private final Clock clock;

    SignalWriter(JdbcClient jdbc, JsonMapper json, Sealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sealer = sealer;
        this.clock = clock;
    }

    /**
     * Where a new signal goes and how it was made.
     *
     * @param reporterKey who reported, as an opaque key for counting distinct reporters; null for an
     *     anonymous reporter, whose every signal then counts as another reporter
     */
    public record Routing(UUID regionId, @Nullable UUID municipalityId, UUID receivingOrganisationId,
            Channel channel, int catalogueVersion, @Nullable UUID managerUserId, @Nullable String reporterKey) {
    }

    public SignalId insert(SignalForm form, Routing routing) {
        SignalId id = SignalId.random();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long number = jdbc.sql("select nextval('signal_reference_seq')").query(Long.class).single();
        String reference = "S-%d-%05d".formatted(Year.now(clock).getValue(), number);
        jdbc.sql("""
                insert into signal (id, reference, region_id, municipality_id, receiving_organisation_id, channel,
                    reporter_type, status, description, observed_when, location_address, catalogue_version,
                    other_indicators, vulnerabilities, danger_to_reporter, danger_to_victim, do_not_inform, acute,
                    smuggling, discussed_with_manager, manager_user_id, anonymous, received_at, updated_at,
                    reporter_key)
                values (:id, :reference, :region, :municipality, :receiving, :channel, :reporterType, :status,
                    :description, :observedWhen, :address, :catalogueVersion, :otherIndicators,
                    cast(:vulnerabilities as text[]), :dangerToReporter, :dangerToVictim, :doNotInform, :acute,
                    :smuggling, :discussed, :manager, :anonymous, :now, :now, :reporterKey)""")
                .param("id", id.value())
                .param("reference", reference)
                .param("region", routing.regionId())
                .param("municipality", routing.municipalityId())
                .param("receiving", routing.receivingOrganisationId())
                .param("channel", routing.channel().name())
                .param("reporterType", form.reporterType().name())
                .param("status", SignalStatus.RECEIVED.name())
                .param("description", form.description().strip())
                .param("observedWhen", blankToNull(form.observedWhen()))
                .param("address", blankToNull(form.locationAddress()))
                .param("catalogueVersion", routing.catalogueVersion())
                .param("otherIndicators", blankToNull(form.otherIndicators()))
                .param("vulnerabilities", "{" + String.join(",",
                        form.vulnerabilityFlags().stream().map(Vulnerability::name).toList()) + "}")
                .param("dangerToReporter", form.dangerToReporter())
                .param("dangerToVictim", form.dangerToVictim())
                .param("doNotInform", form.doNotInform())
                .param("acute", form.acute())
                .param("smuggling", form.smuggling())
                .param("discussed", form.discussedWithManager())
                .param("manager", routing.managerUserId())
                .param("anonymous", form.anonymous())
                .param("now", now)
                .param("reporterKey", routing.reporterKey() == null ? "S:" + id.value() : routing.reporterKey())
                .update();
        insertSubjects(id, "PERSON", form.filledPersons());
        insertSubjects(id, "ADDRESS", form.filledAddresses());
        insertSubjects(id, "ORGANISATION", form.filledOrganisations());
        insertSubjects(id, "PHONE", form.filledPhones());
        insertSubjects(id, "ONLINE", form.filledOnlineIdentities());
        insertSubjects(id, "VEHICLE", form.filledVehicles());
        form.indicatorCodes().forEach(code -> jdbc.sql("insert into signal_indicator (signal_id, code) values (?, ?)")
                .params(id.value(), code).update());
        form.exploitationFormCodes().forEach(code -> jdbc.sql(
                "insert into signal_exploitation_form (signal_id, code) values (?, ?)").params(id.value(), code).update());
        recordStatus(id, SignalStatus.RECEIVED, null);
        if (!form.anonymous()) {
            sealIdentity(id, new ReporterIdentity(blankToNull(form.reporterName()),
                    blankToNull(form.reporterOrganisation()), blankToNull(form.reporterPhone()),
                    blankToNull(form.reporterEmail())));
        }
        return id;
    }

    public void sealIdentity(SignalId id, ReporterIdentity identity) {
        byte[] sealed = sealer.seal(json.writeValueAsBytes(identity), ReporterIdentities.context(id));
        jdbc.sql("insert into reporter_identity (signal_id, sealed) values (?, ?)").params(id.value(), sealed).update();
    }

    public void followUpByReceipt(SignalId id, String normalisedCode, String slowHash) {
        jdbc.sql("insert into signal_follow_up (signal_id, receipt_selector, receipt_hash) values (?, ?, ?)")
                .params(id.value(), ReceiptCodes.selector(normalisedCode), slowHash).update();
    }

    public void followUpByAccount(SignalId id, UUID accountId) {
        jdbc.sql("insert into signal_follow_up (signal_id, reporter_account_id) values (?, ?)")
                .params(id.value(), accountId).update();
    }

    public void recordStatus(SignalId id, SignalStatus status, @Nullable UUID userId) {
        jdbc.sql("insert into signal_event (id, signal_id, status, user_id, occurred_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), status.name(), userId, OffsetDateTime.now(clock)).update();
    }

    private void insertSubjects(SignalId id, String kind, List<?> entries) {
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("insert into signal_subject (id, signal_id, kind, position, data) values (?, ?, ?, ?, cast(? as jsonb))")
                    .params(UUID.randomUUID(), id.value(), kind, i, json.writeValueAsString(entries.get(i))).update();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
