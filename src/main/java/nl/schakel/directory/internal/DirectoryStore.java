package nl.schakel.directory.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.directory.ContactRole;
import nl.schakel.directory.Covenant;
import nl.schakel.directory.DirectoryEntry;
import nl.schakel.directory.Phase;
import nl.schakel.directory.ReachedBy;
import nl.schakel.directory.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's tables; every read is filtered by region. */
@Repository
public class DirectoryStore {

    private static final String COLUMNS = """
            organisation_id, regions_served, tasks, threshold, office_hours, phone, phone_24h, email, reached_by,
            public_advice, verified_at""";

    private final JdbcClient jdbc;

    DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry as stored, with when it was last confirmed. */
    public record StoredEntry(UUID organisationId, DirectoryEntry entry, @Nullable Instant verifiedAt) {
    }

    public Optional<StoredEntry> find(UUID region, UUID organisation) {
        return jdbc.sql("select " + COLUMNS + " from directory_entry where region_id = ? and organisation_id = ?")
                .params(region, organisation).query(this::map).optional();
    }

    public List<StoredEntry> inRegion(UUID region) {
        return jdbc.sql("select " + COLUMNS + " from directory_entry where region_id = ?")
                .param(region).query(this::map).list();
    }

    /** Writes the whole entry (its contacts, covenants and work replaced); the verification is kept. */
    public void save(UUID region, UUID organisation, DirectoryEntry e, Instant now) {
        jdbc.sql("""
                insert into directory_entry (organisation_id, region_id, regions_served, tasks, threshold, office_hours,
                    phone, phone_24h, email, reached_by, public_advice, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id) do update set regions_served = excluded.regions_served,
                    tasks = excluded.tasks, threshold = excluded.threshold, office_hours = excluded.office_hours,
                    phone = excluded.phone, phone_24h = excluded.phone_24h, email = excluded.email,
                    reached_by = excluded.reached_by, public_advice = excluded.public_advice,
                    updated_at = excluded.updated_at""")
                .params(organisation, region, e.regionsServed(), e.tasks(), e.threshold(), e.officeHours(), e.phone(),
                        e.phone24h(), e.email(), e.reachedBy().name(), e.publicAdvice(), utc(now))
                .update();
        jdbc.sql("delete from directory_contact where organisation_id = ?").param(organisation).update();
        jdbc.sql("delete from directory_covenant where organisation_id = ?").param(organisation).update();
        jdbc.sql("delete from directory_task where organisation_id = ?").param(organisation).update();
        for (ContactRole c : e.contacts()) {
            jdbc.sql("""
                    insert into directory_contact (id, organisation_id, role_name, person_name, deputy_name, phone,
                        valid_from, valid_until) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), organisation, c.roleName(), c.personName(), c.deputyName(), c.phone(),
                            Date.valueOf(c.validFrom()), c.validUntil() == null ? null : Date.valueOf(c.validUntil()))
                    .update();
        }
        for (Covenant c : e.covenants()) {
            jdbc.sql("insert into directory_covenant (id, organisation_id, name, legal_basis) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), organisation, c.name(), c.legalBasis()).update();
        }
        for (Task t : e.work()) {
            jdbc.sql("insert into directory_task (organisation_id, exploitation_form, phase) values (?, ?, ?)")
                    .params(organisation, t.exploitationForm(), t.phase().name()).update();
        }
    }

    /** Confirms the entry of an organisation of the region; false when there is none. */
    public boolean confirm(UUID region, UUID organisation, UUID user, Instant now) {
        return jdbc.sql("""
                update directory_entry set verified_at = ?, verified_by = ?
                where region_id = ? and organisation_id = ?""")
                .params(utc(now), user, region, organisation).update() == 1;
    }

    private StoredEntry map(ResultSet rs, int row) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        OffsetDateTime verified = rs.getObject("verified_at", OffsetDateTime.class);
        DirectoryEntry entry = new DirectoryEntry(rs.getString("regions_served"), rs.getString("tasks"),
                rs.getString("threshold"), rs.getString("office_hours"), rs.getString("phone"),
                rs.getString("phone_24h"), rs.getString("email"), ReachedBy.valueOf(rs.getString("reached_by")),
                rs.getString("public_advice"), contacts(organisation), covenants(organisation), work(organisation));
        return new StoredEntry(organisation, entry, verified == null ? null : verified.toInstant());
    }

    private List<ContactRole> contacts(UUID organisation) {
        return jdbc.sql("""
                select role_name, person_name, deputy_name, phone, valid_from, valid_until from directory_contact
                where organisation_id = ? order by role_name, valid_from""")
                .param(organisation)
                .query((rs, n) -> new ContactRole(rs.getString("role_name"), rs.getString("person_name"),
                        rs.getString("deputy_name"), rs.getString("phone"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    private List<Covenant> covenants(UUID organisation) {
        return jdbc.sql("select name, legal_basis from directory_covenant where organisation_id = ? order by name")
                .param(organisation).query((rs, n) -> new Covenant(rs.getString("name"), rs.getString("legal_basis")))
                .list();
    }

    private List<Task> work(UUID organisation) {
        return jdbc.sql("select exploitation_form, phase from directory_task where organisation_id = ?")
                .param(organisation)
                .query((rs, n) -> new Task(rs.getString("exploitation_form"), Phase.valueOf(rs.getString("phase"))))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
