package nl.schakel.stacking;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.Signals;
import nl.schakel.stacking.registry.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule for what a viewer may see of a subject in the registry (issue 17); every stack view is built
 * through it ({@link Stacks}).
 * <ul>
 * <li>A subject is <em>whole</em> for a viewer when it is mentioned, and every signal that mentions it is held by
 * the viewer's organisation. Only then may the registry's content about it be shown — its first description,
 * a match score, the evidence of a proposal — and only then may a proposal or merge with it be reviewed.</li>
 * <li>Otherwise the viewer learns only <em>that</em> other organisations hold signals about it (how many) and
 * whose designated officers to contact: never a name, attribute, score or evidence of theirs.</li>
 * <li>What a stack line calls a subject is always what the viewer's own signal says about it (the mention's
 * label), never the registry's label, which may come from another organisation's signal.</li>
 * </ul>
 * The count of what waits for an organisation's review asks the same of the database
 * ({@code registry.ReviewQueue#reviewableBy}); {@code ProposalsAwaitingReviewIntegrationTests} holds the two equal.
 */
@Component
class StackLens {

    private final SubjectRegistry registry;
    private final Signals signals;
    private final Organisations organisations;

    StackLens(SubjectRegistry registry, Signals signals, Organisations organisations) {
        this.registry = registry;
        this.signals = signals;
        this.organisations = organisations;
    }

    /**
     * What a viewer of one organisation may know about a subject.
     *
     * @param own       the signals mentioning it that the viewer's organisation holds (except the one looked from)
     * @param elsewhere for each other organisation holding signals about it, by name: how many
     * @param mentioned whether any signal mentions it at all (a subject merged away is mentioned by none)
     */
    record Sight(List<Signals.Holder> own, SortedMap<String, Integer> elsewhere, boolean mentioned) {

        /** Whether the registry's content about the subject may be shown to the viewer, and reviewed by them. */
        boolean whole() {
            return mentioned && elsewhere.isEmpty();
        }
    }

    /**
     * The sight of a subject for a viewer of this organisation.
     *
     * @param lookingFrom the viewer's own signal the subject is looked at from (left out of {@code own}), or null
     */
    Sight sight(UUID viewerOrganisation, UUID subject, @Nullable UUID lookingFrom) {
        List<UUID> mentioning = registry.signalsMentioning(subject, null);
        List<Signals.Holder> own = new ArrayList<>();
        SortedMap<String, Integer> elsewhere = new TreeMap<>();
        for (Signals.Holder holder : signals.holders(mentioning)) {
            if (!holder.receivingOrganisationId().equals(viewerOrganisation)) {
                elsewhere.merge(contact(holder.receivingOrganisationId()), 1, Integer::sum);
            } else if (!holder.id().value().equals(lookingFrom)) {
                own.add(holder);
            }
        }
        return new Sight(List.copyOf(own), elsewhere, !mentioning.isEmpty());
    }

    /** Whether the viewer may see, and so review, both subjects of a proposed or made link. */
    boolean mayReview(UUID viewerOrganisation, UUID subject, UUID other) {
        return sight(viewerOrganisation, subject, null).whole() && sight(viewerOrganisation, other, null).whole();
    }

    /** For a link the viewer may not review: the organisations whose officers to contact about it, by name. */
    SortedSet<String> contacts(UUID viewerOrganisation, UUID subject, UUID other) {
        SortedSet<String> contacts = new TreeSet<>(sight(viewerOrganisation, subject, null).elsewhere().keySet());
        contacts.addAll(sight(viewerOrganisation, other, null).elsewhere().keySet());
        return contacts;
    }

    private String contact(UUID organisation) {
        return organisations.find(new OrganisationId(organisation)).map(Organisation::name).orElse("?");
    }
}
