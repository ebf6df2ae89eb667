package nl.schakel.handling;

import java.util.List;
import java.util.Optional;

import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.signal.SignalId;
import org.springframework.stereotype.Service;

/** The level that counts for a signal (the latest confirmed decision), for modules that keep figures. */
@Service
public class ClassificationLevels {

    private final HandlingRecords records;

    ClassificationLevels(HandlingRecords records) {
        this.records = records;
    }

    public Optional<ClassificationLevel> current(SignalId id) {
        return Optional.ofNullable(records.currentLevels(List.of(id.value())).get(id.value()));
    }
}
