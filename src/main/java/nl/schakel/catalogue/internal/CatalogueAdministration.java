package nl.schakel.catalogue.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.catalogue.IndicatorGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on the catalogue: prepare the next version in a draft (a copy of the current one),
 * then publish it or throw it away. Published versions never change. Every change is audited.
 */
@Service
public class CatalogueAdministration {

    /** Refusal when the draft is gone, e.g. published or discarded in another window. */
    public static final String NO_DRAFT = "catalogue.draft.none";

    private static final String PURPOSE = "ADMINISTRATION";
    private static final String VERSION = "CATALOGUE_VERSION";

    private final CatalogueStore store;
    private final IndicatorCatalogues catalogues;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogueAdministration(CatalogueStore store, IndicatorCatalogues catalogues, AuditTrail audit, Clock clock) {
        this.store = store;
        this.catalogues = catalogues;
        this.audit = audit;
        this.clock = clock;
    }

    /** The draft as it stands, and what it no longer holds of the current version. */
    public record Draft(IndicatorCatalogue catalogue, List<CatalogueEntry> removed) {
    }

    public List<PublishedVersion> published() {
        return store.published();
    }

    public Optional<Integer> draftVersion() {
        return store.draftVersion();
    }

    public Optional<Draft> draft() {
        return store.draftVersion().map(draft -> new Draft(store.catalogue(draft),
                store.missing(catalogues.current().version(), draft)));
    }

    /** The groups of the draft, to choose from for an indicator; none when there is no draft. */
    public List<IndicatorGroup> draftGroups() {
        return store.draftVersion().map(draft -> store.catalogue(draft).groups()).orElse(List.of());
    }

    public CatalogueEntry draftEntry(EntryKind kind, String code) {
        int draft = store.draftVersion().orElseThrow(UnknownCatalogueEntryException::new);
        return store.entry(draft, kind, code).orElseThrow(UnknownCatalogueEntryException::new);
    }

    /** Starts the draft of the next version as a copy of the current one, or returns the draft already open. */
    @Transactional
    public int startDraft() {
        store.lockVersions();
        Optional<Integer> open = store.draftVersion();
        if (open.isPresent()) {
            return open.get();
        }
        int draft = store.createDraft(OffsetDateTime.now(clock));
        store.copyAll(catalogues.current().version(), draft);
        audit.record(AuditEvent.success("CATALOGUE_DRAFT_STARTED", VERSION, draft, PURPOSE));
        return draft;
    }

    @Transactional
    public void add(EntryKind kind, EntryForm form) {
        int draft = lockDraft();
        CatalogueEntry entry = entryOf(kind, Objects.requireNonNull(form.code()), form);
        if (store.everUsed(kind, entry.code())) {
            throw new CatalogueRefusal("catalogue.code.used", "code");
        }
        requireGroup(draft, entry);
        store.insert(draft, entry);
        audit.record(AuditEvent.success("CATALOGUE_ENTRY_ADDED", kind.objectType(), entry.code(), PURPOSE));
    }

    @Transactional
    public void change(EntryKind kind, String code, EntryForm form) {
        int draft = lockDraft();
        store.entry(draft, kind, code).orElseThrow(UnknownCatalogueEntryException::new);
        CatalogueEntry entry = entryOf(kind, code, form);
        requireGroup(draft, entry);
        store.update(draft, entry);
        audit.record(AuditEvent.success("CATALOGUE_ENTRY_CHANGED", kind.objectType(), code, PURPOSE));
    }

    /** Removes an entry from the draft; answers whether it can be restored (the current version holds it). */
    @Transactional
    public boolean remove(EntryKind kind, String code) {
        int draft = lockDraft();
        store.entry(draft, kind, code).orElseThrow(UnknownCatalogueEntryException::new);
        if (kind == EntryKind.GROUP && store.hasIndicators(draft, code)) {
            throw new CatalogueRefusal("catalogue.group.notEmpty");
        }
        store.delete(draft, kind, code);
        audit.record(AuditEvent.success("CATALOGUE_ENTRY_REMOVED", kind.objectType(), code, PURPOSE));
        return store.entry(catalogues.current().version(), kind, code).isPresent();
    }

    /** Puts an entry the draft no longer holds back as the current version has it. */
    @Transactional
    public void restore(EntryKind kind, String code) {
        int draft = lockDraft();
        int current = catalogues.current().version();
        CatalogueEntry entry = store.entry(current, kind, code).orElseThrow(UnknownCatalogueEntryException::new);
        if (store.entry(draft, kind, code).isPresent()) {
            return;
        }
        if (entry.groupCode() != null && store.entry(draft, EntryKind.GROUP, entry.groupCode()).isEmpty()) {
            throw new CatalogueRefusal("catalogue.restore.groupMissing");
        }
        store.copyOne(current, draft, kind, code);
        audit.record(AuditEvent.success("CATALOGUE_ENTRY_RESTORED", kind.objectType(), code, PURPOSE));
    }

    /** Makes the draft the current version: from now on new signals are made with it. */
    @Transactional
    public int publish() {
        int draft = lockDraft();
        IndicatorCatalogue next = store.catalogue(draft);
        IndicatorCatalogue current = catalogues.current();
        if (next.groups().isEmpty() || next.exploitationForms().isEmpty()) {
            throw new CatalogueRefusal("catalogue.publish.incomplete");
        }
        if (next.groups().stream().anyMatch(g -> g.indicators().isEmpty())) {
            throw new CatalogueRefusal("catalogue.publish.emptyGroup");
        }
        if (next.groups().equals(current.groups()) && next.exploitationForms().equals(current.exploitationForms())) {
            throw new CatalogueRefusal("catalogue.publish.unchanged");
        }
        store.publish(draft, OffsetDateTime.now(clock));
        audit.record(AuditEvent.success("CATALOGUE_PUBLISHED", VERSION, draft, PURPOSE));
        return draft;
    }

    @Transactional
    public void discard() {
        int draft = lockDraft();
        store.discard(draft);
        audit.record(AuditEvent.success("CATALOGUE_DRAFT_DISCARDED", VERSION, draft, PURPOSE));
    }

    private int lockDraft() {
        return store.lockDraft().orElseThrow(() -> new CatalogueRefusal(NO_DRAFT));
    }

    private void requireGroup(int draft, CatalogueEntry entry) {
        if (entry.groupCode() != null && store.entry(draft, EntryKind.GROUP, entry.groupCode()).isEmpty()) {
            throw new CatalogueRefusal("catalogue.group.unknown", "group");
        }
    }

    /** The entry a valid form describes; group and weight count for indicators only. */
    private static CatalogueEntry entryOf(EntryKind kind, String code, EntryForm form) {
        boolean indicator = kind == EntryKind.INDICATOR;
        return new CatalogueEntry(kind, code, indicator ? form.group() : null,
                Objects.requireNonNull(form.textNl()).strip(), Objects.requireNonNull(form.textEn()).strip(),
                indicator ? Integer.parseInt(Objects.requireNonNull(form.weight())) : 0);
    }
}
