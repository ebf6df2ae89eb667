package nl.schakel.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTests {

    private final AuditRecord record = new AuditRecord(7, Instant.parse("2026-11-22T10:15:30.123456Z"),
            UUID.randomUUID(), UUID.randomUUID(), "ADMIN", "USER_CREATED", "USER", "42", "ADMINISTRATION", "SUCCESS",
            "c0ffee", ChainHash.GENESIS, "");

    @Test
    void theSameContentGivesTheSameHash() {
        assertThat(record.expectedHash()).hasSize(64).isEqualTo(copy(record.outcome(), record.previousHash()).expectedHash());
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        assertThat(copy("DENIED", record.previousHash()).expectedHash()).isNotEqualTo(record.expectedHash());
    }

    @Test
    void theHashDependsOnThePreviousRecord() {
        assertThat(copy(record.outcome(), "1".repeat(64)).expectedHash()).isNotEqualTo(record.expectedHash());
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        AuditRecord shifted = new AuditRecord(7, record.occurredAt(), record.userId(), record.organisationId(),
                "ADMINUSER_CREATED", "", "USER", "42", "ADMINISTRATION", "SUCCESS", "c0ffee", ChainHash.GENESIS, "");
        assertThat(shifted.expectedHash()).isNotEqualTo(record.expectedHash());
    }

    private AuditRecord copy(String outcome, String previous) {
        return new AuditRecord(record.seq(), record.occurredAt(), record.userId(), record.organisationId(),
                record.role(), record.action(), record.objectType(), record.objectId(), record.purpose(), outcome,
                record.correlationId(), previous, "");
    }
}
