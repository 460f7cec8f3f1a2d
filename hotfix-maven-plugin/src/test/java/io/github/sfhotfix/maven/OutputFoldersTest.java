package io.github.sfhotfix.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFoldersTest {

    @TempDir
    Path folder;

    @Test
    void stubProjectFolderFallsBackToBasedir() {

        Path resolved = OutputFolders.resolve(new File("${project.basedir}/target/hotfix"), folder.toFile());

        assertThat(resolved).isEqualTo(folder.resolve("target/hotfix"));
    }

    @Test
    void flowGoalsIgnoreBuildDirectoryWithoutPom() {
        StartMojo mojo = new StartMojo();
        mojo.basedir = folder.toFile();
        mojo.outputDirectory = new File("${project.basedir}/target/hotfix");

        Path build = mojo.buildDirectory();

        assertThat(build).isEqualTo(folder.resolve("target"));
    }

    @Test
    void interpolatedFolderIsKept() {
        File configured = folder.resolve("build/reports").toFile();

        Path resolved = OutputFolders.resolve(configured, folder.toFile());

        assertThat(resolved).isEqualTo(folder.resolve("build/reports"));
    }
}
