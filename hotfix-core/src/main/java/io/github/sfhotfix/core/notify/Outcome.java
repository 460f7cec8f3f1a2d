package io.github.sfhotfix.core.notify;

/** Result of an event, with the Slack attachment colour that shows it. */
public enum Outcome {
    GOOD("good"),
    WARNING("warning"),
    DANGER("danger");

    private final String slackColor;

    Outcome(String slackColor) {
        this.slackColor = slackColor;
    }

    /** Returns the value of a Slack attachment's {@code color}: {@code good}, {@code warning} or {@code danger}. */
    public String slackColor() {
        return slackColor;
    }
}
