package nl.schakel.handling.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.schakel.routing.SharedPart;
import nl.schakel.routing.SharedPartSource;
import nl.schakel.routing.SharedReferral;
import nl.schakel.signal.SignalId;
import org.springframework.stereotype.Component;

/**
 * The officer's weighing and enrichment as a referral may share them, when the officer ticks them (routing's port
 * {@link SharedPartSource}, decision 0035). Codes only for levels and sources; the partner's page puts them in words.
 */
final class SharedHandlingParts {

    private SharedHandlingParts() {
    }

    /** The classification that counts (the last confirmed one) and its reasoning; nothing before a weighing. */
    @Component
    static class Weighing implements SharedPartSource {

        private final HandlingRecords records;

        Weighing(HandlingRecords records) {
            this.records = records;
        }

        @Override
        public SharedPart part() {
            return SharedPart.WEIGHING;
        }

        @Override
        public List<SharedReferral.Entry> entries(SignalId signal) {
            return records.classifications(signal).stream().filter(c -> c.state().counts())
                    .max(Comparator.comparing(c -> c.confirmedAt() != null ? c.confirmedAt() : c.decidedAt())).stream()
                    .map(c -> new SharedReferral.Entry(c.level().name(), c.reason(), null,
                            (c.confirmedAt() == null ? c.decidedAt() : c.confirmedAt()).toInstant()))
                    .toList();
        }
    }

    /** Every check in the municipality's own records, with what was found (detail null: nothing found, empty: found, not described). */
    @Component
    static class Enrichment implements SharedPartSource {

        private final HandlingRecords records;

        Enrichment(HandlingRecords records) {
            this.records = records;
        }

        @Override
        public SharedPart part() {
            return SharedPart.ENRICHMENT;
        }

        @Override
        public List<SharedReferral.Entry> entries(SignalId signal) {
            return records.enrichments(signal).stream()
                    .map(e -> new SharedReferral.Entry(e.source().name(), e.checked(), e.found() ? Objects.requireNonNullElse(e.finding(), "") : null,
                            e.at().toInstant()))
                    .toList();
        }
    }
}
