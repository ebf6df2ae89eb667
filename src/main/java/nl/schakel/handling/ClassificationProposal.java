package nl.schakel.handling;

import java.util.List;

/**
 * What the system proposes, and exactly why: every point of the score comes from one named contribution.
 * A proposal is never a decision (domain §6).
 */
public record ClassificationProposal(ClassificationLevel level, int score, List<Contribution> contributions) {

    /** One reason for points: an indicator, a vulnerability, a flag, or the stack. */
    public record Contribution(Kind kind, String code, int points) {
    }

    public enum Kind { INDICATOR, EXPLOITATION_FORM, VULNERABILITY, ACUTE, DANGER_TO_VICTIM, STACKED_SIGNALS, ESCALATED }
}
