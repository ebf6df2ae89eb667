package nl.schakel.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.directory.internal.DirectoryStore;
import nl.schakel.directory.internal.DirectoryStore.StoredEntry;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and keeps the partner directory of a region. A card counts as verified for six months after an
 * administrator confirmed it; the clock decides, so a test moves time instead of waiting.
 */
@Service
public class Directory {

    /** How long a confirmation holds. */
    public static final int VERIFIED_MONTHS = 6;

    private static final String PURPOSE = "DIRECTORY";

    private final DirectoryStore store;
    private final Organisations organisations;
    private final IndicatorCatalogues catalogues;
    private final AuditTrail audit;
    private final Clock clock;

    Directory(DirectoryStore store, Organisations organisations, IndicatorCatalogues catalogues, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.catalogues = catalogues;
        this.audit = audit;
        this.clock = clock;
    }

    /** The card of one organisation of the region, if it has an entry. */
    public Optional<DirectoryCard> card(RegionId region, OrganisationId organisation) {
        return store.find(region.value(), organisation.value()).flatMap(this::card);
    }

    /** Every card of the region, by organisation name. */
    public List<DirectoryCard> cards(RegionId region) {
        return store.inRegion(region.value()).stream().map(this::card).flatMap(Optional::stream)
                .sorted(Comparator.comparing(c -> c.organisation().name())).toList();
    }

    /** What the public page shows: organisations that take reports from the public, never a person's name. */
    public List<PublicEntry> publicEntries(RegionId region) {
        return cards(region).stream().filter(c -> c.entry().publicAdvice() != null)
                .map(c -> new PublicEntry(c.organisation().name(), c.entry().publicAdvice(), c.entry().phone(),
                        c.entry().phone24h(), c.entry().officeHours()))
                .toList();
    }

    /** Form of exploitation x phase, for the forms of the catalogue in force. */
    public WhoDoesWhat whoDoesWhat(RegionId region) {
        List<CatalogueItem> forms = catalogues.current().exploitationForms();
        Map<String, Map<Phase, List<String>>> cells = new LinkedHashMap<>();
        for (DirectoryCard card : cards(region)) {
            for (Task task : card.entry().work()) {
                cells.computeIfAbsent(task.exploitationForm(), f -> new EnumMap<>(Phase.class))
                        .computeIfAbsent(task.phase(), p -> new ArrayList<>())
                        .add(card.organisation().name());
            }
        }
        return new WhoDoesWhat(forms, cells);
    }

    /** The forms of exploitation of the catalogue in force by code, to show a task in words. */
    public Map<String, CatalogueItem> exploitationForms() {
        Map<String, CatalogueItem> forms = new LinkedHashMap<>();
        catalogues.current().exploitationForms().forEach(f -> forms.put(f.code(), f));
        return forms;
    }

    /** Writes an organisation's entry (demo data, administration); audited. */
    @Transactional
    public void save(RegionId region, OrganisationId organisation, DirectoryEntry entry) {
        store.save(region.value(), organisation.value(), entry, clock.instant());
        audit.record(AuditEvent.success("DIRECTORY_ENTRY_SAVED", "ORGANISATION", organisation, PURPOSE));
    }

    /**
     * An administrator of the region edits the entry's details on screen; contacts, covenants and tasks stay, and so
     * does the verification (confirming is a separate step). Audited.
     *
     * @throws DirectoryEntryNotFoundException when the region holds no entry for the organisation
     */
    @Transactional
    public void edit(RegionId region, OrganisationId organisation, EntryDetails details) {
        StoredEntry stored = store.find(region.value(), organisation.value())
                .orElseThrow(DirectoryEntryNotFoundException::new);
        store.save(region.value(), organisation.value(), details.applyTo(stored.entry()), clock.instant());
        audit.record(AuditEvent.success("DIRECTORY_ENTRY_EDITED", "ORGANISATION", organisation, PURPOSE));
    }

    /**
     * An administrator of the region confirms that the entry is right; it counts as verified for six months.
     *
     * @throws DirectoryEntryNotFoundException when the region holds no entry for the organisation
     */
    @Transactional
    public void confirm(RegionId region, OrganisationId organisation, UUID administrator) {
        if (!store.confirm(region.value(), organisation.value(), administrator, clock.instant())) {
            throw new DirectoryEntryNotFoundException();
        }
        audit.record(AuditEvent.success("DIRECTORY_ENTRY_CONFIRMED", "ORGANISATION", organisation, PURPOSE));
    }

    private Optional<DirectoryCard> card(StoredEntry stored) {
        Optional<Organisation> organisation = organisations.find(new OrganisationId(stored.organisationId()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return organisation.filter(Organisation::active).map(o -> new DirectoryCard(o, stored.entry(),
                stored.entry().contacts().stream().filter(c -> c.validOn(today)).toList(), stored.verifiedAt(),
                isVerified(stored.verifiedAt(), now)));
    }

    static boolean isVerified(@Nullable Instant verifiedAt, Instant now) {
        return verifiedAt != null
                && verifiedAt.atOffset(ZoneOffset.UTC).plusMonths(VERIFIED_MONTHS).toInstant().isAfter(now);
    }
}
