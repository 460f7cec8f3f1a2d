package io.github.sfhotfix.core.bench;

import io.github.sfhotfix.core.apex.AffectedTestSelector;
import io.github.sfhotfix.core.apex.ApexIndex;
import io.github.sfhotfix.core.apex.ApexSources;
import io.github.sfhotfix.core.apex.TestSelection;
import io.github.sfhotfix.core.apex.TestSelectionOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.LoggerFactory;

/**
 * One timed test selection, meant to run in a fresh JVM started by {@link ApexSelectionBenchmark}: reads the diff
 * between the production tag and the hotfix branch, indexes the Apex of the hotfix commit and selects the tests.
 *
 * <p>Arguments: the git directory and the cache directory. Prints one line of {@code key=value} pairs; the
 * selection time ({@code selectionMs}) is indexing plus selecting, without opening the repository and computing the
 * diff, which a caller has done already.
 */
public final class SelectionTiming {

    private SelectionTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path gitDir = Path.of(args[0]);
        Path cacheDir = Path.of(args[1]);
        // A Maven build has set up logging before any goal runs, so that cost stays out of the timings.
        LoggerFactory.getLogger(SelectionTiming.class).debug("Timing test selection in {}", gitDir);
        long start = System.nanoTime();

        try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true)
                .build()) {
            ObjectId tag = repository.resolve(SyntheticSfdxRepository.PRODUCTION_TAG + "^{commit}");
            ObjectId hotfix = repository.resolve("refs/heads/" + SyntheticSfdxRepository.HOTFIX_BRANCH);
            long opened = System.nanoTime();
            List<String> changed = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            diff(repository, tag, hotfix, changed, deleted);
            long diffed = System.nanoTime();
            long diffedCpu = processCpuNanos();

            // Depth 1, as validation runs by default: only test classes and the changed files are lexed in full.
            ApexIndex index = ApexSources.fromCommit(repository, hotfix, SyntheticSfdxRepository.PACKAGE_DIRECTORIES,
                    cacheDir, new HashSet<>(changed));
            long indexed = System.nanoTime();

            TestSelection selection = new AffectedTestSelector(TestSelectionOptions.defaults()).select(index,
                    changed, deleted);
            long selected = System.nanoTime();
            long selectedCpu = processCpuNanos();

            System.out.println("openMs=" + millis(start, opened)
                    + " diffMs=" + millis(opened, diffed)
                    + " indexMs=" + millis(diffed, indexed)
                    + " selectMs=" + millis(indexed, selected)
                    + " selectionMs=" + millis(diffed, selected)
                    + " selectionCpuMs=" + millis(diffedCpu, selectedCpu)
                    + " totalMs=" + millis(start, selected)
                    + " jvmUptimeMs=" + ManagementFactory.getRuntimeMXBean().getUptime()
                    + " files=" + index.files().size()
                    + " lexed=" + index.analysedFiles()
                    + " cached=" + index.cachedFiles()
                    + " problems=" + index.problems().size()
                    + " tests=" + selection.testNames()
                    + " untested=" + selection.untested()
                    + " peakHeapMb=" + peakHeapMegabytes()
                    + " maxRssMb=" + maxResidentMegabytes());
        }
    }

    private static void diff(Repository repository, ObjectId from, ObjectId to, List<String> changed,
            List<String> deleted) throws IOException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk treeWalk = new TreeWalk(repository)) {
            RevCommit fromCommit = walk.parseCommit(from);
            RevCommit toCommit = walk.parseCommit(to);
            treeWalk.addTree(fromCommit.getTree());
            treeWalk.addTree(toCommit.getTree());
            treeWalk.setRecursive(true);
            for (DiffEntry entry : DiffEntry.scan(treeWalk)) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
                    deleted.add(entry.getOldPath());
                } else {
                    changed.add(entry.getNewPath());
                }
            }
        }
    }

    /** Returns the CPU time of all threads of this process, which contention for the cores does not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** Returns the peak resident set size from /proc (Linux only), or -1 elsewhere. */
    private static long maxResidentMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
