package io.github.sfhotfix.core.git;

/**
 * One changed file between the base and HEAD.
 *
 * @param path the repository-relative path at HEAD, or the old path for a deletion
 * @param oldPath the path at the base for a rename or copy, otherwise null
 * @param status how the file changed
 * @param blobId the file's blob id at HEAD, or null for a deletion
 */
public record Change(String path, String oldPath, ChangeStatus status, String blobId) {
}
