package nl.schakel.directory;

import java.time.Instant;
import java.util.List;

import nl.schakel.organisations.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * A partner's card as professionals see it: the entry with the contacts valid today, and whether an
 * administrator confirmed it in the last six months.
 */
public record DirectoryCard(Organisation organisation, DirectoryEntry entry, List<ContactRole> currentContacts,
        @Nullable Instant verifiedAt, boolean verified) {
}
