package nl.schakel.directory;

/** The partner works on this form of exploitation (a catalogue code) in this phase. */
public record Task(String exploitationForm, Phase phase) {
}
