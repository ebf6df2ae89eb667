package nl.schakel.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The append-only file outside the database that lists every owner whose data key was destroyed, one line each:
 * {@code destroyed v=1 owner=<uuid>}, forced to disk before the key is cleared in the database. It holds ids only.
 * A line cut off by a crash is ignored; every next line starts on a line of its own.
 */
@Component
class DestroyedKeysJournal {

    private static final Pattern LINE = Pattern.compile("destroyed v=1 owner=([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})");

    private final Path file;

    DestroyedKeysJournal(DestroyedKeysProperties properties) {
        this.file = properties.journal().toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /** Appends one line per owner and forces them to disk. */
    synchronized void append(Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        owners.forEach(owner -> lines.append("destroyed v=1 owner=").append(owner).append('\n'));
        try {
            Path directory = file.getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            if (cutOff()) {
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

    /** Every owner listed, in the order of the file; lines that are not entries are skipped. */
    synchronized Set<UUID> owners() {
        Set<UUID> owners = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return owners;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            lines.forEach(line -> {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    owners.add(UUID.fromString(m.group(1)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    /** Whether the file's last line was cut off (by a crash during an append). */
    private boolean cutOff() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            return channel.size() > 0 && channel.read(last, channel.size() - 1) == 1 && last.get(0) != '\n';
        }
    }
}
