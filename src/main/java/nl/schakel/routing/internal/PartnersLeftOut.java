package nl.schakel.routing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.schakel.routing.RoutingFact;
import nl.schakel.signal.SignalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partners a mandatory rule recommended that the officer left out, with their reason. */
@Component
public class PartnersLeftOut {

    private final JdbcClient jdbc;

    PartnersLeftOut(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(SignalId signal, UUID partnerOrganisationId, RoutingFact fact, String reason, UUID officerId,
            Instant now) {
        jdbc.sql("""
                insert into routing_partner_left_out (id, signal_id, partner_organisation_id, fact, reason, officer_id,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), signal.value(), partnerOrganisationId, fact.name(), reason, officerId,
                        ReferralStore.utc(now))
                .update();
    }

    public List<String> reasons(SignalId signal) {
        return jdbc.sql("select reason from routing_partner_left_out where signal_id = ? order by recorded_at")
                .param(signal.value()).query(String.class).list();
    }
}
