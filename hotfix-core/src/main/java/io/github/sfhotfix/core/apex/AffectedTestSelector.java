package io.github.sfhotfix.core.apex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Selector of the Apex test classes that a change needs, from an {@link ApexIndex} of the changed commit.
 *
 * <p>A test class is an {@code @IsTest} class with at least one test method. It is selected when it:
 * <ol>
 *   <li>is itself changed;</li>
 *   <li>is named after a changed class or trigger by a naming convention ({@code AccountServiceTest});</li>
 *   <li>references a changed class in code;</li>
 *   <li>references the sObject of a changed trigger, or a class that the changed trigger references;</li>
 *   <li>references a class that reaches a changed class through at most {@code depth - 1} other classes.</li>
 * </ol>
 * Test classes without test methods (test data factories) are never selected, but a change to one selects the tests
 * that reference it.
 */
public final class AffectedTestSelector {

    /** Suffix of the metadata file that goes with each class and trigger ({@code Foo.cls-meta.xml}). */
    private static final String META_SUFFIX = "-meta.xml";

    private final TestSelectionOptions options;

    /** Creates a selector with the given options. */
    public AffectedTestSelector(TestSelectionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Selects the tests for a change.
     *
     * @param index the Apex of the changed commit
     * @param changedPaths repository-relative paths added, modified or renamed (new path) by the change. A changed
     *     {@code Foo.cls-meta.xml} counts as a change to {@code Foo.cls}, because its API version can change how the
     *     class behaves. Other paths that do not end in {@code .cls} or {@code .trigger} are ignored.
     * @param deletedPaths repository-relative paths the change deletes. Each is reported in
     *     {@link TestSelection#deleted()} and selects nothing.
     */
    public TestSelection select(ApexIndex index, Collection<String> changedPaths, Collection<String> deletedPaths) {
        Run run = new Run(index);
        List<ApexFileFacts> changedClasses = new ArrayList<>();
        List<ApexFileFacts> changedTriggers = new ArrayList<>();
        List<ApexProblem> problems = new ArrayList<>();

        Set<String> changedSources = new TreeSet<>();
        for (String path : changedPaths) {
            String source = path.endsWith(META_SUFFIX) ? path.substring(0, path.length() - META_SUFFIX.length()) : path;
            if (isApexPath(source)) {
                changedSources.add(source);
            }
        }
        for (String path : changedSources) {
            ApexFileFacts facts = index.fileAt(path).orElse(null);
            if (facts == null) {
                problems.add(index.problemAt(path).orElseGet(() -> new ApexProblem(path,
                        "is not in a package directory at this commit, so no tests were selected for it")));
            } else if (facts.kind() == ApexKind.TRIGGER) {
                changedTriggers.add(facts);
            } else {
                changedClasses.add(facts);
            }
        }

        for (ApexFileFacts changed : changedClasses) {
            if (changed.test() && changed.containsTestMethods()) {
                run.select(changed, changed, ReasonKind.CHANGED_TEST, changed.name(), "changed test class");
            }
            selectByConvention(run, changed);
            selectByReference(run, changed);
        }
        for (ApexFileFacts trigger : changedTriggers) {
            selectByConvention(run, trigger);
            selectForTrigger(run, trigger);
        }
        selectByChain(run, changedClasses);

        List<String> untested = new ArrayList<>();
        for (ApexFileFacts changed : concat(changedClasses, changedTriggers)) {
            if (!changed.test() && !run.covered.contains(changed)) {
                untested.add(changed.name());
            }
        }
        Set<String> deleted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String path : deletedPaths) {
            if (isApexPath(path)) {
                deleted.add(ApexFileFacts.nameOf(path));
            }
        }
        untested.sort(String.CASE_INSENSITIVE_ORDER);
        return new TestSelection(run.results(), untested, List.copyOf(deleted), problems);
    }

    private void selectByConvention(Run run, ApexFileFacts changed) {
        for (String convention : options.namingConventions()) {
            String testName = convention.replace(TestSelectionOptions.NAME_PLACEHOLDER, changed.name());
            run.index.classNamed(testName).ifPresent(test -> run.select(test, changed,
                    ReasonKind.NAMING_CONVENTION, convention, "naming convention " + convention + " for "
                            + changed.name()));
        }
    }

    private static void selectByReference(Run run, ApexFileFacts changed) {
        for (ApexFileFacts test : run.tests) {
            if (test.references(changed.key())) {
                run.select(test, changed, ReasonKind.REFERENCE, changed.name(), "references " + changed.name());
            }
        }
    }

    private static void selectForTrigger(Run run, ApexFileFacts trigger) {
        String sObject = trigger.triggerObject();
        for (ApexFileFacts test : run.tests) {
            if (test.references(sObject)) {
                run.select(test, trigger, ReasonKind.TRIGGER_OBJECT, sObject, "references the " + sObject
                        + " sObject of changed trigger " + trigger.name());
            }
        }

        for (String reference : new TreeSet<>(trigger.references())) {
            ApexFileFacts called = run.index.classNamed(reference).orElse(null);
            if (called == null || called.test()) {
                continue;
            }
            for (ApexFileFacts test : run.tests) {
                if (test.references(called.key())) {
                    run.select(test, trigger, ReasonKind.TRIGGER_CALLED_CLASS, called.name(), "references "
                            + called.name() + " called by changed trigger " + trigger.name());
                }
            }
        }
    }

    /**
     * Walks outwards from the changed classes, one reference hop per level, through classes that are not tests,
     * and selects the tests of each class found.
     */
    private void selectByChain(Run run, List<ApexFileFacts> changedClasses) {
        Map<String, Chain> frontier = new TreeMap<>();
        Set<String> visited = new HashSet<>();
        for (ApexFileFacts changed : changedClasses) {
            frontier.put(changed.key(), new Chain(List.of(changed.name()), changed));
            visited.add(changed.key());
        }

        for (int depth = 2; depth <= options.depth() && !frontier.isEmpty(); depth++) {
            Map<String, Chain> next = new TreeMap<>();
            for (ApexFileFacts candidate : run.index.files()) {
                if (candidate.test() || candidate.kind() == ApexKind.TRIGGER || visited.contains(candidate.key())) {
                    continue;
                }
                Chain shortest = closestReferenced(candidate, frontier);
                if (shortest != null) {
                    List<String> names = new ArrayList<>();
                    names.add(candidate.name());
                    names.addAll(shortest.names());
                    next.put(candidate.key(), new Chain(names, shortest.changed()));
                }
            }
            visited.addAll(next.keySet());

            for (Map.Entry<String, Chain> entry : next.entrySet()) {
                Chain chain = entry.getValue();
                String description = "references " + String.join(" which references ", chain.names())
                        + " (depth " + depth + ")";
                for (ApexFileFacts test : run.tests) {
                    if (test.references(entry.getKey())) {
                        run.select(test, chain.changed(), ReasonKind.CHAIN, depth + ":" + entry.getKey(),
                                description);
                    }
                }
            }
            frontier = next;
        }
    }

    /** Returns the chain of the first frontier class, by name, that the candidate references, or null. */
    private static Chain closestReferenced(ApexFileFacts candidate, Map<String, Chain> frontier) {
        String first = null;
        for (String reference : candidate.references()) {
            if (frontier.containsKey(reference) && (first == null || reference.compareTo(first) < 0)) {
                first = reference;
            }
        }
        return first == null ? null : frontier.get(first);
    }

    private static boolean isApexPath(String path) {
        return path.endsWith(".cls") || path.endsWith(".trigger");
    }

    private static List<ApexFileFacts> concat(List<ApexFileFacts> first, List<ApexFileFacts> second) {
        List<ApexFileFacts> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Reason kinds in the order reasons are listed. */
    private enum ReasonKind {
        CHANGED_TEST,
        NAMING_CONVENTION,
        REFERENCE,
        TRIGGER_OBJECT,
        TRIGGER_CALLED_CLASS,
        CHAIN
    }

    private record Reason(ReasonKind kind, String sortKey, String text) {
    }

    private record Chain(List<String> names, ApexFileFacts changed) {
    }

    /** State of one selection: the runnable tests of the index, and what was selected so far. */
    private static final class Run {

        private static final Comparator<Reason> REASON_ORDER = Comparator.comparing(Reason::kind)
                .thenComparing(reason -> reason.sortKey().toLowerCase(Locale.ROOT))
                .thenComparing(Reason::text);

        private final ApexIndex index;
        private final List<ApexFileFacts> tests = new ArrayList<>();
        private final Map<ApexFileFacts, Set<Reason>> selected = new IdentityHashMap<>();
        private final Set<ApexFileFacts> covered = Collections.newSetFromMap(new IdentityHashMap<>());

        Run(ApexIndex index) {
            this.index = index;
            for (ApexFileFacts facts : index.files()) {
                if (facts.test() && facts.containsTestMethods()) {
                    tests.add(facts);
                }
            }
        }

        /**
         * Records that {@code test} runs because of {@code changed}. A class that is not a runnable test, and a test
         * that would be selected for referencing itself, is skipped.
         */
        void select(ApexFileFacts test, ApexFileFacts changed, ReasonKind kind, String sortKey, String text) {
            if (!test.test() || !test.containsTestMethods()) {
                return;
            }
            if (kind != ReasonKind.CHANGED_TEST && test == changed) {
                return;
            }
            selected.computeIfAbsent(test, key -> new TreeSet<>(REASON_ORDER))
                    .add(new Reason(kind, sortKey, text));
            covered.add(changed);
        }

        List<SelectedTest> results() {
            List<SelectedTest> results = new ArrayList<>();
            for (Map.Entry<ApexFileFacts, Set<Reason>> entry : selected.entrySet()) {
                results.add(new SelectedTest(entry.getKey().name(),
                        entry.getValue().stream().map(Reason::text).toList()));
            }
            results.sort(Comparator.comparing(SelectedTest::name, String.CASE_INSENSITIVE_ORDER));
            return results;
        }
    }
}
