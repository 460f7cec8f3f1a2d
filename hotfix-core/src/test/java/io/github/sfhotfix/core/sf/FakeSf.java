package io.github.sfhotfix.core.sf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fake {@code sf} script from the test resources, with its scenario and call record in a temporary folder. */
public final class FakeSf {

    private final Path executable;
    private final Path scenario;
    private final Path record;
    private final Map<String, String> environment = new HashMap<>();

    public FakeSf(Path folder) {
        try {
            executable = Path.of(FakeSf.class.getResource("/fake-sf/sf").toURI());
            Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
            scenario = Files.createFile(folder.resolve("scenario.txt"));
            record = folder.resolve("calls.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        environment.put("PATH", System.getenv("PATH"));
        environment.put("FAKE_SF_SCENARIO", scenario.toString());
        environment.put("FAKE_SF_RECORD", record.toString());
    }

    /** Adds a scenario line: the subcommand returns the exit code and prints the response file. */
    public FakeSf answer(String subcommand, int exitCode, String response) {
        return answer(subcommand, exitCode, response, "");
    }

    public FakeSf answer(String subcommand, int exitCode, String response, String stderr) {
        try {
            Files.writeString(scenario, subcommand + " | " + exitCode + " | " + response + " | " + stderr + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public FakeSf environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    public Path executable() {
        return executable;
    }

    SfRunner runner() {
        return runner(Duration.ofSeconds(30));
    }

    SfRunner runner(Duration timeout) {
        SfCliOptions options = SfCliOptions.defaults().withExecutable(executable.toString()).withTimeout(timeout);
        return new SfRunner(options, environment, SecretMasker.patternsOnly());
    }

    /** Returns the argument lists of the calls so far, in order. */
    public List<List<String>> calls() {
        List<List<String>> calls = new ArrayList<>();
        for (String line : lines()) {
            if (line.equals("call")) {
                calls.add(new ArrayList<>());
            } else if (line.startsWith("arg ")) {
                calls.get(calls.size() - 1).add(line.substring(4));
            }
        }
        return calls;
    }

    /** Returns the {@code NAME=value} SF_* variables of the last call. */
    List<String> lastEnvironment() {
        List<String> variables = new ArrayList<>();
        for (String line : lines()) {
            if (line.equals("call")) {
                variables.clear();
            } else if (line.startsWith("env ")) {
                variables.add(line.substring(4));
            }
        }
        return variables;
    }

    /** Returns the working directory of the last call. */
    String lastWorkingDirectory() {
        String directory = null;
        for (String line : lines()) {
            if (line.startsWith("cwd ")) {
                directory = line.substring(4);
            }
        }
        return directory;
    }

    Path recordFile() {
        return record;
    }

    private List<String> lines() {
        try {
            return Files.exists(record) ? Files.readAllLines(record) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
