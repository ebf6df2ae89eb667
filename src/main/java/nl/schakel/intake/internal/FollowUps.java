package nl.schakel.intake.internal;

import java.util.List;
import java.util.UUID;

import nl.schakel.signal.SignalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How reporters follow up their signals (receipt code or account), and their sealed identities. */
@Component
public class FollowUps {

    private final JdbcClient jdbc;
    private final ReporterIdentities identities;

    FollowUps(JdbcClient jdbc, ReporterIdentities identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /** Seals who reported under the signal's own data key (decision 0029). */
    public void sealIdentity(SignalId id, ReporterIdentity identity) {
        identities.seal(id, identity);
    }

    /** Whether the reporter's identity was kept (sealed) with the signal. */
    public boolean identitySealed(SignalId id) {
        return jdbc.sql("select exists (select 1 from reporter_identity where signal_id = ?)").param(id.value())
                .query(Boolean.class).single();
    }

    public void byReceipt(SignalId id, String normalisedCode, String slowHash) {
        jdbc.sql("insert into signal_follow_up (signal_id, receipt_selector, receipt_hash) values (?, ?, ?)")
                .params(id.value(), ReceiptCodes.selector(normalisedCode), slowHash).update();
    }

    public void byAccount(SignalId id, UUID accountId) {
        jdbc.sql("insert into signal_follow_up (signal_id, reporter_account_id) values (?, ?)")
                .params(id.value(), accountId).update();
    }

    /** The signals a logged-in professional reported themselves. */
    public List<SignalId> reportedBy(UUID accountId) {
        return jdbc.sql("select signal_id from signal_follow_up where reporter_account_id = ?").param(accountId)
                .query(UUID.class).list().stream().map(SignalId::new).toList();
    }

    /** Whether this account reported the signal, without reading what it holds. */
    public boolean isReportedBy(UUID accountId, SignalId id) {
        return jdbc.sql("select exists (select 1 from signal_follow_up where signal_id = ? and reporter_account_id = ?)")
                .params(id.value(), accountId).query(Boolean.class).single();
    }
}
