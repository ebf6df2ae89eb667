package nl.schakel.directory;

/** A covenant the partner takes part in, with the legal basis it gives for sharing. */
public record Covenant(String name, String legalBasis) {
}
