package io.github.sfhotfix.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfMojosTest {

    @TempDir
    Path folder;

    private <T extends AbstractSfMojo> T configure(T mojo, Path basedir) {
        mojo.basedir = basedir.toFile();
        mojo.outputDirectory = basedir.resolve("target/hotfix").toFile();
        return mojo;
    }

    @Test
    void skipDoesNothing() throws Exception {
        DeployMojo mojo = configure(new DeployMojo(), folder);
        mojo.skip = true;

        mojo.execute();

        assertThat(folder.resolve("target")).doesNotExist();
    }

    @Test
    void notARepositoryIsBuildError() {

        assertThatThrownBy(() -> configure(new CheckDeployMojo(), folder).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Not a git repository");
    }

    @Test
    void missingOrgIsBuildFailure() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            Files.writeString(folder.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Initial").setAuthor("Dev", "dev@example.com").setSign(false).call();
        }

        assertThatThrownBy(() -> configure(new SmokeMojo(), folder).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("set hotfix.sf.targetOrg");
    }
}
