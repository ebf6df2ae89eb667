package nl.schakel.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' figures of the council report (T6) and which sub-region each municipality lies in. Whether a
 * person may enter a municipality's figures is the caller's check (the web layer's scope).
 */
@Service
public class PartnerFigures {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerFigures(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PartnerFigure record(UUID municipalityId, int year, String label, int amount, String source,
            LocalDate sourceDate, String definition, @Nullable UUID enteredBy) {
        PartnerFigure figure = new PartnerFigure(UUID.randomUUID(), municipalityId, year, label, amount, source,
                sourceDate, definition);
        jdbc.sql("""
                insert into monitoring_partner_figure (id, municipality_id, year, label, amount, source, source_date,
                    definition, entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(figure.id(), municipalityId, year, label, amount, source, sourceDate, definition, enteredBy,
                        OffsetDateTime.now(clock))
                .update();
        audit.record(AuditEvent.success("PARTNER_FIGURE_RECORDED", "MUNICIPALITY", municipalityId, "MONITORING"));
        return figure;
    }

    public List<PartnerFigure> of(UUID municipalityId, int year) {
        return jdbc.sql("""
                select id, municipality_id, year, label, amount, source, source_date, definition
                from monitoring_partner_figure where municipality_id = ? and year = ? order by entered_at, id""")
                .params(municipalityId, year)
                .query((rs, n) -> new PartnerFigure(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8)))
                .list();
    }

    /** Places a municipality in a sub-region (the regional tables' columns); again for a move. */
    @Transactional
    public void assign(UUID regionId, UUID municipalityId, SubRegion subRegion) {
        jdbc.sql("""
                insert into monitoring_sub_region (municipality_id, region_id, sub_region) values (?, ?, ?)
                on conflict (municipality_id) do update set sub_region = excluded.sub_region""")
                .params(municipalityId, regionId, subRegion.name()).update();
    }
}
