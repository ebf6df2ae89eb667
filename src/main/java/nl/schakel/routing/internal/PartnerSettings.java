package nl.schakel.routing.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.organisations.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per partner, how many days it gets for feedback: its own setting, else 14 days (the police 7). */
@Component
public class PartnerSettings {

    public static final int DEFAULT_DAYS = 14;
    public static final int POLICE_DAYS = 7;

    private final JdbcClient jdbc;

    PartnerSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static int defaultDays(OrganisationType type) {
        return type == OrganisationType.POLICE ? POLICE_DAYS : DEFAULT_DAYS;
    }

    /** The organisations that have their own setting. */
    public Map<UUID, Integer> configured() {
        return jdbc.sql("select organisation_id, feedback_days from partner_setting")
                .query((rs, n) -> Map.entry(rs.getObject("organisation_id", UUID.class), rs.getInt("feedback_days")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public int feedbackDays(UUID organisationId, OrganisationType type) {
        return jdbc.sql("select feedback_days from partner_setting where organisation_id = ?").param(organisationId)
                .query(Integer.class).optional().orElse(defaultDays(type));
    }

    public void set(UUID organisationId, int days, Instant now) {
        jdbc.sql("""
                insert into partner_setting (organisation_id, feedback_days, updated_at) values (?, ?, ?)
                on conflict (organisation_id) do update set feedback_days = excluded.feedback_days,
                    updated_at = excluded.updated_at""")
                .params(organisationId, days, ReferralStore.utc(now)).update();
    }
}
