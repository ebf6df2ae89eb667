package nl.schakel.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The append-only file outside the database to which the chains' heads are anchored, one line per chain and
 * anchor, each signed with an HMAC under the audit key:
 * {@code anchor v=1 at=2026-11-29T16:40:00Z trail=<uuid> chain=3 seq=1234 hash=<64 hex> mac=<64 hex>}.
 * Operators may ship the lines elsewhere as they are written (docs/operations.md).
 */
@Component
class AnchorFile {

    private static final Pattern LINE = Pattern.compile(
            "anchor v=1 at=(\\S+) trail=([0-9a-f-]{36}) chain=(\\d+) seq=(\\d+) hash=([0-9a-f]{64}) mac=([0-9a-f]{64})");

    /** One anchored chain head. */
    record Anchor(Instant at, UUID trail, int chain, long seq, String hash) {
    }

    /** An anchor line of this trail whose signature fails: it was forged or changed. */
    static final class InvalidAnchorException extends RuntimeException {

        private final long seq;

        InvalidAnchorException(long seq) {
            super("anchor signature does not match");
            this.seq = seq;
        }

        long seq() {
            return seq;
        }
    }

    private final Path file;
    private final AuditKey key;

    AnchorFile(AuditProperties properties, AuditKey key) {
        this.file = properties.anchorFile();
        this.key = key;
    }

    /** Appends one signed line per head and forces them to disk. */
    synchronized void append(Instant at, UUID trail, Map<Integer, Head> heads) {
        if (heads.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        heads.forEach((chain, head) -> {
            Anchor anchor = new Anchor(at, trail, chain, head.seq(), head.hash());
            lines.append("anchor v=1 at=").append(at).append(" trail=").append(trail).append(" chain=").append(chain)
                    .append(" seq=").append(head.seq()).append(" hash=").append(head.hash()).append(" mac=")
                    .append(key.mac(content(anchor))).append('\n');
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file) && !endsWithNewline(file)) {
                // A line cut off by a crash stays on its own, unparsed; the next ones stay whole.
                lines.insert(0, '\n');
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This trail's anchors, oldest first. Lines of other trails are skipped, and so are lines that are not
     * anchors at all (such as one cut off by a crash).
     *
     * @throws InvalidAnchorException for the first line of this trail whose signature fails
     */
    List<Anchor> read(UUID trail) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Anchor> anchors = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = LINE.matcher(line.strip());
                if (!m.matches() || !m.group(2).equals(trail.toString())) {
                    continue;
                }
                Anchor anchor = new Anchor(Instant.parse(m.group(1)), trail, Integer.parseInt(m.group(3)),
                        Long.parseLong(m.group(4)), m.group(5));
                if (!MessageDigest.isEqual(key.mac(content(anchor)).getBytes(StandardCharsets.US_ASCII),
                        m.group(6).getBytes(StandardCharsets.US_ASCII))) {
                    throw new InvalidAnchorException(anchor.seq());
                }
                anchors.add(anchor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new InvalidAnchorException(0);
        }
        return anchors;
    }

    private static String content(Anchor a) {
        return ChainHash.join(Stream.of("audit-anchor-v1", a.at(), a.trail(), a.chain(), a.seq(), a.hash()));
    }

    private static boolean endsWithNewline(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, channel.size() - 1);
            return last.get(0) == '\n';
        }
    }

    /** A chain's newest record. */
    record Head(long seq, String hash) {
    }
}
