package nl.schakel.signal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.signal.internal.SignalReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads for other modules. What a signal holds is given for processing (such as linking its subjects);
 * showing anything to a person stays with the facades that check and audit that person's access.
 */
@Service
public class Signals {

    private final SignalReader reader;
    private final JdbcClient jdbc;

    Signals(SignalReader reader, JdbcClient jdbc) {
        this.reader = reader;
        this.jdbc = jdbc;
    }

    /**
     * A signal's whole content for another module that shows the parts a person may see (a partner's shared
     * referral); checking that is the caller's duty. Rules take {@link #facts}, linking {@link #subjects}.
     */
    public Optional<SignalDetail> forProcessing(SignalId id) {
        return reader.byId(id);
    }

    /** The codes and flags rules reason about; no names or descriptions. */
    public Optional<SignalFacts> facts(SignalId id) {
        return reader.byId(id).map(SignalDetail::facts);
    }

    /** The subjects a signal mentions, for linking them in the subject registry. */
    public Optional<SignalSubjects> subjects(SignalId id) {
        return reader.byId(id).flatMap(signal -> regionOf(id).map(region -> SignalSubjects.of(signal, region)));
    }

    /** Where the signal is on the route; nothing of its content. */
    public Optional<SignalStatus> status(SignalId id) {
        return reader.status(id);
    }

    /** The summaries of these signals, newest first, for a list the caller has already checked the person may see. */
    public List<SignalSummary> summaries(Collection<SignalId> ids) {
        return reader.summaries(ids);
    }

    /** The organisation that received the signal; nothing of its content. */
    public Optional<UUID> receivingOrganisation(SignalId id) {
        return reader.receivingOrganisation(id);
    }

    /** The region a signal belongs to. */
    public Optional<UUID> regionOf(SignalId id) {
        return jdbc.sql("select region_id from signal where id = ?").param(id.value()).query(UUID.class).optional();
    }

    /** Whether this person may see the signal: a designated officer of the receiving organisation. */
    public boolean visibleTo(SchakelUser user, SignalId id) {
        return SignalDesk.mayHandle(user, id, reader);
    }

    /** Who holds each signal, without any of its content. */
    public List<Holder> holders(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, reference, receiving_organisation_id, received_at, reporter_key from signal "
                        + "where id in (:ids) order by received_at desc")
                .param("ids", ids)
                .query((rs, n) -> new Holder(new SignalId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        rs.getObject("receiving_organisation_id", UUID.class),
                        rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("reporter_key")))
                .list();
    }

    /**
     * A signal as a stack view may name it: its reference and date are shown only to the holding
     * organisation; others learn only that it exists and whom to contact.
     *
     * @param reporterKey an opaque key per reporter, for counting distinct reporters (never shown)
     */
    public record Holder(SignalId id, String reference, UUID receivingOrganisationId, Instant receivedAt,
            String reporterKey) {
    }
}
