package nl.schakel.intake.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.attachments.Attachments;
import nl.schakel.intake.AddressEntry;
import nl.schakel.intake.Channel;
import nl.schakel.intake.FollowUpView;
import nl.schakel.intake.OnlineEntry;
import nl.schakel.intake.OrganisationEntry;
import nl.schakel.intake.PersonEntry;
import nl.schakel.intake.PhoneEntry;
import nl.schakel.intake.ReporterType;
import nl.schakel.intake.SignalFilter;
import nl.schakel.intake.SignalId;
import nl.schakel.intake.SignalStatus;
import nl.schakel.intake.SignalSummary;
import nl.schakel.intake.SignalView;
import nl.schakel.intake.VehicleEntry;
import nl.schakel.intake.Vulnerability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads signals. Who may see which signal is decided in the SQL of each query, never afterwards. */
@Component
public class SignalReader {

    public static final String ATTACHMENT_OWNER = "SIGNAL";

    private static final String SUMMARY = """
            select s.id, s.reference, s.status, s.received_at, s.acute, s.channel, left(s.description, 140) as start,
                (select count(*) from signal_message m where m.signal_id = s.id and m.direction = 'FROM_REPORTER'
                    and m.sent_at > coalesce((select max(m2.sent_at) from signal_message m2
                        where m2.signal_id = s.id and m2.direction = 'TO_REPORTER'), s.received_at)) as unread
            from signal s""";

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
        StringBuilder sql = new StringBuilder(" where s.receiving_organisation_id = :org");
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
        return sql.toString();
    }

    /** Signals a logged-in professional reported themselves. */
    public List<SignalSummary> reportedBy(UUID accountId) {
        return jdbc.sql(SUMMARY + " join signal_follow_up f on f.signal_id = s.id where f.reporter_account_id = ?"
                        + " order by s.received_at desc")
                .param(accountId).query(SignalReader::summary).list();
    }

    /** The signal, if it was received by the given organisation. */
    public Optional<SignalView> receivedBy(UUID organisationId, SignalId id) {
        return jdbc.sql("select s.*, exists (select 1 from reporter_identity r where r.signal_id = s.id) as sealed "
                        + "from signal s where s.id = ? and s.receiving_organisation_id = ?")
                .params(id.value(), organisationId).query(this::view).optional();
    }

    public Optional<SignalView> byId(SignalId id) {
        return jdbc.sql("select s.*, false as sealed from signal s where s.id = ?").param(id.value())
                .query(this::view).optional();
    }

    /** Whether the signal was received by this organisation, without reading what it holds. */
    public boolean isReceivedBy(UUID organisationId, SignalId id) {
        return receivingOrganisation(id).filter(organisationId::equals).isPresent();
    }

    /** Whether this account reported the signal, without reading what it holds. */
    public boolean isReportedBy(UUID accountId, SignalId id) {
        return jdbc.sql("select exists (select 1 from signal_follow_up where signal_id = ? and reporter_account_id = ?)")
                .params(id.value(), accountId).query(Boolean.class).single();
    }

    /** What the reporter sees: date, status and the conversation; no subjects or attachments are read. */
    public Optional<FollowUpView> followUp(SignalId id) {
        return jdbc.sql("select received_at, status from signal where id = ?").param(id.value())
                .query((rs, n) -> new FollowUpView(id, rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        SignalStatus.valueOf(rs.getString("status")), messages(id)))
                .optional();
    }

    public Optional<UUID> receivingOrganisation(SignalId id) {
        return jdbc.sql("select receiving_organisation_id from signal where id = ?").param(id.value())
                .query(UUID.class).optional();
    }

    public Optional<SignalStatus> status(SignalId id) {
        return jdbc.sql("select status from signal where id = ?").param(id.value()).query(String.class).optional()
                .map(SignalStatus::valueOf);
    }

    public List<SignalView.Message> messages(SignalId id) {
        return jdbc.sql("select direction, body, sent_at from signal_message where signal_id = ? order by sent_at, id")
                .param(id.value())
                .query((rs, n) -> new SignalView.Message(SignalView.Direction.valueOf(rs.getString("direction")),
                        rs.getString("body"), rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private SignalView view(ResultSet rs, int row) throws SQLException {
        SignalId id = new SignalId(rs.getObject("id", UUID.class));
        return new SignalView(id, rs.getString("reference"), SignalStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), ReporterType.valueOf(rs.getString("reporter_type")),
                rs.getObject("municipality_id", UUID.class), rs.getObject("receiving_organisation_id", UUID.class),
                rs.getString("description"), rs.getString("observed_when"), rs.getString("location_address"),
                rs.getInt("catalogue_version"), codes("signal_indicator", id), rs.getString("other_indicators"),
                codes("signal_exploitation_form", id), vulnerabilities(rs.getArray("vulnerabilities")),
                rs.getBoolean("danger_to_reporter"), rs.getBoolean("danger_to_victim"), rs.getBoolean("do_not_inform"),
                rs.getBoolean("acute"), rs.getBoolean("smuggling"), rs.getBoolean("discussed_with_manager"),
                rs.getBoolean("anonymous"), rs.getBoolean("sealed"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                subjects(id, "PERSON", PersonEntry.class), subjects(id, "ADDRESS", AddressEntry.class),
                subjects(id, "ORGANISATION", OrganisationEntry.class), subjects(id, "PHONE", PhoneEntry.class),
                subjects(id, "ONLINE", OnlineEntry.class), subjects(id, "VEHICLE", VehicleEntry.class),
                attachments.list(ATTACHMENT_OWNER, id.value()), messages(id), history(id));
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

    private List<SignalView.StatusChange> history(SignalId id) {
        return jdbc.sql("select status, occurred_at, user_id from signal_event where signal_id = ? order by occurred_at, id")
                .param(id.value())
                .query((rs, n) -> new SignalView.StatusChange(SignalStatus.valueOf(rs.getString("status")),
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
                rs.getInt("unread"));
    }
}
