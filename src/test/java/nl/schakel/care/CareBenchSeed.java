package nl.schakel.care;

import java.util.UUID;

import nl.schakel.organisations.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds care trajectories for the monitoring benchmark (test code, not a test): one trajectory per given signal,
 * opened five days after receipt in the signal's municipality and led by the region's first care coordination
 * organisation, ages 10–49 (every twentieth an unaccompanied minor), every third with a B8 period.
 */
public final class CareBenchSeed {

    private CareBenchSeed() {
    }

    /**
     * @param signals a query of the signals that get a trajectory, with columns {@code municipality_id} and
     *        {@code at} (their receipt); it may use {@code :region}
     */
    public static void seed(JdbcClient jdbc, UUID region, String signals) {
        jdbc.sql("""
                with s as materialized (select gen_random_uuid() as id, x.municipality_id, x.at,
                                               row_number() over () as i from (%s) x),
                lead as (select o.id as organisation_id, (select u.id from app_user u where u.organisation_id = o.id
                                                          order by u.id limit 1) as user_id
                         from organisation o where o.region_id = :region and o.type = :coordination
                         and exists (select 1 from app_user u where u.organisation_id = o.id)
                         order by o.id limit 1),
                t as (insert into trajectory (id, region_id, person_label, lead_organisation_id, lead_user_id,
                          municipality_id, municipality_reason, age, residence_status, unaccompanied_minor, status,
                          created_at, updated_at)
                      select s.id, :region, 'Benchmarkpersoon', lead.organisation_id, lead.user_id, s.municipality_id,
                             :reason, 10 + s.i %% 40, :residence, s.i %% 20 = 0, :status, s.at + interval '5 days',
                             s.at + interval '5 days'
                      from s cross join lead)
                insert into b8_period (trajectory_id, start_date, end_date, decision, updated_at)
                select s.id, cast(s.at + interval '6 days' as date), cast(s.at + interval '6 days' + interval '3 months'
                       as date), :pending, s.at + interval '6 days'
                from s cross join lead where s.i %% 3 = 0""".formatted(signals))
                .param("region", region).param("coordination", OrganisationType.CARE_COORDINATION.name())
                .param("reason", MunicipalityReason.BRP.name())
                .param("residence", ResidenceStatus.UNKNOWN.name()).param("status", TrajectoryStatus.ACTIVE.name())
                .param("pending", B8Decision.PENDING.name()).update();
        jdbc.sql("analyze trajectory").update();
        jdbc.sql("analyze b8_period").update();
    }
}
