package nl.schakel.shelter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.shelter.PlacementStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Placement requests and their history. Who may see which request is decided in the SQL of each query. */
@Component
public class PlacementStore {

    private static final String SELECT = """
            select p.*, s.name as service_name from placement_request p join care_service s on s.id = p.service_id""";

    private final JdbcClient jdbc;

    PlacementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored request; names are filled in by the facade. */
    public record Row(UUID id, UUID serviceId, String serviceName, UUID providerId, UUID requesterId,
            PlacementStatus status, @Nullable String declineReason, @Nullable UUID trajectoryRef,
            @Nullable UUID subjectId, boolean coLocationWarning, Instant createdAt, Instant updatedAt) {
    }

    public void insert(UUID id, UUID regionId, UUID serviceId, UUID providerId, UUID requesterId, UUID by,
            @Nullable UUID trajectoryRef, @Nullable UUID subjectId, @Nullable String subjectRole, boolean warning,
            Instant now) {
        jdbc.sql("""
                insert into placement_request (id, region_id, service_id, provider_organisation_id,
                    requesting_organisation_id, requested_by, status, trajectory_ref, subject_id, subject_role,
                    co_location_warning, created_at, updated_at)
                values (:id, :region, :service, :provider, :requester, :by, :status, :trajectory, :subject,
                    :role, :warning, :now, :now)""")
                .param("id", id).param("region", regionId).param("service", serviceId).param("provider", providerId)
                .param("requester", requesterId).param("by", by).param("status", PlacementStatus.REQUESTED.name())
                .param("trajectory", trajectoryRef)
                .param("subject", subjectId).param("role", subjectRole).param("warning", warning)
                .param("now", CapacityStore.utc(now)).update();
        recordEvent(id, PlacementStatus.REQUESTED, by, now);
    }

    /** The request, if this organisation is one of its two sides. */
    public Optional<Row> findFor(UUID id, UUID organisationId) {
        return jdbc.sql(SELECT + " where p.id = ? and (p.provider_organisation_id = ? or p.requesting_organisation_id = ?)")
                .param(id).param(organisationId).param(organisationId).query(PlacementStore::row).optional();
    }

    public List<Row> ofProvider(UUID providerId) {
        return jdbc.sql(SELECT + " where p.provider_organisation_id = ? order by p.created_at desc").param(providerId)
                .query(PlacementStore::row).list();
    }

    public List<Row> ofRequester(UUID requesterId) {
        return jdbc.sql(SELECT + " where p.requesting_organisation_id = ? order by p.created_at desc")
                .param(requesterId).query(PlacementStore::row).list();
    }

    public List<Row> forTrajectory(UUID trajectoryRef, UUID organisationId) {
        return jdbc.sql(SELECT + """
                 where p.trajectory_ref = ? and (p.provider_organisation_id = ? or p.requesting_organisation_id = ?)
                 order by p.created_at""").param(trajectoryRef).param(organisationId).param(organisationId)
                .query(PlacementStore::row).list();
    }

    /** Subjects placed (now) at a service. */
    /** The registry persons placed at this service in this role (VICTIM or PERPETRATOR). */
    public List<UUID> placedSubjects(UUID serviceId, String role) {
        return jdbc.sql("""
                select subject_id from placement_request
                where service_id = ? and status = ? and subject_id is not null and subject_role = ?""")
                .params(serviceId, PlacementStatus.PLACED.name(), role).query(UUID.class).list();
    }

    /** Moves the request only from the state it was read in; false when someone else moved it first. */
    public boolean move(UUID id, PlacementStatus from, PlacementStatus to, @Nullable String reason, Instant now) {
        return jdbc.sql("""
                update placement_request set status = :to, decline_reason = coalesce(:reason, decline_reason),
                    updated_at = :now where id = :id and status = :from""")
                .param("to", to.name()).param("reason", reason).param("now", CapacityStore.utc(now)).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    public void recordEvent(UUID id, PlacementStatus status, @Nullable UUID actor, Instant now) {
        jdbc.sql("insert into placement_event (request_id, status, actor_id, at) values (?, ?, ?, ?)")
                .params(id, status.name(), actor, CapacityStore.utc(now)).update();
    }

    /** Open requests not answered or placed in time. */
    public List<Row> openSince(Instant before) {
        return jdbc.sql(SELECT + " where p.status in (:open) and p.updated_at < :before")
                .param("open", java.util.Arrays.stream(PlacementStatus.values()).filter(PlacementStatus::isOpen)
                        .map(Enum::name).toList())
                .param("before", CapacityStore.utc(before)).query(PlacementStore::row).list();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getString("service_name"), rs.getObject("provider_organisation_id", UUID.class),
                rs.getObject("requesting_organisation_id", UUID.class), PlacementStatus.valueOf(rs.getString("status")),
                rs.getString("decline_reason"), rs.getObject("trajectory_ref", UUID.class),
                rs.getObject("subject_id", UUID.class), rs.getBoolean("co_location_warning"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
