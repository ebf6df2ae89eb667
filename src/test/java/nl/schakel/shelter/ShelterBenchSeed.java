package nl.schakel.shelter;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds placements for the monitoring benchmark (test code, not a test): for each given trajectory a request to
 * one of the region's shelter or crisis places (in turn), placed a week after the trajectory opened. Seeds nothing
 * when the region has no such place.
 */
public final class ShelterBenchSeed {

    private ShelterBenchSeed() {
    }

    /**
     * @param trajectories a query of the trajectories that get a placement, with columns {@code id} and
     *        {@code at} (their opening); it may use {@code :region}
     */
    public static void seed(JdbcClient jdbc, UUID region, String trajectories) {
        jdbc.sql("""
                with p as (select array_agg(id order by id) as ids, array_agg(provider_organisation_id order by id)
                               as providers
                           from care_service where region_id = :region and kind in (:shelter, :crisis)),
                s as materialized (select gen_random_uuid() as id, x.id as trajectory_id, x.at,
                                          row_number() over () as i from (%s) x),
                r as (insert into placement_request (id, region_id, service_id, provider_organisation_id,
                          requesting_organisation_id, requested_by, status, trajectory_ref, created_at, updated_at)
                      select s.id, :region, p.ids[1 + s.i %% cardinality(p.ids)],
                             p.providers[1 + s.i %% cardinality(p.ids)], p.providers[1 + s.i %% cardinality(p.ids)],
                             s.id, :placed, s.trajectory_id, s.at + interval '1 day', s.at + interval '7 days'
                      from s cross join p where cardinality(p.ids) > 0)
                insert into placement_event (request_id, status, at)
                select s.id, :placed, s.at + interval '7 days' from s cross join p where cardinality(p.ids) > 0"""
                .formatted(trajectories))
                .param("region", region).param("shelter", ServiceKind.SHELTER.name())
                .param("crisis", ServiceKind.CRISIS.name()).param("placed", PlacementStatus.PLACED.name()).update();
        jdbc.sql("analyze placement_request").update();
        jdbc.sql("analyze placement_event").update();
    }
}
