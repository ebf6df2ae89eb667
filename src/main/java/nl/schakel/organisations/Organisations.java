package nl.schakel.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditNames;
import nl.schakel.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and administers regions and organisations. Every change is audited. */
@Service
public class Organisations implements AuditNames {

    private static final String PURPOSE = "ADMINISTRATION";
    private static final String COLUMNS = "id, region_id, name, type, department, active";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("select id, code, name from region where code = ?").param(code)
                .query((rs, n) -> new Region(new RegionId(rs.getObject("id", UUID.class)), rs.getString("code"),
                        rs.getString("name")))
                .optional();
    }

    @Transactional
    public Region createRegion(String code, String name) {
        RegionId id = new RegionId(UUID.randomUUID());
        jdbc.sql("insert into region (id, code, name) values (?, ?, ?)").params(id.value(), code, name).update();
        audit.record(AuditEvent.success("REGION_CREATED", "REGION", id, PURPOSE));
        return new Region(id, code, name);
    }

    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id.value())
                .query(Organisations::map).optional();
    }

    /** Whether people and systems may act for this organisation in this region: it exists there and is active. */
    public boolean isActiveIn(RegionId region, OrganisationId id) {
        return find(id).filter(o -> o.regionId().equals(region) && o.active()).isPresent();
    }

    public List<Organisation> inRegion(RegionId region) {
        return jdbc.sql("select " + COLUMNS + " from organisation where region_id = ? order by active desc, name")
                .param(region.value()).query(Organisations::map).list();
    }

    @Transactional
    public Organisation create(RegionId region, OrganisationForm form) {
        OrganisationId id = OrganisationId.random();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            jdbc.sql("""
                    insert into organisation (id, region_id, name, type, department, active, created_at, updated_at)
                    values (?, ?, ?, ?, ?, true, ?, ?)""")
                    .params(id.value(), region.value(), form.name().strip(), form.type().name(),
                            form.department() == null ? null : form.department().name(), now, now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateOrganisationNameException();
        }
        audit.record(AuditEvent.success("ORGANISATION_CREATED", "ORGANISATION", id, PURPOSE));
        return find(id).orElseThrow();
    }

    /** Changes name, type and department of an organisation in the given region. */
    @Transactional
    public Organisation update(RegionId region, OrganisationId id, OrganisationForm form) {
        int changed;
        try {
            changed = jdbc.sql("""
                    update organisation set name = ?, type = ?, department = ?, updated_at = ?
                    where id = ? and region_id = ?""")
                    .params(form.name().strip(), form.type().name(),
                            form.department() == null ? null : form.department().name(), OffsetDateTime.now(clock),
                            id.value(), region.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateOrganisationNameException();
        }
        requireOne(changed);
        audit.record(AuditEvent.success("ORGANISATION_UPDATED", "ORGANISATION", id, PURPOSE));
        return find(id).orElseThrow();
    }

    /** Deactivates an organisation; its users can no longer log in and their sessions end. */
    @Transactional
    public void deactivate(RegionId region, OrganisationId id) {
        setActive(region, id, false);
        audit.record(AuditEvent.success("ORGANISATION_DEACTIVATED", "ORGANISATION", id, PURPOSE));
        events.publishEvent(new OrganisationDeactivated(id));
    }

    @Transactional
    public void reactivate(RegionId region, OrganisationId id) {
        setActive(region, id, true);
        audit.record(AuditEvent.success("ORGANISATION_REACTIVATED", "ORGANISATION", id, PURPOSE));
    }

    @Override
    public Map<UUID, String> namesOf(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name from organisation where id in (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void setActive(RegionId region, OrganisationId id, boolean active) {
        requireOne(jdbc.sql("update organisation set active = ?, updated_at = ? where id = ? and region_id = ?")
                .params(active, OffsetDateTime.now(clock), id.value(), region.value()).update());
    }

    private static void requireOne(int changed) {
        if (changed != 1) {
            throw new UnknownOrganisationException();
        }
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        String department = rs.getString("department");
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)),
                new RegionId(rs.getObject("region_id", UUID.class)), rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")),
                department == null ? null : Department.valueOf(department), rs.getBoolean("active"));
    }
}
