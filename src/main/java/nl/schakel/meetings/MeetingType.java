package nl.schakel.meetings;

/**
 * The meetings of the sources, each with its cadence as an RFC 5545 recurrence rule and its content rule: the local
 * undermining consultation (monthly, 004 §4.3), the district working group (every 8 weeks, 001 §2.3), the Veilig
 * Thuis expertise team (every 2 weeks, 003 §1.7), the Veilig Thuis–care-coordinator alignment (weekly, 003 §5.3) and
 * the Regietafel (every 6 weeks, trends only, 001 §2.3).
 */
public enum MeetingType {
    LOCAL_UNDERMINING("FREQ=MONTHLY", ContentRule.CASES_AND_SIGNALS),
    DISTRICT_WORKING_GROUP("FREQ=WEEKLY;INTERVAL=8", ContentRule.CASES_AND_SIGNALS),
    VT_EXPERTISE_TEAM("FREQ=WEEKLY;INTERVAL=2", ContentRule.CASES_AND_SIGNALS),
    VT_CARE_ALIGNMENT("FREQ=WEEKLY", ContentRule.CASES_AND_SIGNALS),
    REGIETAFEL("FREQ=WEEKLY;INTERVAL=6", ContentRule.TRENDS_ONLY);

    private final String rrule;
    private final ContentRule contentRule;

    MeetingType(String rrule, ContentRule contentRule) {
        this.rrule = rrule;
        this.contentRule = contentRule;
    }

    /** The default cadence of this type. */
    public String rrule() {
        return rrule;
    }

    public ContentRule contentRule() {
        return contentRule;
    }
}
