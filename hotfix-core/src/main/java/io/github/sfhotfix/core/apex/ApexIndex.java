package io.github.sfhotfix.core.apex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Analysed Apex classes and triggers of one project snapshot, with the files that could not be analysed. Classes
 * (including interfaces and enums) and triggers are separate name spaces, as in Salesforce.
 */
public final class ApexIndex {

    private final List<ApexFileFacts> files;
    private final List<ApexProblem> problems;
    private final Map<String, ApexFileFacts> byPath = new HashMap<>();
    private final Map<String, ApexFileFacts> classesByKey = new HashMap<>();
    private final Map<String, ApexFileFacts> triggersByKey = new HashMap<>();
    private final Map<String, ApexProblem> problemsByPath = new HashMap<>();
    private final int analysedFiles;
    private final int cachedFiles;

    private ApexIndex(List<ApexAnalysis> analyses, int analysedFiles, int cachedFiles) {
        List<ApexFileFacts> accepted = new ArrayList<>();
        List<ApexProblem> rejected = new ArrayList<>();
        List<ApexAnalysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparing(ApexAnalysis::path));

        for (ApexAnalysis analysis : sorted) {
            if (analysis instanceof ApexProblem problem) {
                rejected.add(problem);
                problemsByPath.put(problem.path(), problem);
                continue;
            }
            ApexFileFacts facts = (ApexFileFacts) analysis;
            Map<String, ApexFileFacts> names = facts.kind() == ApexKind.TRIGGER ? triggersByKey : classesByKey;
            ApexFileFacts earlier = names.putIfAbsent(facts.key(), facts);
            if (earlier != null) {
                ApexProblem duplicate = new ApexProblem(facts.path(), "declares the name " + facts.name()
                        + " that " + earlier.path() + " declares too, and Salesforce allows one "
                        + facts.kind().name().toLowerCase(Locale.ROOT) + " per name");
                rejected.add(duplicate);
                problemsByPath.put(duplicate.path(), duplicate);
                continue;
            }
            accepted.add(facts);
            byPath.put(facts.path(), facts);
        }

        this.files = List.copyOf(accepted);
        this.problems = List.copyOf(rejected);
        this.analysedFiles = analysedFiles;
        this.cachedFiles = cachedFiles;
    }

    /**
     * Creates an index of already analysed files. When two files declare the same class (or trigger) name, the
     * first by path is kept and the other becomes a problem.
     */
    public static ApexIndex of(Collection<? extends ApexAnalysis> analyses) {
        return new ApexIndex(new ArrayList<>(analyses), analyses.size(), 0);
    }

    static ApexIndex of(List<ApexAnalysis> analyses, int analysedFiles, int cachedFiles) {
        return new ApexIndex(analyses, analysedFiles, cachedFiles);
    }

    /** Returns the analysed files, sorted by path. */
    public List<ApexFileFacts> files() {
        return files;
    }

    /** Returns the files that could not be analysed, sorted by path. */
    public List<ApexProblem> problems() {
        return problems;
    }

    /** Returns the analysed file at a repository-relative path. */
    public Optional<ApexFileFacts> fileAt(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Returns the problem reported for a repository-relative path. */
    public Optional<ApexProblem> problemAt(String path) {
        return Optional.ofNullable(problemsByPath.get(path));
    }

    /** Returns the class, interface or enum with this name, compared ignoring case. */
    public Optional<ApexFileFacts> classNamed(String name) {
        return Optional.ofNullable(classesByKey.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Returns the trigger with this name, compared ignoring case. */
    public Optional<ApexFileFacts> triggerNamed(String name) {
        return Optional.ofNullable(triggersByKey.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Returns how many files were lexed to build this index. */
    public int analysedFiles() {
        return analysedFiles;
    }

    /** Returns how many files were taken from the cache without reading their content. */
    public int cachedFiles() {
        return cachedFiles;
    }
}
