package nl.schakel.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import nl.schakel.routing.ReferralFigures.ReferralFigure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes monitoring's facts; every write is an idempotent upsert, so an event handled twice changes nothing. */
@Repository
class FactStore {

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the signal's facts for this transaction: listeners of the same signal then read it through the
     * facades and write it one after the other, so a listener that read an older state cannot write it last.
     */
    void lock(UUID signalId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 28))").param("key", signalId.toString())
                .query(Integer.class).single();
    }

    boolean hasSignal(UUID signalId) {
        return jdbc.sql("select count(*) from monitoring_signal_fact where signal_id = ?").param(signalId)
                .query(Integer.class).single() > 0;
    }

    void upsert(SignalFact f) {
        jdbc.sql("""
                insert into monitoring_signal_fact (signal_id, region_id, municipality_id, receiving_organisation_id,
                    received_at, channel, reporter_type, anonymous, age_band, sex, vulnerabilities, classification,
                    triaged_at, routed_at, feedback_at, informed_at, closed_at)
                values (:id, :region, :municipality, :receiving, :received, :channel, :reporterType, :anonymous,
                    :ageBand, :sex, :vulnerabilities, :classification, :triaged, :routed, :feedback, :informed, :closed)
                on conflict (signal_id) do update set municipality_id = excluded.municipality_id,
                    age_band = excluded.age_band, sex = excluded.sex, vulnerabilities = excluded.vulnerabilities,
                    classification = excluded.classification, triaged_at = excluded.triaged_at,
                    routed_at = excluded.routed_at, feedback_at = excluded.feedback_at,
                    informed_at = excluded.informed_at, closed_at = excluded.closed_at""")
                .param("id", f.signalId()).param("region", f.regionId()).param("municipality", f.municipalityId())
                .param("receiving", f.receivingOrganisationId()).param("received", ts(f.receivedAt()))
                .param("channel", f.channel()).param("reporterType", f.reporterType())
                .param("anonymous", f.anonymous()).param("ageBand", f.ageBand().name()).param("sex", f.sex())
                .param("vulnerabilities", f.vulnerabilities().toArray(String[]::new))
                .param("classification", f.classification()).param("triaged", ts(f.triagedAt()))
                .param("routed", ts(f.routedAt())).param("feedback", ts(f.feedbackAt()))
                .param("informed", ts(f.informedAt())).param("closed", ts(f.closedAt()))
                .update();
        jdbc.sql("delete from monitoring_signal_form where signal_id = :id and not (form = any(:forms))")
                .param("id", f.signalId()).param("forms", f.forms().toArray(String[]::new)).update();
        for (String form : f.forms()) {
            jdbc.sql("insert into monitoring_signal_form (signal_id, form) values (?, ?) on conflict do nothing")
                    .params(f.signalId(), form).update();
        }
    }

    void upsert(ReferralFigure r, String partnerType) {
        jdbc.sql("""
                insert into monitoring_referral_fact (referral_id, signal_id, partner_organisation_id, partner_type,
                    status, sent_at, due_at, answered_at, feedback_at)
                values (:id, :signal, :partner, :type, :status, :sent, :due, :answered, :feedback)
                on conflict (referral_id) do update set status = excluded.status, due_at = excluded.due_at,
                    answered_at = excluded.answered_at, feedback_at = excluded.feedback_at""")
                .param("id", r.id().value()).param("signal", r.signalId().value())
                .param("partner", r.partnerOrganisationId()).param("type", partnerType)
                .param("status", r.status().name()).param("sent", ts(r.sentAt())).param("due", ts(r.dueAt()))
                .param("answered", ts(r.answeredAt())).param("feedback", ts(r.feedbackAt()))
                .update();
    }

    private static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
