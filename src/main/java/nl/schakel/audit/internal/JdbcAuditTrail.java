package nl.schakel.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.ChainVerification;
import nl.schakel.audit.CorrelationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit records to PostgreSQL. Each record is written in its own short transaction, so that an attempt
 * is recorded even when the caller's work rolls back, and reads in read-only transactions can be audited too.
 * <p>
 * Records are spread over {@code schakel.audit.chains} chains: an append takes the first free chain's advisory
 * lock, so concurrent appends do not queue behind one lock, while each chain stays a
 * single line. The database assigns {@code seq} (drawn under the chain's lock, so a chain's numbers rise along
 * it); the hash is an HMAC under {@link AuditKey}, which the database does not hold. {@link #anchor()} writes
 * the chains' heads to the {@link AnchorFile}; {@link #verify()} checks the chains against it.
 * <p>
 * It stays one class of about 320 lines on purpose: appending, anchoring and verifying share one chain format
 * (lock class, hash input, what an anchored head is), and splitting them would spread that format over classes
 * that must change together.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** The advisory lock class of the chains; the second key is the chain number. */
    private static final int CHAIN_LOCK_CLASS = 0x5343_4841;

    private static final int VERIFY_BATCH = 1000;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final AuditKey key;
    private final AnchorFile anchors;
    private final int chains;
    private final Map<Repeated, Count> repeated = new ConcurrentHashMap<>();
    private final Map<Integer, Long> lastAnchored = new ConcurrentHashMap<>();
    private volatile @Nullable UUID trail;

    JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, AuditKey key,
            AnchorFile anchors, AuditProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.key = key;
        this.anchors = anchors;
        this.chains = properties.chains();
    }

    @Override
    public void record(AuditEvent event) {
        record(event, currentActor());
    }

    @Override
    public void record(AuditEvent event, Optional<AuditActor> actor) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        ownTransaction.executeWithoutResult(status -> append(event, actor.map(Actor::of).orElse(Actor.NOBODY), now,
                CorrelationId.current().orElse(null), null, null));
    }

    @Override
    public void recordRepeated(AuditEvent event, String reason, Optional<AuditActor> actor) {
        if (!CODE.matcher(reason).matches()) {
            throw new IllegalArgumentException("reason must be an upper-case code");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        repeated.merge(new Repeated(event, reason, actor.map(Actor::of).orElse(Actor.NOBODY)), new Count(now, 1),
                (old, one) -> new Count(old.first(), old.count() + 1));
    }

    @Override
    public void flushRepeated() {
        for (Repeated key : List.copyOf(repeated.keySet())) {
            Count count = repeated.remove(key);
            if (count != null) {
                ownTransaction.executeWithoutResult(status -> append(key.event(), key.actor(), count.first(), null,
                        key.reason(), (int) Math.min(Integer.MAX_VALUE, count.count())));
            }
        }
    }

    private void append(AuditEvent event, Actor actor, Instant at, @Nullable String correlationId,
            @Nullable String reason, @Nullable Integer repeatCount) {
        int chain = lockAChain();
        long seq = jdbc.sql("select nextval('audit_record_seq')").query(Long.class).single();
        // Only numbers below our own: a row someone forged with a number beyond the sequence is never chained onto.
        String previousHash = jdbc.sql("select hash from audit_record where chain = ? and seq < ? order by seq desc limit 1")
                .params(chain, seq).query(String.class).optional().orElse(ChainHash.GENESIS);
        AuditRecord record = new AuditRecord(seq, at, actor.userId(), actor.organisationId(), actor.role(),
                event.action(), event.objectType(), event.objectId(), event.purpose(), event.outcome().name(),
                correlationId, previousHash, "", ChainHash.KEYED, chain, reason, repeatCount);
        record = record.withHash(keyedHash(record));
        jdbc.sql("""
                insert into audit_record (seq, occurred_at, user_id, organisation_id, role, action, object_type,
                    object_id, purpose, outcome, correlation_id, previous_hash, hash, hash_version, chain, reason,
                    repeat_count)
                values (:seq, :occurredAt, :userId, :organisationId, :role, :action, :objectType,
                    :objectId, :purpose, :outcome, :correlationId, :previousHash, :hash, :hashVersion, :chain, :reason,
                    :repeatCount)
                """)
                .param("seq", record.seq())
                .param("occurredAt", record.occurredAt().atOffset(ZoneOffset.UTC))
                .param("userId", record.userId())
                .param("organisationId", record.organisationId())
                .param("role", record.role())
                .param("action", record.action())
                .param("objectType", record.objectType())
                .param("objectId", record.objectId())
                .param("purpose", record.purpose())
                .param("outcome", record.outcome())
                .param("correlationId", record.correlationId())
                .param("previousHash", record.previousHash())
                .param("hash", record.hash())
                .param("hashVersion", record.hashVersion())
                .param("chain", record.chain())
                .param("reason", record.reason())
                .param("repeatCount", record.repeatCount())
                .update();
    }

    /**
     * Takes the lock of the first free chain, trying 0, 1, 2, ... in one statement; when all are taken, waits for
     * a random one. Without contention every record goes to chain 0, so the trail stays one line; under load,
     * appends spill over into the next chains instead of queueing.
     */
    private int lockAChain() {
        if (chains > 1) {
            Optional<Integer> free = jdbc.sql("""
                    select c from generate_series(0, :last) c where pg_try_advisory_xact_lock(:lockClass, c) limit 1""")
                    .param("last", chains - 1).param("lockClass", CHAIN_LOCK_CLASS)
                    .query(Integer.class).optional();
            if (free.isPresent()) {
                return free.get();
            }
        }
        int chain = chains == 1 ? 0 : ThreadLocalRandom.current().nextInt(chains);
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CHAIN_LOCK_CLASS, chain).query().singleValue();
        return chain;
    }

    private String keyedHash(AuditRecord record) {
        return key.mac(ChainHash.keyedContent(trail(), record));
    }

    /** Anchors the head of every chain that changed since this instance last anchored it. */
    void anchor() {
        Map<Integer, AnchorFile.Head> heads = new TreeMap<>();
        // One index probe per chain (also chains left from a larger setting), never a scan of the whole trail.
        int highest = Math.max(chains - 1, jdbc.sql("select coalesce(max(chain), 0) from audit_record")
                .query(Integer.class).single());
        for (int chain = 0; chain <= highest; chain++) {
            int c = chain;
            jdbc.sql("select seq, hash from audit_record where chain = ? order by seq desc limit 1").param(c)
                    .query((rs, n) -> new AnchorFile.Head(rs.getLong("seq"), rs.getString("hash"))).optional()
                    .ifPresent(head -> heads.put(c, head));
        }
        heads.entrySet().removeIf(e -> Objects.equals(lastAnchored.get(e.getKey()), e.getValue().seq()));
        anchors.append(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), trail(), heads);
        heads.forEach((chain, head) -> lastAnchored.put(chain, head.seq()));
    }

    @Override
    public ChainVerification verify() {
        List<AnchorFile.Anchor> anchorList;
        try {
            anchorList = anchors.read(trail());
        } catch (AnchorFile.InvalidAnchorException e) {
            return new ChainVerification(0, e.seq(), "ANCHOR_INVALID", 0);
        }
        // The first anchor seals the unkeyed records of the previous release; after it, every record is keyed.
        long unkeyedUpTo = anchorList.stream().mapToLong(AnchorFile.Anchor::seq).min().orElse(Long.MAX_VALUE);
        Map<Integer, TreeMap<Long, String>> anchoredByChain = new HashMap<>();
        for (AnchorFile.Anchor a : anchorList) {
            anchoredByChain.computeIfAbsent(a.chain(), c -> new TreeMap<>()).merge(a.seq(), a.hash(),
                    (first, second) -> first.equals(second) ? first : "conflicting anchors");
        }
        TreeSet<Integer> chainNumbers = new TreeSet<>(
                jdbc.sql("select distinct chain from audit_record").query(Integer.class).list());
        chainNumbers.addAll(anchoredByChain.keySet());
        long checked = 0;
        List<Problem> problems = new ArrayList<>();
        for (int chain : chainNumbers) {
            ChainWalk walk = walk(chain, anchoredByChain.getOrDefault(chain, new TreeMap<>()), unkeyedUpTo);
            checked += walk.checked();
            if (walk.problem() != null) {
                problems.add(walk.problem());
            }
        }
        long total = checked;
        return problems.stream().min(Comparator.comparingLong(Problem::seq))
                .map(p -> new ChainVerification(total, p.seq(), p.code(), anchorList.size()))
                .orElseGet(() -> new ChainVerification(total, null, null, anchorList.size()));
    }

    private ChainWalk walk(int chain, TreeMap<Long, String> anchored, long unkeyedUpTo) {
        Iterator<Map.Entry<Long, String>> pendingAnchors = anchored.entrySet().iterator();
        Map.Entry<Long, String> nextAnchor = pendingAnchors.hasNext() ? pendingAnchors.next() : null;
        String expectedPrevious = ChainHash.GENESIS;
        boolean keyedSeen = false;
        long lastSeq = 0;
        long checked = 0;
        List<AuditRecord> batch;
        do {
            batch = AuditRecords.after(jdbc, chain, lastSeq, VERIFY_BATCH);
            for (AuditRecord record : batch) {
                if (nextAnchor != null && nextAnchor.getKey() < record.seq()) {
                    return new ChainWalk(checked, new Problem(firstMissing(lastSeq, nextAnchor.getKey()), "RECORDS_MISSING"));
                }
                checked++;
                if (!record.previousHash().equals(expectedPrevious)) {
                    return new ChainWalk(checked, new Problem(record.seq(), "LINK_BROKEN"));
                }
                if (record.hashVersion() == ChainHash.KEYED) {
                    keyedSeen = true;
                    if (!java.security.MessageDigest.isEqual(keyedHash(record).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                            record.hash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                        return new ChainWalk(checked, new Problem(record.seq(), "CONTENT_CHANGED"));
                    }
                } else if (keyedSeen || chain != 0 || record.seq() > unkeyedUpTo) {
                    return new ChainWalk(checked, new Problem(record.seq(), "UNKEYED"));
                } else if (!record.expectedHash().equals(record.hash())) {
                    return new ChainWalk(checked, new Problem(record.seq(), "CONTENT_CHANGED"));
                }
                if (nextAnchor != null && nextAnchor.getKey() == record.seq()) {
                    if (!nextAnchor.getValue().equals(record.hash())) {
                        return new ChainWalk(checked, new Problem(record.seq(), "ANCHOR_MISMATCH"));
                    }
                    nextAnchor = pendingAnchors.hasNext() ? pendingAnchors.next() : null;
                }
                expectedPrevious = record.hash();
                lastSeq = record.seq();
            }
        } while (batch.size() == VERIFY_BATCH);
        if (nextAnchor != null) {
            return new ChainWalk(checked, new Problem(firstMissing(lastSeq, nextAnchor.getKey()), "RECORDS_MISSING"));
        }
        return new ChainWalk(checked, null);
    }

    /**
     * The first number after {@code after} up to the anchored one that no record carries: the first record
     * missing. (A number can also be missing because its append was rolled back; the anchored number is named
     * when every number in between is present, in other chains.)
     */
    private long firstMissing(long after, long anchoredSeq) {
        return jdbc.sql("""
                select min(g) from generate_series(?::bigint, ?::bigint) g
                where not exists (select 1 from audit_record where seq = g)""")
                .params(after + 1, anchoredSeq).query(Long.class).optional().orElse(anchoredSeq);
    }

    UUID trail() {
        UUID current = trail;
        if (current == null) {
            current = jdbc.sql("select id from audit_trail").query(UUID.class).single();
            trail = current;
        }
        return current;
    }

    private static Optional<AuditActor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor's fields as recorded. */
    private record Actor(@Nullable UUID userId, @Nullable UUID organisationId, @Nullable String role) {

        static final Actor NOBODY = new Actor(null, null, null);

        static Actor of(AuditActor actor) {
            return new Actor(actor.userId(), actor.organisationId(), actor.roleCode());
        }
    }

    /** What repeated events are counted by. */
    private record Repeated(AuditEvent event, String reason, Actor actor) {
    }

    private record Count(Instant first, long count) {
    }

    private record Problem(long seq, String code) {
    }

    private record ChainWalk(long checked, @Nullable Problem problem) {
    }
}
