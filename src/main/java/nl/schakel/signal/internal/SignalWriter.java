package nl.schakel.signal.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import nl.schakel.signal.NewSignal;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the signal tables: a received signal with everything it holds, and each step on the route. */
@Component
public class SignalWriter {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SignalWriter(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Inserts the signal in the caller's transaction. */
    public SignalId insert(NewSignal signal) {
        SignalId id = SignalId.random();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long number = jdbc.sql("select nextval('signal_reference_seq')").query(Long.class).single();
        String reference = "S-%d-%05d".formatted(Year.now(clock).getValue(), number);
        NewSignal.Origin origin = signal.origin();
        NewSignal.Flags flags = signal.flags();
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
                .param("region", origin.regionId())
                .param("municipality", origin.municipalityId())
                .param("receiving", origin.receivingOrganisationId())
                .param("channel", origin.channel().name())
                .param("reporterType", signal.reporterType().name())
                .param("status", SignalStatus.RECEIVED.name())
                .param("description", signal.description().strip())
                .param("observedWhen", blankToNull(signal.observedWhen()))
                .param("address", blankToNull(signal.locationAddress()))
                .param("catalogueVersion", origin.catalogueVersion())
                .param("otherIndicators", blankToNull(signal.otherIndicators()))
                .param("vulnerabilities", "{" + String.join(",",
                        signal.vulnerabilities().stream().map(Vulnerability::name).toList()) + "}")
                .param("dangerToReporter", flags.dangerToReporter())
                .param("dangerToVictim", flags.dangerToVictim())
                .param("doNotInform", flags.doNotInform())
                .param("acute", flags.acute())
                .param("smuggling", flags.smuggling())
                .param("discussed", flags.discussedWithManager())
                .param("manager", origin.managerUserId())
                .param("anonymous", flags.anonymous())
                .param("now", now)
                .param("reporterKey", origin.reporterKey() == null ? "S:" + id.value() : origin.reporterKey())
                .update();
        insertSubjects(id, "PERSON", signal.persons());
        insertSubjects(id, "ADDRESS", signal.addresses());
        insertSubjects(id, "ORGANISATION", signal.organisations());
        insertSubjects(id, "PHONE", signal.phones());
        insertSubjects(id, "ONLINE", signal.onlineIdentities());
        insertSubjects(id, "VEHICLE", signal.vehicles());
        signal.indicatorCodes().forEach(code -> jdbc.sql("insert into signal_indicator (signal_id, code) values (?, ?)")
                .params(id.value(), code).update());
        signal.exploitationFormCodes().forEach(code -> jdbc.sql(
                "insert into signal_exploitation_form (signal_id, code) values (?, ?)").params(id.value(), code).update());
        recordStatus(id, SignalStatus.RECEIVED, null);
        return id;
    }

    public void recordStatus(SignalId id, SignalStatus status, @Nullable UUID userId) {
        jdbc.sql("insert into signal_event (id, signal_id, status, user_id, occurred_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), status.name(), userId, OffsetDateTime.now(clock)).update();
    }

    /** The signal waits for the reporter's manager to co-sign before its officers see it (decision 0034). */
    public void awaitCosignature(SignalId id) {
        jdbc.sql("update signal set awaiting_cosignature = true where id = ?").param(id.value()).update();
    }

    /**
     * The manager co-signed: the signal reaches its officers, as discussed with that manager.
     *
     * @return false when it was not waiting (released before)
     */
    public boolean cosigned(SignalId id, UUID managerUserId) {
        return jdbc.sql("""
                update signal set awaiting_cosignature = false, discussed_with_manager = true, manager_user_id = ?,
                    updated_at = ? where id = ? and awaiting_cosignature""")
                .params(managerUserId, OffsetDateTime.now(clock), id.value()).update() == 1;
    }

    /** The reporter replied: one more reply the officer has not answered yet. */
    public void replyReceived(SignalId id) {
        jdbc.sql("update signal set unread_replies = unread_replies + 1 where id = ?").param(id.value()).update();
    }

    /** The officer wrote to the reporter: the replies before it count as read. */
    public void reporterMessaged(SignalId id) {
        jdbc.sql("update signal set unread_replies = 0 where id = ?").param(id.value()).update();
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
