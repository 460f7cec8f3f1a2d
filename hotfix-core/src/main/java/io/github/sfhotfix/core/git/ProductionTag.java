package io.github.sfhotfix.core.git;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The tag that marks what is in production: the highest version among tags matching the pattern.
 *
 * @param name the tag name without {@code refs/tags/}
 * @param version the version the name carries
 * @param commit the commit the tag points to, annotated tags peeled
 */
public record ProductionTag(String name, Version version, ObjectId commit) {
}
