package nl.schakel.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.intake.CosignState;
import nl.schakel.intake.Cosignature;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The co-signing tables (decision 0034). Every read is scoped in SQL: a manager's by their organisation, a
 * reporter's by their account; a move is a conditional update, so of two clicks only the first counts.
 */
@Component
public class CosignStore {

    private static final String COLUMNS = "signal_id, organisation_id, reporter_account_id, state, question, answer, "
            + "requested_at";

    private final JdbcClient jdbc;

    CosignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean required(UUID organisationId) {
        return jdbc.sql("select required from intake_cosign_setting where organisation_id = ?").param(organisationId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The organisations that ask for co-signing; all others do not. */
    public List<UUID> requiring() {
        return jdbc.sql("select organisation_id from intake_cosign_setting where required").query(UUID.class).list();
    }

    public void setRequired(UUID organisationId, boolean required, @Nullable UUID by, OffsetDateTime at) {
        jdbc.sql("""
                insert into intake_cosign_setting (organisation_id, required, changed_by, changed_at)
                values (?, ?, ?, ?) on conflict (organisation_id)
                do update set required = excluded.required, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at""")
                .params(organisationId, required, by, at).update();
    }

    public void open(SignalId id, UUID organisationId, UUID reporterAccountId, OffsetDateTime at) {
        jdbc.sql("""
                insert into intake_cosignature (signal_id, organisation_id, reporter_account_id, state, requested_at,
                    updated_at) values (?, ?, ?, ?, ?, ?)""")
                .params(id.value(), organisationId, reporterAccountId, CosignState.WAITING.name(), at, at).update();
    }

    /** The organisation's signals still on step 1 (waiting or sent back), oldest first. */
    public List<Cosignature> openIn(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from intake_cosignature where organisation_id = ? and state in (?, ?) "
                        + "order by requested_at")
                .params(organisationId, CosignState.WAITING.name(), CosignState.RETURNED.name())
                .query(CosignStore::row).list();
    }

    public Optional<Cosignature> inOrganisation(UUID organisationId, SignalId id) {
        return jdbc.sql("select " + COLUMNS + " from intake_cosignature where signal_id = ? and organisation_id = ?")
                .params(id.value(), organisationId).query(CosignStore::row).optional();
    }

    public Optional<Cosignature> ofReporter(UUID reporterAccountId, SignalId id) {
        return jdbc.sql("select " + COLUMNS + " from intake_cosignature where signal_id = ? and reporter_account_id = ?")
                .params(id.value(), reporterAccountId).query(CosignStore::row).optional();
    }

    /** Where each of this reporter's signals stands on step 1, for those that went through it. */
    public Map<SignalId, CosignState> statesOfReporter(UUID reporterAccountId) {
        return jdbc.sql("select signal_id, state from intake_cosignature where reporter_account_id = ?")
                .param(reporterAccountId)
                .query((rs, n) -> Map.entry(new SignalId(rs.getObject("signal_id", UUID.class)),
                        CosignState.valueOf(rs.getString("state"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Moves the signal if it is still where the caller saw it.
     *
     * @return false when someone moved it in the meantime
     */
    public boolean move(SignalId id, CosignState from, CosignState to, @Nullable UUID by, OffsetDateTime at) {
        return jdbc.sql("""
                update intake_cosignature set state = ?, decided_by = coalesce(?, decided_by), updated_at = ?
                where signal_id = ? and state = ?""")
                .params(to.name(), by, at, id.value(), from.name()).update() == 1;
    }

    /** The manager's question; an earlier answer no longer applies. */
    public void ask(SignalId id, String question) {
        jdbc.sql("update intake_cosignature set question = ?, answer = null where signal_id = ?")
                .params(question, id.value()).update();
    }

    public void answer(SignalId id, String answer) {
        jdbc.sql("update intake_cosignature set answer = ? where signal_id = ?").params(answer, id.value()).update();
    }

    private static Cosignature row(ResultSet rs, int n) throws SQLException {
        return new Cosignature(new SignalId(rs.getObject("signal_id", UUID.class)),
                rs.getObject("organisation_id", UUID.class), rs.getObject("reporter_account_id", UUID.class),
                CosignState.valueOf(rs.getString("state")), rs.getString("question"), rs.getString("answer"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant());
    }
}
