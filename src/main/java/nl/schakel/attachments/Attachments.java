package nl.schakel.attachments;

import java.util.List;
import java.util.UUID;

/**
 * Stores and reads attachments of an owner (e.g. owner type {@code SIGNAL} and the signal's id).
 * Deciding who may read is the caller's job, and so is auditing; this module only guarantees that
 * what it stores is an image or PDF by content, without metadata, sealed, and readable only through
 * the owner it was stored for.
 */
public interface Attachments {

    int MAX_FILES = 5;
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Checks, cleans, seals and stores all files, or none of them. Empty files are ignored. Joins the
     * caller's transaction, if any, so a signal and its files can be stored together.
     *
     * @param ownerType an upper-case code such as {@code SIGNAL}
     * @return the stored files in the order given
     * @throws AttachmentRejectedException when any file is refused; then nothing is stored
     */
    List<AttachmentInfo> store(String ownerType, UUID ownerId, List<Upload> uploads);

    /** The owner's files in the order they were stored; after the owner's key was destroyed, marked destroyed. */
    List<AttachmentInfo> list(String ownerType, UUID ownerId);

    /**
     * @throws java.util.NoSuchElementException when there is no such attachment for this owner
     * @throws AttachmentDestroyedException when the owner's data key was destroyed
     */
    AttachmentContent read(AttachmentId id, String ownerType, UUID ownerId);

    /** Removes all attachments of an owner, e.g. when a signal is deleted after its retention period. */
    int deleteAll(String ownerType, UUID ownerId);
}
