package nl.schakel.demo;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schakel.access.Role;
import nl.schakel.access.Totp;
import nl.schakel.access.UserAdministration;
import nl.schakel.access.UserForm;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Department;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Seeds Midden-Nederland with its municipalities, chain partners and one demo user per role, but
 * only into a database that holds no users yet, and into an external database only when asked.
 */
@Component
class DemoRegionSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegionSeeder.class);

    static final String REGION_CODE = "midden-nederland";

    private static final List<String> MUNICIPALITIES = List.of("Utrecht", "Houten", "Soest", "Nieuwegein",
            "Amersfoort", "Hilversum", "Lelystad");

    private final Organisations organisations;
    private final UserAdministration users;
    private final DemoProperties properties;
    private final Environment environment;
    private final List<DemoContribution> contributions;

    DemoRegionSeeder(Organisations organisations, UserAdministration users, DemoProperties properties,
            Environment environment, List<DemoContribution> contributions) {
        this.organisations = organisations;
        this.users = users;
        this.properties = properties;
        this.environment = environment;
        this.contributions = contributions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!shouldSeed()) {
            if (demoRegionPresent()) {
                printSecondFactors();
            }
            return;
        }
        Region region = organisations.createRegion(REGION_CODE, "Midden-Nederland");
        Map<String, Organisation> byName = new HashMap<>();
        MUNICIPALITIES.forEach(name -> add(byName, region, "Gemeente " + name, OrganisationType.MUNICIPALITY, null));
        add(byName, region, "Moviera", OrganisationType.CARE_COORDINATION, null);
        add(byName, region, "Veilig Thuis Utrecht", OrganisationType.REPORTING_CENTRE, null);
        add(byName, region, "Politie Midden-Nederland – TMM", OrganisationType.POLICE, null);
        add(byName, region, "Nederlandse Arbeidsinspectie – opsporing", OrganisationType.LABOUR_INSPECTORATE,
                Department.OPSPORING);
        add(byName, region, "Nederlandse Arbeidsinspectie – toezicht", OrganisationType.LABOUR_INSPECTORATE,
                Department.TOEZICHT);
        add(byName, region, "RIEC Midden-Nederland", OrganisationType.CHAIN_DIRECTOR, null);
        add(byName, region, "Belle", OrganisationType.CARE_PROVIDER, null);
        add(byName, region, "Pretty Human", OrganisationType.CARE_PROVIDER, null);
        add(byName, region, "Nidos", OrganisationType.CARE_PROVIDER, null);
        add(byName, region, "COSM", OrganisationType.CARE_PROVIDER, null);

        Map<String, UserId> userIds = new HashMap<>();
        for (DemoUser user : DemoUser.ALL) {
            Organisation organisation = byName.get(user.organisation());
            userIds.put(user.username(), users.createWithPassword(region.id(), new UserForm(user.username(),
                    user.displayName(), null, organisation.id().value(), user.roles()), properties.password(),
                    DemoSecondFactors.secretFor(user.username())));
        }
        DemoRegion demo = new DemoRegion(region, Map.copyOf(byName), Map.copyOf(userIds));
        contributions.stream().sorted(Comparator.comparingInt(DemoContribution::order))
                .forEach(contribution -> contribution.seed(demo));
        log.info("Seeded demo region {} with {} organisations and {} users", region.name(), byName.size(),
                DemoUser.ALL.size());
        printSecondFactors();
    }

    /** The demo users' second-factor secrets and their codes of this moment, so a newcomer can log in at once. */
    private void printSecondFactors() {
        Totp totp = new Totp();
        StringBuilder table = new StringBuilder("Demo second factors (secret, code now; any authenticator app works):");
        for (DemoUser user : DemoUser.ALL) {
            String secret = DemoSecondFactors.secretFor(user.username());
            table.append(String.format("%n  %-20s %s  %s", user.username(), secret,
                    totp.code(secret, java.time.Instant.now())));
        }
        log.info(table.toString());
    }

    private boolean shouldSeed() {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean wanted = switch (properties.seed()) {
            case AUTO -> embedded;
            case ALWAYS -> true;
            case NEVER -> false;
        };
        return wanted && !users.anyUserExists() && organisations.region(REGION_CODE).isEmpty();
    }

    /** Only in the embedded demo setup (never beside real people's accounts in an external database). */
    private boolean demoRegionPresent() {
        return properties.seed() != DemoProperties.Seed.NEVER
                && !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && organisations.region(REGION_CODE).isPresent();
    }

    private void add(Map<String, Organisation> byName, Region region, String name, OrganisationType type,
            Department department) {
        byName.put(name, organisations.create(region.id(), new OrganisationForm(name, type, department)));
    }

    /** The demo accounts, listed in the README. */
    record DemoUser(String username, String displayName, String organisation, Set<Role> roles) {

        static final List<DemoUser> ALL = List.of(
                new DemoUser("beheerder", "Bram Beheer", "Gemeente Utrecht", EnumSet.of(Role.ADMIN)),
                new DemoUser("melder", "Mila Melder", "Gemeente Utrecht", EnumSet.of(Role.REPORTER)),
                new DemoUser("leidinggevende", "Lotte Leiding", "Gemeente Utrecht", EnumSet.of(Role.MANAGER)),
                new DemoUser("af.utrecht", "Ayla Functionaris", "Gemeente Utrecht",
                        EnumSet.of(Role.DESIGNATED_OFFICER)),
                new DemoUser("af2.utrecht", "Daan Functionaris", "Gemeente Utrecht",
                        EnumSet.of(Role.DESIGNATED_OFFICER)),
                new DemoUser("af.houten", "Hugo Functionaris", "Gemeente Houten", EnumSet.of(Role.DESIGNATED_OFFICER)),
                new DemoUser("analist", "Anouk Analist", "Gemeente Utrecht", EnumSet.of(Role.ANALYST)),
                new DemoUser("zorgcoordinator", "Zoë Coördinator", "Moviera", EnumSet.of(Role.CARE_COORDINATOR)),
                new DemoUser("veiligthuis", "Vera Thuis", "Veilig Thuis Utrecht", EnumSet.of(Role.REPORTING_CENTRE)),
                new DemoUser("politie", "Pieter Politie", "Politie Midden-Nederland – TMM", EnumSet.of(Role.POLICE)),
                new DemoUser("nla.opsporing", "Olaf Opsporing", "Nederlandse Arbeidsinspectie – opsporing",
                        EnumSet.of(Role.LABOUR_INSPECTORATE)),
                new DemoUser("nla.toezicht", "Tara Toezicht", "Nederlandse Arbeidsinspectie – toezicht",
                        EnumSet.of(Role.LABOUR_INSPECTORATE)),
                new DemoUser("ketenregisseur", "Kees Regisseur", "RIEC Midden-Nederland",
                        EnumSet.of(Role.CHAIN_DIRECTOR)),
                new DemoUser("zorgaanbieder", "Zara Zorg", "Pretty Human", EnumSet.of(Role.CARE_PROVIDER)),
                new DemoUser("zorgaanbieder.belle", "Bella Zorg", "Belle", EnumSet.of(Role.CARE_PROVIDER)));
    }
}
