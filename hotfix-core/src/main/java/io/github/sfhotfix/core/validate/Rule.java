package io.github.sfhotfix.core.validate;

import io.github.sfhotfix.core.EnvironmentException;
import java.util.List;

/** One validation rule: reads the facts in the context and returns what it found, possibly nothing. */
public interface Rule {

    /** Returns the rule id used in findings and reports. */
    String id();

    /** Checks the context; returns every finding at once. */
    List<Finding> check(ValidationContext context) throws EnvironmentException;
}
