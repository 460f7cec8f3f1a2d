package io.github.sfhotfix.core.notify;

/** How an event went, with the colour name a Slack attachment takes for it. */
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
