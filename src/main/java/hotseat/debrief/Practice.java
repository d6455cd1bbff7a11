package hotseat.debrief;

/**
 * The habits of good service the debrief names, in the words trainees learn them: keep calm,
 * listen, name the feeling, apologise for the experience, own the fix, offer options, follow up.
 */
public enum Practice {
    STAY_CALM("Stay calm and courteous",
            "Keep your tone level when theirs is not: no blame, no \"calm down\", no hiding behind policy."),
    LISTEN("Listen",
            "Give back the details they told you (the days waited, the calls made) so they know you heard them."),
    NAME_THE_FEELING("Name the feeling",
            "Say the feeling out loud: \"that must be so frustrating\", \"I can hear how worried you are\"."),
    APOLOGISE("Apologise for the experience",
            "Say sorry for what happened to them, plainly, with no \"but\" and no \"if\"."),
    OWN_THE_FIX("Own the fix",
            "Say what you will do and by when: \"I'll reship it today\", not \"someone will look into it\"."),
    OFFER_OPTIONS("Offer options",
            "Give them a choice: \"would you prefer a refund or a replacement by Friday?\""),
    FOLLOW_UP("Follow up",
            "Close the loop: a reference number, a call back at a set time, a direct way to reach you.");

    private final String title;
    private final String advice;

    Practice(String title, String advice) {
        this.title = title;
        this.advice = advice;
    }

    public String title() {
        return title;
    }

    /** One concrete thing to do, for a trainee working on this habit. */
    public String advice() {
        return advice;
    }
}
