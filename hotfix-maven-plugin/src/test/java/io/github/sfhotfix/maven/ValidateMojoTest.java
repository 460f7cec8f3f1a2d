package io.github.sfhotfix.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

    @TempDir
    Path folder;

    private ValidateMojo mojo(Path basedir) {
        ValidateMojo mojo = new ValidateMojo();
        mojo.basedir = basedir.toFile();
        mojo.outputDirectory = basedir.resolve("target/hotfix").toFile();
        return mojo;
    }

    @Test
    void skipDoesNothing() throws Exception {
        ValidateMojo mojo = mojo(folder);
        mojo.skip = true;

        mojo.execute();

        assertThat(folder.resolve("target")).doesNotExist();
    }

    @Test
    void notARepositoryIsBuildError() {

        assertThatThrownBy(() -> mojo(folder).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Not a git repository");
    }

    @Test
    void repositoryWithoutTagsIsBuildFailure() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            Files.writeString(folder.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Initial").setAuthor("Dev", "dev@example.com").setSign(false).call();
        }

        assertThatThrownBy(() -> mojo(folder).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("No production tag");
    }

    @Test
    void uninterpolatedBuildDirectoryFallsBackToBasedir() {
        ValidateMojo mojo = mojo(folder);
        mojo.outputDirectory = new File("${project.basedir}/target/hotfix");

        assertThat(mojo.outputFolder()).isEqualTo(folder.resolve("target/hotfix"));
    }
}
