package io.github.sfhotfix.core.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark of affected test selection on a synthetic Salesforce DX repository. It generates the repository, then
 * times the selection in fresh JVMs: first with an empty cache (cold), then with the cache the cold run wrote (warm).
 *
 * <p>Run from the repository root (see docs/BENCHMARKS.md):
 * <pre>
 * mvn -q -pl hotfix-core test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.github.sfhotfix.core.bench.ApexSelectionBenchmark"
 * </pre>
 * Options, each followed by a value: {@code --dir} (default {@code target/apex-bench}; its {@code repo} and
 * {@code apex-cache} folders are deleted first),
 * {@code --classes} (5000), {@code --tests} (2000), {@code --triggers} (50), {@code --bytes} (15000000),
 * {@code --commits} (20000), {@code --runs} (3 cold and 3 warm runs), {@code --reuse} ({@code true} keeps a
 * repository generated before, whatever its sizes), {@code --jvm-options} (extra options for the timed JVMs,
 * separated by spaces).
 */
public final class ApexSelectionBenchmark {

    private ApexSelectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SyntheticSfdxRepository.Sizes defaults = SyntheticSfdxRepository.Sizes.full();
        Path directory = Path.of(option(args, "--dir", "target/apex-bench")).toAbsolutePath();
        SyntheticSfdxRepository.Sizes sizes = new SyntheticSfdxRepository.Sizes(
                Integer.parseInt(option(args, "--classes", String.valueOf(defaults.classes()))),
                Integer.parseInt(option(args, "--tests", String.valueOf(defaults.testClasses()))),
                Integer.parseInt(option(args, "--triggers", String.valueOf(defaults.triggers()))),
                Long.parseLong(option(args, "--bytes", String.valueOf(defaults.apexBytes()))),
                Integer.parseInt(option(args, "--commits", String.valueOf(defaults.commits()))),
                defaults.seed(), true);
        int runs = Integer.parseInt(option(args, "--runs", "3"));
        String jvmOptions = option(args, "--jvm-options", "");

        SyntheticSfdxRepository.Generated generated;
        Path repository = directory.resolve("repo");
        if (Boolean.parseBoolean(option(args, "--reuse", "false")) && Files.isDirectory(repository)) {
            generated = new SyntheticSfdxRepository.Generated(repository, SyntheticSfdxRepository.PRODUCTION_TAG,
                    SyntheticSfdxRepository.HOTFIX_BRANCH, "");
            System.out.println("Reusing " + repository);
        } else {
            deleteRecursively(repository);
            long start = System.nanoTime();
            generated = SyntheticSfdxRepository.generate(repository, sizes);
            System.out.printf("Generated %s in %d ms: %s%n", generated.workTree(),
                    (System.nanoTime() - start) / 1_000_000, sizes);
        }
        System.out.printf("Apex bytes on disk: %d, pack bytes: %d%n", apexBytes(generated.workTree()),
                directorySize(generated.gitDir().resolve("objects")));

        Path cache = directory.resolve("apex-cache");
        for (int run = 1; run <= runs; run++) {
            deleteRecursively(cache);
            System.out.println("cold " + run + ": " + timeInFreshJvm(generated, cache, jvmOptions));
        }
        for (int run = 1; run <= runs; run++) {
            System.out.println("warm " + run + ": " + timeInFreshJvm(generated, cache, jvmOptions));
        }

        Path output = directory.resolve("validate-output");
        for (int run = 1; run <= runs; run++) {
            deleteRecursively(output);
            System.out.println("validate cold " + run + ": " + validateInFreshJvm(generated, output, jvmOptions));
        }
        for (int run = 1; run <= runs; run++) {
            System.out.println("validate warm " + run + ": " + validateInFreshJvm(generated, output, jvmOptions));
        }
    }

    private static String validateInFreshJvm(SyntheticSfdxRepository.Generated generated, Path output,
            String jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ValidationTiming.class.getName(),
                generated.workTree().toString(), output.toString()));
        return run(command);
    }

    private static String timeInFreshJvm(SyntheticSfdxRepository.Generated generated, Path cache, String jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.add("-Dorg.slf4j.simpleLogger.log.io.github.sfhotfix.core.apex=debug");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SelectionTiming.class.getName(),
                generated.gitDir().toString(), cache.toString()));

        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("Timed run failed: " + output);
        }
        return output + " processMs=" + (System.nanoTime() - start) / 1_000_000;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static long apexBytes(Path workTree) throws IOException {
        try (var files = Files.walk(workTree)) {
            return files.filter(path -> path.toString().endsWith(".cls") || path.toString().endsWith(".trigger"))
                    .mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static long directorySize(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
