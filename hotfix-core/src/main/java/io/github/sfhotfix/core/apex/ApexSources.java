package io.github.sfhotfix.core.apex;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.OrTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builder of an {@link ApexIndex} from the {@code .cls} and {@code .trigger} files of a commit under the project's
 * package directories. Files are lexed in parallel, and each analysis is cached on disk by blob id.
 */
public final class ApexSources {

    /** Largest Apex file analysed; Salesforce limits a class to 1,000,000 characters, so this leaves room. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ApexSources.class);
    private static final byte[] ISTEST = "istest".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TESTMETHOD = "testmethod".getBytes(StandardCharsets.US_ASCII);

    private ApexSources() {
    }

    /**
     * Indexes the Apex files of a commit.
     *
     * @param repository the repository to read
     * @param commit the commit whose tree is read, because the work tree may hold uncommitted changes
     * @param packageDirs repository-relative package directories ({@code force-app}, {@code sfdx-source/core}),
     *     as listed in {@code sfdx-project.json}
     * @param cacheDir directory for the analysis cache, created when missing ({@code target/hotfix/apex-cache})
     * @return the index, with the files that cannot be analysed in {@link ApexIndex#problems()}
     * @throws RejectedInputException when a package directory is not a relative path or does not exist in the commit
     * @throws EnvironmentException when the commit or a file cannot be read from the repository
     */
    public static ApexIndex fromCommit(Repository repository, ObjectId commit, List<String> packageDirs,
            Path cacheDir) throws RejectedInputException, EnvironmentException {
        return fromCommit(repository, commit, packageDirs, cacheDir, null);
    }

    /**
     * Indexes the Apex files of a commit, lexing only what a depth-1 selection reads: a class file that mentions
     * neither {@code istest} nor {@code testmethod} (ignoring case) cannot be a test class, so its references are
     * skipped unless its path is in {@code fullyRead}. Triggers are always lexed.
     *
     * @param fullyRead paths whose references must be read, such as the changed classes; null reads every file
     * @see #fromCommit(Repository, ObjectId, List, Path)
     */
    public static ApexIndex fromCommit(Repository repository, ObjectId commit, List<String> packageDirs,
            Path cacheDir, Set<String> fullyRead) throws RejectedInputException, EnvironmentException {
        List<String> directories = normalize(packageDirs);
        long start = System.nanoTime();

        // Reading the cache and walking the commit tree are independent, so they overlap on two threads.
        FutureTask<ApexFactsCache> cacheLoad = new FutureTask<>(() -> ApexFactsCache.load(cacheDir));
        Thread cacheLoader = new Thread(cacheLoad, "apex-cache-load");
        cacheLoader.setDaemon(true);
        cacheLoader.start();
        List<SourceFile> sources = listSources(repository, commit, directories);
        long listed = System.nanoTime();
        ApexFactsCache cache = awaitCache(cacheLoad, cacheDir);
        long loaded = System.nanoTime();
        ApexAnalysis[] analyses = new ApexAnalysis[sources.size()];
        List<Integer> misses = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ApexAnalysis cached = cache.get(sources.get(i).blob());
            boolean incomplete = cached instanceof ApexFileFacts facts && !facts.referencesRead()
                    && (fullyRead == null || fullyRead.contains(sources.get(i).path()));
            if (cached == null || incomplete) {
                misses.add(i);
            } else {
                analyses[i] = atPath(cached, sources.get(i).path());
            }
        }

        analyseInParallel(repository, sources, misses, analyses, fullyRead);
        long analysed = System.nanoTime();
        Set<ObjectId> inUse = new LinkedHashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            inUse.add(sources.get(i).blob());
        }
        for (int index : misses) {
            cache.put(sources.get(index).blob(), atPath(analyses[index], ""));
        }
        cache.saveIfChanged(inUse);

        ApexIndex index = ApexIndex.of(List.of(analyses), misses.size(), sources.size() - misses.size());
        long end = System.nanoTime();
        LOG.debug("Indexed {} Apex files of commit {} in {} ms: {} lexed, {} from cache, {} problems",
                sources.size(), commit.name(), millis(start, end), misses.size(), sources.size() - misses.size(),
                index.problems().size());
        LOG.debug("Apex index phases: list {} ms, load cache {} ms, lex {} ms, save cache and build index {} ms",
                millis(start, listed), millis(listed, loaded), millis(loaded, analysed), millis(analysed, end));
        return index;
    }

    private static ApexFactsCache awaitCache(FutureTask<ApexFactsCache> cacheLoad, Path cacheDir)
            throws EnvironmentException {
        try {
            return cacheLoad.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while reading the Apex analysis cache " + cacheDir, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the Apex analysis cache failed unexpectedly", e.getCause());
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static List<String> normalize(List<String> packageDirs) throws RejectedInputException {
        if (packageDirs.isEmpty()) {
            throw new RejectedInputException("No package directory given for the Apex analysis. "
                    + "List at least one path, such as force-app, in packageDirectories of sfdx-project.json.");
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String packageDir : packageDirs) {
            String path = packageDir.trim().replace('\\', '/');
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            boolean escapes = path.equals("..") || path.startsWith("../") || path.contains("/../")
                    || path.endsWith("/..");
            boolean windowsDrive = path.length() >= 2 && path.charAt(1) == ':';
            if (path.isEmpty() || path.equals(".") || path.startsWith("/") || windowsDrive || escapes) {
                throw new RejectedInputException("Invalid package directory '" + packageDir + "': expected a path "
                        + "relative to the repository root and inside it, such as force-app. Fix packageDirectories "
                        + "in sfdx-project.json.");
            }
            normalized.add(path);
        }
        return List.copyOf(normalized);
    }

    private static List<SourceFile> listSources(Repository repository, ObjectId commit, List<String> directories)
            throws RejectedInputException, EnvironmentException {
        try (ObjectReader reader = repository.newObjectReader(); RevWalk revWalk = new RevWalk(reader)) {
            RevCommit revCommit = revWalk.parseCommit(commit);
            for (String directory : directories) {
                try (TreeWalk found = TreeWalk.forPath(reader, directory, revCommit.getTree())) {
                    if (found == null || !found.isSubtree()) {
                        throw new RejectedInputException("Package directory '" + directory + "' does not exist "
                                + "at commit " + commit.abbreviate(10).name() + ". Fix packageDirectories in "
                                + "sfdx-project.json or commit the directory.");
                    }
                }
            }

            List<SourceFile> sources = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(repository, reader)) {
                walk.addTree(revCommit.getTree());
                walk.setRecursive(true);
                walk.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(directories),
                        OrTreeFilter.create(PathSuffixFilter.create(".cls"), PathSuffixFilter.create(".trigger"))));
                while (walk.next()) {
                    if (FileMode.REGULAR_FILE.equals(walk.getFileMode(0))
                            || FileMode.EXECUTABLE_FILE.equals(walk.getFileMode(0))) {
                        sources.add(new SourceFile(walk.getPathString(), walk.getObjectId(0)));
                    }
                }
            }
            return sources;
        } catch (MissingObjectException e) {
            throw new EnvironmentException("Commit " + commit.name() + " or one of its trees is missing from "
                    + "repository " + repository.getDirectory() + ". Run `git fetch --unshallow` or fetch the "
                    + "commit, then run again.", e);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot read the tree of commit " + commit.name() + " in repository "
                    + repository.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static void analyseInParallel(Repository repository, List<SourceFile> sources, List<Integer> misses,
            ApexAnalysis[] analyses, Set<String> fullyRead) throws EnvironmentException {
        if (misses.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), misses.size() / 32 + 1));
        AtomicInteger next = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "apex-lexer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(executor.submit(() -> {
                    try (ObjectReader reader = repository.newObjectReader()) {
                        for (int i = next.getAndIncrement(); i < misses.size(); i = next.getAndIncrement()) {
                            int index = misses.get(i);
                            SourceFile source = sources.get(index);
                            boolean skippable = fullyRead != null && !fullyRead.contains(source.path());
                            analyses[index] = analyse(reader, source, skippable);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new EnvironmentException("Cannot read an Apex file from repository " + repository
                        .getDirectory() + ": " + cause.getMessage(), cause);
            }
            throw new IllegalStateException("Apex analysis failed unexpectedly", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("Interrupted while analysing Apex files", e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ApexAnalysis analyse(ObjectReader reader, SourceFile source, boolean skippable)
            throws IOException {
        byte[] content;
        try {
            content = reader.open(source.blob(), Constants.OBJ_BLOB).getCachedBytes(MAX_FILE_BYTES);
        } catch (LargeObjectException e) {
            return new ApexProblem(source.path(), "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB, far above the Salesforce limit of 1,000,000 characters per class");
        }
        if (skippable && source.path().endsWith(".cls") && !mentionsTest(content)) {
            return ApexFileFacts.withoutReferences(source.path());
        }
        return ApexFileAnalyzer.analyze(source.path(), content);
    }

    /** Returns whether the bytes contain {@code istest} or {@code testmethod}, ignoring ASCII case. */
    static boolean mentionsTest(byte[] content) {
        return containsIgnoringCase(content, ISTEST) || containsIgnoringCase(content, TESTMETHOD);
    }

    private static boolean containsIgnoringCase(byte[] content, byte[] lowercaseWord) {
        int last = content.length - lowercaseWord.length;
        for (int i = 0; i <= last; i++) {
            int j = 0;
            while (j < lowercaseWord.length && (content[i + j] | 0x20) == lowercaseWord[j]) {
                j++;
            }
            if (j == lowercaseWord.length) {
                return true;
            }
        }
        return false;
    }

    private static ApexAnalysis atPath(ApexAnalysis analysis, String path) {
        if (analysis instanceof ApexProblem problem) {
            return problem.atPath(path);
        }
        return ((ApexFileFacts) analysis).atPath(path);
    }

    private record SourceFile(String path, ObjectId blob) {
    }
}
