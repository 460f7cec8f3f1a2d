package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.apex.SelectedTest;
import io.github.sfhotfix.core.validate.ValidationReports;
import io.github.sfhotfix.core.validate.ValidationResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the Apex test classes that prove the hotfix, each with why it was selected, and the argument list for
 * {@code sf project deploy start --tests}. Also written to {@code target/hotfix/tests.txt}. Fails only when the
 * repository cannot be read; rule findings are left to {@code hotfix:validate}. Bound to the
 * {@code hotfix-test-select} phase.
 */
@Mojo(name = "affected-tests", requiresProject = false, threadSafe = true)
public class AffectedTestsMojo extends AbstractValidationMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ValidationResult result = runValidation("affected-tests");
        if (result == null) {
            return;
        }
        for (SelectedTest test : result.tests().tests()) {
            getLog().info("Test " + test.name() + " (" + String.join("; ", test.reasons()) + ")");
        }
        for (String component : result.tests().untested()) {
            getLog().warn("No test references " + component + ".");
        }
        for (String deleted : result.tests().deleted()) {
            getLog().info("Deleted " + deleted + ": no test selected for it.");
        }
        getLog().info(result.tests().tests().size() + " test(s) selected. Arguments for sf project deploy start: "
                + (result.tests().tests().isEmpty() ? "(none)" : String.join(" ", result.tests().testsArguments())));
        getLog().info("Written to " + outputFolder().resolve(ValidationReports.TESTS_FILE));
    }
}
