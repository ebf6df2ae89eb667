package nl.schakel.testing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.intake.Receipt;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.Vulnerability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People and signals for the module tests ({@link SchakelModuleTest}), made through the modules' facades in the
 * demo region; no web layer is started there, so nobody logs in through a form.
 */
public final class ModuleFixtures {

    public static final String UTRECHT = "Gemeente Utrecht";

    private ModuleFixtures() {
    }

    /** From now on this thread acts as the demo user (audit records name them); {@link #stopActing()} ends it. */
    public static SchakelUser actAs(JdbcClient jdbc, String username) {
        SchakelUser user = jdbc.sql("""
                select u.id, u.username, u.display_name, u.organisation_id, o.name, o.region_id,
                    coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
                from app_user u join organisation o on o.id = u.organisation_id where u.username = ?""")
                .param(username)
                .query((rs, n) -> {
                    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : rs.getString("roles").split(",")) {
                        roles.add(Role.valueOf(role));
                    }
                    return new SchakelUser(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class), roles, false,
                            null);
                })
                .single();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void stopActing() {
        SecurityContextHolder.clearContext();
    }

    /** A designated officer of Utrecht, acting from now on, with a new signal of their municipality. */
    public record OfficersSignal(SchakelUser officer, SignalId signal, UUID moviera) {
    }

    /** Acts as {@code af.utrecht} with a new labour signal naming this person; Moviera is the partner at hand. */
    public static OfficersSignal officersSignal(SignalRecords records, JdbcClient jdbc, String personName) {
        SignalId signal = labourSignal(records, jdbc, personName, "12", false);
        return new OfficersSignal(actAs(jdbc, "af.utrecht"), signal, organisation(jdbc, "Moviera"));
    }

    public static UUID organisation(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    /** An anonymous public signal of labour exploitation in Utrecht through the intake, for its receipt code. */
    public static Receipt publicSignal(SignalIntake intake, JdbcClient jdbc, String description, String personName,
            boolean acute) {
        SignalForm form = new SignalForm(description, "gisteren", organisation(jdbc, UTRECHT),
                "Industrieweg 4, Utrecht", List.of(person(personName)), List.of(address("12")), null, null, null,
                null, null, null, Set.of("LABOUR"), Set.of(Vulnerability.UNDOCUMENTED, Vulnerability.DEBTS), false,
                true, false, acute, false, ReporterType.RESIDENT, true, null, null, null, null, false, null, null,
                null);
        return intake.receivePublic(form, List.of());
    }

    /**
     * An anonymous signal of labour exploitation for Utrecht, recorded as a channel records it, naming one possible
     * victim and this house number of an address (an address is a subject the stacking links exactly).
     */
    public static SignalId labourSignal(SignalRecords records, JdbcClient jdbc, String personName, String houseNumber,
            boolean acute) {
        UUID utrecht = organisation(jdbc, UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        return records.record(new NewSignal(new NewSignal.Origin(region, utrecht, utrecht, Channel.ONLINE_FORM, 1,
                        null, null), ReporterType.RESIDENT, "Mannen worden om vijf uur opgehaald " + UUID.randomUUID(),
                "gisteren", "Industrieweg 4, Utrecht", Set.of(), null, Set.of("LABOUR"),
                Set.of(Vulnerability.UNDOCUMENTED, Vulnerability.DEBTS),
                new NewSignal.Flags(false, true, false, acute, false, false, true), List.of(person(personName)),
                List.of(address(houseNumber)), List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private static PersonEntry person(String name) {
        return new PersonEntry(name, PersonEntry.Sex.MALE, 34, null, "Roemeens", null,
                PersonEntry.PersonRole.POSSIBLE_VICTIM);
    }

    private static AddressEntry address(String houseNumber) {
        return new AddressEntry("Voorbeeldstraat", houseNumber, "3511 AB", "Utrecht");
    }
}
