package nl.schakel.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.meetings.internal.AgendaStore.ActionRow;
import nl.schakel.meetings.internal.AgendaStore.ItemRow;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule for what a member sees of an agenda: an item about a signal or case is shown only to a member who may
 * see that signal or case ({@code Signals.visibleTo}, {@link CaseAgendaItems}); to everyone else it reads "Beperkt",
 * without title, decision partner or action texts. The owner of an action always reads their own action.
 */
@Component
class AgendaLens {

    private final Signals signals;
    private final CaseAgendaItems cases;
    private final UserDirectory users;
    private final Organisations organisations;

    /** The first port implementation wins: the cases module's, else the default that answers empty. */
    AgendaLens(Signals signals, List<CaseAgendaItems> cases, UserDirectory users, Organisations organisations) {
        this.signals = signals;
        this.cases = cases.get(0);
        this.users = users;
        this.organisations = organisations;
    }

    /** Whether the viewer's organisation participates in the case (the cases module answers). */
    boolean seesCase(SchakelUser viewer, UUID caseId) {
        return cases.titleFor(caseId, viewer).isPresent();
    }

    /** The title a viewer may read, or empty when the item is restricted for them. */
    Optional<String> title(SchakelUser viewer, ItemRow item) {
        return switch (item.kind()) {
            case SIGNAL -> item.signalId() != null && signals.visibleTo(viewer, new SignalId(item.signalId()))
                    ? signals.holders(List.of(item.signalId())).stream().findFirst().map(Signals.Holder::reference)
                    : Optional.empty();
            case CASE -> item.caseId() == null ? Optional.empty() : cases.titleFor(item.caseId(), viewer);
            default -> Optional.of(item.title() == null ? "" : item.title());
        };
    }

    MeetingView.Item item(SchakelUser viewer, ItemRow item, List<MeetingView.Action> actions) {
        Optional<String> title = title(viewer, item);
        String partner = title.isEmpty() || item.decisionPartnerId() == null ? null
                : organisations.namesOf(java.util.Set.of(item.decisionPartnerId())).get(item.decisionPartnerId());
        return new MeetingView.Item(item.id(), item.kind(), title.isEmpty(), title.orElse(null),
                title.isEmpty() ? null : item.signalId(), title.isEmpty() ? null : item.decision(), partner, actions);
    }

    /**
     * The actions as this viewer may read them; {@code restrictedItems} are the ids of items restricted for them.
     *
     * @param on the date against which open actions count as overdue
     */
    List<MeetingView.Action> actions(SchakelUser viewer, List<ActionRow> rows, Collection<UUID> restrictedItems,
            LocalDate on) {
        Map<UUID, String> names = new HashMap<>(users.displayNames(rows.stream().map(ActionRow::ownerUserId)
                .filter(java.util.Objects::nonNull).toList()));
        Map<UUID, String> organisationNames = organisations.namesOf(rows.stream().map(ActionRow::ownerOrganisationId)
                .collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(row -> {
            boolean own = viewer.userId().equals(row.ownerUserId());
            boolean restricted = !own && row.itemId() != null && restrictedItems.contains(row.itemId());
            return view(row, restricted ? null : row.description(), ownerName(row, names, organisationNames), on);
        }).toList();
    }

    /** The ids of the items of these rows (from any meeting) that are restricted for the viewer. */
    java.util.Set<UUID> restrictedItems(SchakelUser viewer, List<ActionRow> rows) {
        java.util.Set<UUID> restricted = new java.util.HashSet<>();
        for (ActionRow row : rows) {
            if (row.itemId() != null && row.itemKind() != null && row.itemKind().isIndividual()) {
                ItemRow item = new ItemRow(row.itemId(), row.meetingId(), row.itemKind(), row.signalId(), row.caseId(),
                        null, null, null);
                if (title(viewer, item).isEmpty()) {
                    restricted.add(row.itemId());
                }
            }
        }
        return restricted;
    }

    Map<UUID, String> organisationNames(java.util.Set<UUID> ids) {
        return organisations.namesOf(ids);
    }

    Map<UUID, String> personNames(Collection<UUID> ids) {
        return users.displayNames(ids);
    }

    static MeetingView.Action view(ActionRow row, @Nullable String description, String ownerName, LocalDate on) {
        boolean done = row.doneAt() != null;
        return new MeetingView.Action(row.id(), description, ownerName, row.dueOn(), done,
                !done && row.dueOn().isBefore(on), row.heldOn(), row.meetingId());
    }

    private static String ownerName(ActionRow row, Map<UUID, String> names, Map<UUID, String> organisations) {
        String organisation = organisations.getOrDefault(row.ownerOrganisationId(), "");
        String person = row.ownerUserId() == null ? null : names.get(row.ownerUserId());
        return person == null ? organisation : person + " (" + organisation + ")";
    }
}
