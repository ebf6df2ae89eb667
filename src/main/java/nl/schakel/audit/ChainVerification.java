package nl.schakel.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain.
 *
 * @param recordsChecked how many records were read
 * @param firstBrokenSeq the sequence number of the first record that fails, or null when intact
 * @param problem what is wrong with that record, as a code ({@code CONTENT_CHANGED} or {@code LINK_BROKEN})
 */
public record ChainVerification(long recordsChecked, @Nullable Long firstBrokenSeq, @Nullable String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
