package nl.schakel.shelter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.shelter.CareService;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceDescription;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the care offer; every read is limited to one region in its SQL. */
@Component
public class ServiceStore {

    private final JdbcClient jdbc;

    ServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The provider's names are filled in by the caller. */
    public List<CareService> inRegion(UUID regionId) {
        return jdbc.sql("select * from care_service where region_id = ? order by name").param(regionId)
                .query(ServiceStore::row).list();
    }

    public List<CareService> ofProvider(UUID regionId, UUID providerId) {
        return jdbc.sql("select * from care_service where region_id = ? and provider_organisation_id = ? order by name")
                .param(regionId).param(providerId).query(ServiceStore::row).list();
    }

    public Optional<CareService> find(UUID regionId, UUID id) {
        return jdbc.sql("select * from care_service where region_id = ? and id = ?").param(regionId).param(id)
                .query(ServiceStore::row).optional();
    }

    public Optional<UUID> providerOf(UUID id) {
        return jdbc.sql("select provider_organisation_id from care_service where id = ?").param(id)
                .query(UUID.class).optional();
    }

    public Optional<UUID> idOf(UUID providerId, String name) {
        return jdbc.sql("select id from care_service where provider_organisation_id = ? and name = ?")
                .param(providerId).param(name).query(UUID.class).optional();
    }

    /** Inserts the service, or updates the one of this provider with this id. */
    public void save(UUID id, UUID regionId, UUID providerId, ServiceDescription d, Instant now) {
        jdbc.sql("""
                insert into care_service (id, region_id, provider_organisation_id, name, kind, forms, sexes, min_age,
                    max_age, target, accepts_undocumented, accepts_unaccompanied_minors, areas, contra_indications,
                    contra_with_support, languages, intake_route, payer, waiting_days, verified_on, updated_at)
                values (:id, :region, :provider, :name, :kind, :forms, :sexes, :minAge, :maxAge, :target, :undocumented,
                    :minors, :areas, :contra, :support, :languages, :route, :payer, :waiting, :verified, :now)
                on conflict (id) do update set name = excluded.name, kind = excluded.kind, forms = excluded.forms,
                    sexes = excluded.sexes, min_age = excluded.min_age, max_age = excluded.max_age,
                    target = excluded.target, accepts_undocumented = excluded.accepts_undocumented,
                    accepts_unaccompanied_minors = excluded.accepts_unaccompanied_minors, areas = excluded.areas,
                    contra_indications = excluded.contra_indications,
                    contra_with_support = excluded.contra_with_support, languages = excluded.languages,
                    intake_route = excluded.intake_route, payer = excluded.payer,
                    waiting_days = excluded.waiting_days, verified_on = excluded.verified_on,
                    updated_at = excluded.updated_at
                where care_service.provider_organisation_id = excluded.provider_organisation_id""")
                .param("id", id).param("region", regionId).param("provider", providerId).param("name", d.name())
                .param("kind", d.kind().name()).param("forms", Arrays.of(d.forms()))
                .param("sexes", Arrays.of(d.sexes())).param("minAge", d.minAge()).param("maxAge", d.maxAge())
                .param("target", d.target().name()).param("undocumented", d.acceptsUndocumented())
                .param("minors", d.acceptsUnaccompaniedMinors()).param("areas", Arrays.of(d.areas()))
                .param("contra", Arrays.of(d.contraIndications())).param("support", Arrays.of(d.withSupport()))
                .param("languages", Arrays.of(d.languages())).param("route", d.intakeRoute().name())
                .param("payer", d.payer().name()).param("waiting", d.waitingDays()).param("verified", d.verifiedOn())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    static CareService row(ResultSet rs, int n) throws SQLException {
        return new CareService(rs.getObject("id", UUID.class), rs.getObject("provider_organisation_id", UUID.class),
                "", rs.getString("name"), ServiceKind.valueOf(rs.getString("kind")),
                Arrays.enums(rs, "forms", ExploitationForm.class), Arrays.enums(rs, "sexes", ServedSex.class),
                rs.getInt("min_age"), rs.getInt("max_age"), Target.valueOf(rs.getString("target")),
                rs.getBoolean("accepts_undocumented"), rs.getBoolean("accepts_unaccompanied_minors"),
                Arrays.enums(rs, "areas", ServiceArea.class),
                Arrays.enums(rs, "contra_indications", ContraIndication.class),
                Arrays.enums(rs, "contra_with_support", ContraIndication.class), Arrays.strings(rs, "languages"),
                IntakeRoute.valueOf(rs.getString("intake_route")), Payer.valueOf(rs.getString("payer")),
                rs.getInt("waiting_days"), rs.getObject("verified_on", java.time.LocalDate.class));
    }
}
