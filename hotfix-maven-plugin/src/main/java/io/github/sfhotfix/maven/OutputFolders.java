package io.github.sfhotfix.maven;

import java.io.File;
import java.nio.file.Path;

/** Resolves the report folder of every goal, also where Maven runs without a {@code pom.xml}. */
final class OutputFolders {

    private OutputFolders() {
    }

    /**
     * Returns the report folder. Without a {@code pom.xml}, Maven 3.8 leaves {@code ${project.basedir}} in the stub
     * project's build directory uninterpolated, so the folder is then {@code target/hotfix} under the current
     * directory.
     */
    static Path resolve(File outputDirectory, File basedir) {
        if (outputDirectory.getPath().contains("${")) {
            return basedir.toPath().toAbsolutePath().resolve("target").resolve("hotfix");
        }
        return outputDirectory.toPath().toAbsolutePath();
    }
}
