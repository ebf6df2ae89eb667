package nl.schakel.stacking;

import java.util.List;

/** The given-name variants retrieval and scoring use (issue 11): their version and groups, each with its key first. */
public final class NameVariants {

    private NameVariants() {
    }

    public static int version() {
        return GivenNames.VERSION;
    }

    public static List<List<String>> groups() {
        return GivenNames.groups();
    }
}
