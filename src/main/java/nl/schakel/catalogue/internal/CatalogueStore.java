package nl.schakel.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's tables. The database itself refuses changes to published versions. */
@Repository
class CatalogueStore {

    private static final String COLUMNS = "kind, code, group_code, text_nl, text_en, weight";

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> currentVersion() {
        return jdbc.sql("select max(version) from catalogue_version where status = ?").param(VersionStatus.PUBLISHED.name())
                .query(Integer.class).optional();
    }

    Optional<Integer> draftVersion() {
        return jdbc.sql("select version from catalogue_version where status = ?").param(VersionStatus.DRAFT.name())
                .query(Integer.class)
                .optional();
    }

    /** The draft, locked until the transaction ends, so edits and publishing take turns. */
    Optional<Integer> lockDraft() {
        return jdbc.sql("select version from catalogue_version where status = ? for update").param(VersionStatus.DRAFT.name())
                .query(Integer.class).optional();
    }

    List<PublishedVersion> published() {
        return jdbc.sql("""
                select version, published_at from catalogue_version where status = ?
                order by version desc""")
                .param(VersionStatus.PUBLISHED.name())
                .query((rs, n) -> new PublishedVersion(rs.getInt("version"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    boolean isPublished(int version) {
        return jdbc.sql("select exists (select 1 from catalogue_version where version = ? and status = ?)")
                .params(version, VersionStatus.PUBLISHED.name()).query(Boolean.class).single();
    }

    IndicatorCatalogue catalogue(int version) {
        List<CatalogueEntry> entries = entries(version);
        List<IndicatorGroup> groups = ofKind(entries, EntryKind.GROUP).stream()
                .map(g -> new IndicatorGroup(g.code(), g.textNl(), g.textEn(), entries.stream()
                        .filter(e -> e.kind() == EntryKind.INDICATOR && g.code().equals(e.groupCode()))
                        .map(CatalogueEntry::item).toList()))
                .toList();
        List<CatalogueItem> forms = ofKind(entries, EntryKind.FORM).stream().map(CatalogueEntry::item).toList();
        return new IndicatorCatalogue(version, groups, forms);
    }

    List<CatalogueEntry> entries(int version) {
        return jdbc.sql("select " + COLUMNS + " from catalogue_entry where version = ? order by position, code")
                .param(version).query(CatalogueStore::map).list();
    }

    Optional<CatalogueEntry> entry(int version, EntryKind kind, String code) {
        return jdbc.sql("select " + COLUMNS + " from catalogue_entry where version = ? and kind = ? and code = ?")
                .params(version, kind.name(), code).query(CatalogueStore::map).optional();
    }

    /** Entries of {@code from} that {@code to} no longer holds. */
    List<CatalogueEntry> missing(int from, int to) {
        return jdbc.sql("select " + COLUMNS + """
                 from catalogue_entry f where f.version = ? and not exists (
                    select 1 from catalogue_entry t where t.version = ? and t.kind = f.kind and t.code = f.code)
                order by f.position, f.code""")
                .params(from, to).query(CatalogueStore::map).list();
    }

    /** Whether any version, published or draft, ever used this code for this kind of entry. */
    boolean everUsed(EntryKind kind, String code) {
        return jdbc.sql("select exists (select 1 from catalogue_entry where kind = ? and code = ?)")
                .params(kind.name(), code).query(Boolean.class).single();
    }

    boolean hasIndicators(int version, String groupCode) {
        return jdbc.sql("""
                select exists (select 1 from catalogue_entry where version = ? and kind = ? and group_code = ?)""")
                .params(version, EntryKind.INDICATOR.name(), groupCode).query(Boolean.class).single();
    }

    /** Adds an entry after the others of its kind. */
    void insert(int version, CatalogueEntry entry) {
        jdbc.sql("""
                insert into catalogue_entry (version, kind, code, group_code, position, text_nl, text_en, weight)
                values (:version, :kind, :code, :group, (select coalesce(max(position), 0) + 1 from catalogue_entry
                        where version = :version and kind = :kind), :nl, :en, :weight)""")
                .param("version", version).param("kind", entry.kind().name()).param("code", entry.code())
                .param("group", entry.groupCode()).param("nl", entry.textNl()).param("en", entry.textEn())
                .param("weight", entry.weight())
                .update();
    }

    /** Changes texts, weight and group; an indicator moved to another group goes to the end of it. */
    void update(int version, CatalogueEntry entry) {
        jdbc.sql("""
                update catalogue_entry e set text_nl = :nl, text_en = :en, weight = :weight, group_code = :group,
                    position = case when e.group_code is distinct from :group then (select max(position) + 1
                        from catalogue_entry where version = :version and kind = :kind) else e.position end
                where version = :version and kind = :kind and code = :code""")
                .param("version", version).param("kind", entry.kind().name()).param("code", entry.code())
                .param("group", entry.groupCode()).param("nl", entry.textNl()).param("en", entry.textEn())
                .param("weight", entry.weight())
                .update();
    }

    void delete(int version, EntryKind kind, String code) {
        jdbc.sql("delete from catalogue_entry where version = ? and kind = ? and code = ?")
                .params(version, kind.name(), code).update();
    }

    /** Copies every entry of one version into another, to start a draft from the current version. */
    void copyAll(int from, int to) {
        jdbc.sql("""
                insert into catalogue_entry (version, kind, code, group_code, position, text_nl, text_en, weight)
                select ?, kind, code, group_code, position, text_nl, text_en, weight from catalogue_entry
                where version = ?""")
                .params(to, from).update();
    }

    /** Copies one entry of one version into another, at the position it had there. */
    void copyOne(int from, int to, EntryKind kind, String code) {
        jdbc.sql("""
                insert into catalogue_entry (version, kind, code, group_code, position, text_nl, text_en, weight)
                select ?, kind, code, group_code, position, text_nl, text_en, weight from catalogue_entry
                where version = ? and kind = ? and code = ?""")
                .params(to, from, kind.name(), code).update();
    }

    /** Makes starting a draft wait for any other start, so two administrators get the same draft. */
    void lockVersions() {
        jdbc.sql("lock table catalogue_version in share row exclusive mode").update();
    }

    /** Creates the draft as the version after the newest. */
    int createDraft(OffsetDateTime now) {
        return jdbc.sql("""
                insert into catalogue_version (version, status, created_at)
                select coalesce(max(version), 0) + 1, ?, ? from catalogue_version
                returning version""")
                .params(VersionStatus.DRAFT.name(), now).query(Integer.class).single();
    }

    void publish(int draft, OffsetDateTime now) {
        jdbc.sql("update catalogue_version set status = ?, published_at = ? where version = ? and status = ?")
                .params(VersionStatus.DRAFT.moveTo(VersionStatus.PUBLISHED).name(), now, draft, VersionStatus.DRAFT.name()).update();
    }

    void discard(int draft) {
        jdbc.sql("delete from catalogue_version where version = ? and status = ?").params(draft, VersionStatus.DRAFT.name()).update();
    }

    private static List<CatalogueEntry> ofKind(List<CatalogueEntry> entries, EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    private static CatalogueEntry map(ResultSet rs, int row) throws SQLException {
        return new CatalogueEntry(EntryKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("group_code"), rs.getString("text_nl"), rs.getString("text_en"), rs.getInt("weight"));
    }
}
