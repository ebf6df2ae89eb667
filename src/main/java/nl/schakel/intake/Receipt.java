package nl.schakel.intake;

import nl.schakel.signal.SignalId;

/**
 * What an anonymous reporter gets after sending: the code to follow the signal up with. Shown once,
 * stored only as hashes.
 */
public record Receipt(SignalId signalId, String code) {

    @Override
    public String toString() {
        return "Receipt[" + signalId + "]";
    }
}
