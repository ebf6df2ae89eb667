package nl.schakel.shelter.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.schakel.care.PlacementLine;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryPlacements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The placements made for a trajectory, for the care module (its port {@link TrajectoryPlacements}). Only places
 * actually taken (PLACED) count; the care module decides who sees which of them (a provider only its own). The
 * payer is the service's, in words.
 */
@Component
class CareTrajectoryPlacements implements TrajectoryPlacements {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    CareTrajectoryPlacements(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<PlacementLine> of(TrajectoryId trajectory) {
        return jdbc.sql("""
                select s.name, p.provider_organisation_id, s.payer, p.updated_at
                  from placement_request p join care_service s on s.id = p.service_id
                 where p.trajectory_ref = ? and p.status = ?
                 order by p.updated_at""")
                .param(trajectory.value()).param(nl.schakel.shelter.PlacementStatus.PLACED.name())
                .query((rs, n) -> new PlacementLine(rs.getString(1), rs.getObject(2, java.util.UUID.class),
                        payer(rs.getString(3)), placedOn(rs.getTimestamp(4)), null))
                .list();
    }

    private String payer(String code) {
        return messages.getMessage("shelter.payer." + code, null, code, LocaleContextHolder.getLocale());
    }

    private static LocalDate placedOn(java.sql.Timestamp at) {
        return at.toInstant().atZone(NETHERLANDS).toLocalDate();
    }
}
