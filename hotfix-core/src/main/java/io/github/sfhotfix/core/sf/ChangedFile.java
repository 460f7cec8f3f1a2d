package io.github.sfhotfix.core.sf;

import java.util.Objects;

/**
 * One file the hotfix changed, relative to the repository root.
 *
 * @param path the file's path after the change
 * @param type how it changed
 * @param oldPath the path before a rename, or {@code null} for other changes
 */
public record ChangedFile(String path, Type type, String oldPath) {

    /** The kind of change to a file. */
    public enum Type { ADDED, MODIFIED, DELETED, RENAMED }

    public ChangedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        if (type == Type.RENAMED && (oldPath == null || oldPath.isBlank())) {
            throw new IllegalArgumentException("Renamed file " + path + " has no old path: give the path before"
                    + " the rename");
        }
    }

    public static ChangedFile of(String path, Type type) {
        return new ChangedFile(path, type, null);
    }
}
