package io.github.sfhotfix.maven;

import io.github.sfhotfix.core.validate.Finding;
import io.github.sfhotfix.core.validate.ValidationReports;
import io.github.sfhotfix.core.validate.ValidationResult;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks that the hotfix branch is fit for production: cut from the production tag, minimal, described with
 * severity and issue, and proven by the affected Apex tests. Writes {@code target/hotfix/validate.json} and fails
 * listing every finding. Bound to the {@code hotfix-validate} phase of the hotfix lifecycle.
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractValidationMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ValidationResult result = runValidation("validate");
        if (result == null) {
            return;
        }
        ValidationReports.log(result);
        if (result.failed()) {
            List<Finding> failing = result.errors().isEmpty() ? result.warnings() : result.errors();
            StringBuilder message = new StringBuilder("Hotfix branch " + result.branch() + " is not fit for production: "
                    + result.errors().size() + " error(s), " + result.warnings().size() + " warning(s)"
                    + (result.errors().isEmpty() ? " with failOnWarning" : "") + ":");
            for (Finding finding : failing) {
                message.append("\n  - [").append(finding.rule()).append("] ").append(finding.message())
                        .append(" Fix: ").append(finding.fix());
            }
            throw new MojoFailureException(message.toString());
        }
    }
}
