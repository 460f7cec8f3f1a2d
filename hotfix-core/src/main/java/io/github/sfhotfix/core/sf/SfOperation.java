package io.github.sfhotfix.core.sf;

import java.util.List;

/** An operation that runs Salesforce CLI commands and, for a dry run, can describe them without running them. */
public interface SfOperation {

    /** Returns the command lines the operation would run, in order, with secrets masked. */
    List<String> describe();
}
