package nl.schakel.cases.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.UserDirectory;
import nl.schakel.cases.CaseView.Person;
import nl.schakel.organisations.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Names of organisations and people for a case page, read through their modules' facades. */
@Component
public class CaseNames {

    private final Organisations organisations;
    private final UserDirectory users;

    CaseNames(Organisations organisations, UserDirectory users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** Looks up all names at once. */
    public Lookup lookup(Collection<UUID> organisationIds, Collection<@Nullable UUID> personIds) {
        Set<UUID> people = new HashSet<>();
        personIds.stream().filter(Objects::nonNull).forEach(people::add);
        return new Lookup(organisations.namesOf(Set.copyOf(organisationIds)), users.displayNames(people));
    }

    /** Names found by one lookup. */
    public record Lookup(Map<UUID, String> organisations, Map<UUID, String> people) {

        public Person person(UUID organisationId, @Nullable UUID personId) {
            return new Person(organisationId, organisations.getOrDefault(organisationId, ""), personId,
                    personId == null ? null : people.get(personId));
        }

        public String organisation(UUID organisationId) {
            return organisations.getOrDefault(organisationId, "");
        }

        public @Nullable String personName(@Nullable UUID personId) {
            return personId == null ? null : people.get(personId);
        }
    }
}
