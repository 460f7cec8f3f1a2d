package io.github.sfhotfix.core.apex;

/**
 * Outcome of analysing one Apex source file: either its {@link ApexFileFacts} or an {@link ApexProblem} that gives
 * the reason the file was skipped.
 */
public sealed interface ApexAnalysis permits ApexFileFacts, ApexProblem {

    /** Repository-relative path of the analysed file, with forward slashes. */
    String path();
}
