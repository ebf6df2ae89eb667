package nl.schakel.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chains against each other's links, the key and the anchors.
 *
 * @param recordsChecked how many records were read
 * @param firstBrokenSeq the sequence number of the first record that fails, or null when intact
 * @param problem what is wrong with that record, as a code: {@code CONTENT_CHANGED} (its keyed hash does not
 *        match), {@code LINK_BROKEN} (the record before it in its chain is missing or changed), {@code UNKEYED}
 *        (an unkeyed hash where a keyed one is required), {@code RECORDS_MISSING} (an anchor names a record that
 *        is gone: the trail was shortened; the number is the first missing one), {@code ANCHOR_MISMATCH} (the
 *        record differs from what its anchor recorded) or {@code ANCHOR_INVALID} (an anchor's signature fails)
 * @param anchorsChecked how many anchors of this trail were checked
 */
public record ChainVerification(long recordsChecked, @Nullable Long firstBrokenSeq, @Nullable String problem,
        long anchorsChecked) {

    public ChainVerification(long recordsChecked, @Nullable Long firstBrokenSeq, @Nullable String problem) {
        this(recordsChecked, firstBrokenSeq, problem, 0);
    }

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
