package nl.schakel.signal.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.attachments.Attachments;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.Channel;
import nl.schakel.signal.OnlineEntry;
import nl.schakel.signal.OrganisationEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PhoneEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalFilter;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.VehicleEntry;
import nl.schakel.signal.Vulnerability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads signals. Who may see which signal is decided in the SQL of each query, never afterwards. */
@Component
public class SignalReader {

    public static final String ATTACHMENT_OWNER = "SIGNAL";

    /** Who took a signal up: the person who moved it to IN_TRIAGE ("Oppakken", decision 0026). */
    private static final String TAKEN_UP_BY = "(select e.user_id from signal_event e where e.signal_id = s.id and "
            + "e.status = '" + SignalStatus.IN_TRIAGE.name() + "' order by e.occurred_at limit 1)";

    private static final String SUMMARY = """
            select s.id, s.reference, s.status, s.received_at, s.acute, s.channel, left(s.description, 140) as start,
                s.unread_replies as unread, %s as taken_up_by
            from signal s""".formatted(TAKEN_UP_BY);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Attachments attachments;

    SignalReader(JdbcClient jdbc, JsonMapper json, Attachments attachments) {
        this.jdbc = jdbc;
        this.json = json;
        this.attachments = attachments;
    }

    /**
     * Signals received by an organisation that match a filter: words in the reference, the description or
     * a subject; an exploitation form; acute only; still on the route or finished (closed, merged,
     * withdrawn). At most {@link SignalFilter#LIMIT} rows, acute and newest first.
     */
    public List<SignalSummary> receivedBy(UUID organisationId, SignalFilter filter, boolean finished) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organisationId, filter, finished, params);
        return jdbc.sql(SUMMARY + where + " order by s.acute desc, s.received_at desc limit " + SignalFilter.LIMIT)
                .params(params).query(SignalReader::summary).list();
    }

    /** How many signals {@link #receivedBy(UUID, SignalFilter, boolean)} would find without its limit. */
    public int countReceivedBy(UUID organisationId, SignalFilter filter, boolean finished) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organisationId, filter, finished, params);
        return jdbc.sql("select count(*) from signal s" + where).params(params).query(Integer.class).single();
    }

    private static String where(UUID organisationId, SignalFilter filter, boolean finished, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where s.receiving_organisation_id = :org and not s.awaiting_cosignature");
        params.put("org", organisationId);
        sql.append(finished ? " and s.status in (:final)" : " and s.status not in (:final)");
        params.put("final", Arrays.stream(SignalStatus.values()).filter(SignalStatus::isFinal).map(Enum::name).toList());
        if (!filter.text().isBlank()) {
            sql.append(" and (s.reference ilike :text or s.description ilike :text or exists (select 1 from "
                    + "signal_subject x where x.signal_id = s.id and x.data::text ilike :text))");
            params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.form() != null) {
            sql.append(" and exists (select 1 from signal_exploitation_form f where f.signal_id = s.id and f.code = :form)");
            params.put("form", filter.form());
        }
        if (filter.acuteOnly()) {
            sql.append(" and s.acute");
        }
        if (filter.takenUpBy() != null) {
            sql.append(" and " + TAKEN_UP_BY + " = :mine");
            params.put("mine", filter.takenUpBy());
        }
        return sql.toString();
    }

    /** The summaries of the given signals, newest first; who may see them is for the caller to check. */
    public List<SignalSummary> summaries(Collection<SignalId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where s.id in (:ids) order by s.received_at desc")
                .param("ids", ids.stream().map(SignalId::value).toList()).query(SignalReader::summary).list();
    }

    /** The signal, if it was received by the given organisation (and no longer waits for a co-signature). */
    public Optional<SignalDetail> receivedBy(UUID organisationId, SignalId id) {
        return jdbc.sql("select s.* from signal s where s.id = ? and s.receiving_organisation_id = ? "
                        + "and not s.awaiting_cosignature")
                .params(id.value(), organisationId).query(this::view).optional();
    }

    public Optional<SignalDetail> byId(SignalId id) {
        return jdbc.sql("select s.* from signal s where s.id = ?").param(id.value())
                .query(this::view).optional();
    }

    /**
     * Whether the signal was received by this organisation, without reading what it holds. A signal that waits for
     * the reporter's manager to co-sign has not reached the organisation yet (decision 0034).
     */
    public boolean isReceivedBy(UUID organisationId, SignalId id) {
        return jdbc.sql("select exists (select 1 from signal where id = ? and receiving_organisation_id = ? "
                        + "and not awaiting_cosignature)")
                .params(id.value(), organisationId).query(Boolean.class).single();
    }

    public Optional<UUID> receivingOrganisation(SignalId id) {
        return jdbc.sql("select receiving_organisation_id from signal where id = ?").param(id.value())
                .query(UUID.class).optional();
    }

    public Optional<SignalStatus> status(SignalId id) {
        return jdbc.sql("select status from signal where id = ?").param(id.value()).query(String.class).optional()
                .map(SignalStatus::valueOf);
    }

    private SignalDetail view(ResultSet rs, int row) throws SQLException {
        SignalId id = new SignalId(rs.getObject("id", UUID.class));
        return new SignalDetail(id, rs.getString("reference"), SignalStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), ReporterType.valueOf(rs.getString("reporter_type")),
                rs.getObject("municipality_id", UUID.class), rs.getObject("receiving_organisation_id", UUID.class),
                rs.getString("description"), rs.getString("observed_when"), rs.getString("location_address"),
                rs.getInt("catalogue_version"), codes("signal_indicator", id), rs.getString("other_indicators"),
                codes("signal_exploitation_form", id), vulnerabilities(rs.getArray("vulnerabilities")),
                rs.getBoolean("danger_to_reporter"), rs.getBoolean("danger_to_victim"), rs.getBoolean("do_not_inform"),
                rs.getBoolean("acute"), rs.getBoolean("smuggling"), rs.getBoolean("discussed_with_manager"),
                rs.getBoolean("anonymous"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                subjects(id, "PERSON", PersonEntry.class), subjects(id, "ADDRESS", AddressEntry.class),
                subjects(id, "ORGANISATION", OrganisationEntry.class), subjects(id, "PHONE", PhoneEntry.class),
                subjects(id, "ONLINE", OnlineEntry.class), subjects(id, "VEHICLE", VehicleEntry.class),
                attachments.list(ATTACHMENT_OWNER, id.value()), history(id));
    }

    private Set<String> codes(String table, SignalId id) {
        return new LinkedHashSet<>(jdbc.sql("select code from " + table + " where signal_id = ? order by code")
                .param(id.value()).query(String.class).list());
    }

    private <T> List<T> subjects(SignalId id, String kind, Class<T> type) {
        return jdbc.sql("select data::text from signal_subject where signal_id = ? and kind = ? order by position")
                .params(id.value(), kind).query(String.class).list().stream()
                .map(data -> json.readValue(data, type)).toList();
    }

    private List<SignalDetail.StatusChange> history(SignalId id) {
        return jdbc.sql("select status, occurred_at, user_id from signal_event where signal_id = ? order by occurred_at, id")
                .param(id.value())
                .query((rs, n) -> new SignalDetail.StatusChange(SignalStatus.valueOf(rs.getString("status")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("user_id", UUID.class)))
                .list();
    }

    private static Set<Vulnerability> vulnerabilities(Array array) throws SQLException {
        Set<Vulnerability> flags = EnumSet.noneOf(Vulnerability.class);
        for (Object value : (Object[]) array.getArray()) {
            flags.add(Vulnerability.valueOf(value.toString()));
        }
        return flags;
    }

    private static SignalSummary summary(ResultSet rs, int row) throws SQLException {
        return new SignalSummary(new SignalId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                SignalStatus.valueOf(rs.getString("status")), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("acute"), Channel.valueOf(rs.getString("channel")), rs.getString("start"),
                rs.getInt("unread"), rs.getObject("taken_up_by", UUID.class));
    }
}
