package io.github.sfhotfix.core.project;

import io.github.sfhotfix.core.git.Change;

/**
 * A changed file with the Salesforce component it belongs to.
 *
 * @param change the file change from git
 * @param kind the metadata kind; {@link MetadataKind#NON_DEPLOYABLE} outside every package directory
 * @param component the component name, such as {@code AccountService} for {@code AccountService.cls-meta.xml}
 */
public record ClassifiedChange(Change change, MetadataKind kind, String component) {

    public boolean isDeployable() {
        return kind != MetadataKind.NON_DEPLOYABLE;
    }

    public String path() {
        return change.path();
    }
}
