package io.github.sfhotfix.core.sf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One {@code sf} command line as an argument list (never a shell string), with the values that must be masked when it
 * is shown, the working directory it runs in and the {@code --wait} minutes it passes to the CLI.
 */
public final class SfCommand {

    private static final Pattern PLAIN_ARGUMENT = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private final List<String> arguments;
    private final List<String> secrets;
    private final Path workingDirectory;
    private final Integer waitMinutes;

    private SfCommand(Builder builder) {
        this.arguments = List.copyOf(builder.arguments);
        this.secrets = List.copyOf(builder.secrets);
        this.workingDirectory = builder.workingDirectory;
        this.waitMinutes = builder.waitMinutes;
    }

    /** Starts a command with its subcommand words, for example {@code builder("project", "deploy", "start")}. */
    public static Builder builder(String... subcommand) {
        Builder builder = new Builder();
        for (String word : subcommand) {
            builder.arguments.add(Objects.requireNonNull(word, "subcommand word"));
        }
        return builder;
    }

    /** Returns the arguments that follow the executable. */
    public List<String> arguments() {
        return arguments;
    }

    /** Returns the argument values marked secret. */
    public List<String> secrets() {
        return secrets;
    }

    public Optional<Path> workingDirectory() {
        return Optional.ofNullable(workingDirectory);
    }

    /** Returns the {@code --wait} minutes, when the command has that flag. */
    public OptionalInt waitMinutes() {
        return waitMinutes == null ? OptionalInt.empty() : OptionalInt.of(waitMinutes);
    }

    /** Returns the subcommand words before the first flag, such as {@code project deploy start}. */
    public String name() {
        List<String> words = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("-")) {
                break;
            }
            words.add(argument);
        }
        return String.join(" ", words);
    }

    /**
     * Returns the command line as a user would type it in a POSIX shell, starting with {@code sf}, with secret
     * values masked and arguments quoted where needed.
     */
    public String describe() {
        return describe("sf", SecretMasker.patternsOnly());
    }

    /** Returns the command line starting with the given program, masked with the given masker and this command's secrets. */
    public String describe(String program, SecretMasker masker) {
        SecretMasker all = masker.and(secrets);
        StringBuilder line = new StringBuilder(quote(program));
        for (String argument : arguments) {
            line.append(' ').append(quote(all.mask(argument)));
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String quote(String argument) {
        boolean plain = !argument.isEmpty() && PLAIN_ARGUMENT.matcher(argument).matches();
        if (plain || argument.equals(SecretMasker.MASK)) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    /** Collects the arguments of one command. */
    public static final class Builder {

        private final List<String> arguments = new ArrayList<>();
        private final List<String> secrets = new ArrayList<>();
        private Path workingDirectory;
        private Integer waitMinutes;

        private Builder() {
        }

        /** Adds a flag without a value, such as {@code --json}. */
        public Builder flag(String flag) {
            arguments.add(flag);
            return this;
        }

        /** Adds a flag and its value. */
        public Builder option(String flag, String value) {
            arguments.add(flag);
            arguments.add(Objects.requireNonNull(value, flag));
            return this;
        }

        /** Adds the flag once for each value, in order. */
        public Builder options(String flag, List<String> values) {
            for (String value : values) {
                option(flag, value);
            }
            return this;
        }

        /** Adds a flag whose value is masked wherever the command is shown. */
        public Builder secretOption(String flag, String value) {
            option(flag, value);
            secrets.add(value);
            return this;
        }

        /** Adds {@code --wait <minutes>}. */
        public Builder waitMinutes(int minutes) {
            option("--wait", Integer.toString(minutes));
            waitMinutes = minutes;
            return this;
        }

        /** Adds {@code -o <org>}, the org the command works on. */
        public Builder targetOrg(String org) {
            return option("--target-org", org);
        }

        public Builder workingDirectory(Path directory) {
            workingDirectory = directory;
            return this;
        }

        public SfCommand build() {
            return new SfCommand(this);
        }
    }
}
