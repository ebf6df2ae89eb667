package nl.schakel.handling;

/**
 * Plain-Dutch messages to the reporter per outcome (route step 6). The texts are in the messages
 * files ({@code handling.template.<name>}) and contain no sensitive detail; the officer may edit them.
 */
public enum FeedbackTemplate {
    RECEIVED_AND_HANDLED, HANDED_OVER, NO_TRAFFICKING, INSUFFICIENT_INFORMATION, THANKS_STILL_WORKING
}
