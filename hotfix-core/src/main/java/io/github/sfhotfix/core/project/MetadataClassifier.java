package io.github.sfhotfix.core.project;

import io.github.sfhotfix.core.git.Change;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies repository paths by Salesforce metadata kind, from the source-format folder and file names. A
 * {@code -meta.xml} file belongs to its component. Whether an Apex class is a test comes from the caller, because
 * only the source's {@code @IsTest} annotation decides it.
 */
public final class MetadataClassifier {

    private final SfdxProject project;

    public MetadataClassifier(SfdxProject project) {
        this.project = project;
    }

    /**
     * Classifies one change.
     *
     * @param testClasses lower-cased names of the Apex classes annotated {@code @IsTest}
     */
    public ClassifiedChange classify(Change change, Set<String> testClasses) {
        String path = change.path();
        if (project.packageDirectoryOf(path) == null) {
            return new ClassifiedChange(change, MetadataKind.NON_DEPLOYABLE, fileName(path));
        }
        String fileName = fileName(path);
        String component = componentName(fileName);

        if (fileName.endsWith(".cls") || fileName.endsWith(".cls-meta.xml")) {
            boolean test = testClasses.contains(component.toLowerCase(Locale.ROOT));
            return new ClassifiedChange(change, test ? MetadataKind.APEX_TEST_CLASS : MetadataKind.APEX_CLASS,
                    component);
        }
        if (fileName.endsWith(".trigger") || fileName.endsWith(".trigger-meta.xml")) {
            return new ClassifiedChange(change, MetadataKind.APEX_TRIGGER, component);
        }
        String bundle = folderAfter(path, "lwc");
        if (bundle != null) {
            return new ClassifiedChange(change, MetadataKind.LWC, bundle);
        }
        bundle = folderAfter(path, "aura");
        if (bundle != null) {
            return new ClassifiedChange(change, MetadataKind.AURA, bundle);
        }
        if (fileName.endsWith(".field-meta.xml")) {
            String object = folderAfter(path, "objects");
            return new ClassifiedChange(change, MetadataKind.CUSTOM_FIELD,
                    object == null ? component : object + "." + component);
        }
        if (fileName.endsWith(".object-meta.xml") || folderAfter(path, "objects") != null) {
            String object = folderAfter(path, "objects");
            return new ClassifiedChange(change, MetadataKind.CUSTOM_OBJECT, object == null ? component : object);
        }
        if (fileName.endsWith(".flow-meta.xml") || fileName.endsWith(".flow")) {
            return new ClassifiedChange(change, MetadataKind.FLOW, component);
        }
        if (fileName.endsWith(".profile-meta.xml") || fileName.endsWith(".profile")) {
            return new ClassifiedChange(change, MetadataKind.PROFILE, component);
        }
        if (fileName.endsWith(".permissionset-meta.xml") || fileName.endsWith(".permissionset")
                || fileName.endsWith(".permissionsetgroup-meta.xml")) {
            return new ClassifiedChange(change, MetadataKind.PERMISSION_SET, component);
        }
        if (fileName.endsWith(".sharingRules-meta.xml") || fileName.endsWith(".sharingRules")
                || folderAfter(path, "sharingRules") != null) {
            return new ClassifiedChange(change, MetadataKind.SHARING_RULES, component);
        }
        if (fileName.endsWith(".md-meta.xml")
                || (fileName.endsWith(".md") && folderAfter(path, "customMetadata") != null)) {
            return new ClassifiedChange(change, MetadataKind.CUSTOM_METADATA, component);
        }
        String resource = folderAfter(path, "staticresources");
        if (resource != null || fileName.endsWith(".resource-meta.xml") || fileName.endsWith(".resource")) {
            return new ClassifiedChange(change, MetadataKind.STATIC_RESOURCE, resource != null ? resource : component);
        }
        return new ClassifiedChange(change, MetadataKind.OTHER, component);
    }

    /** Returns the file name at the end of a path. */
    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Strips {@code -meta.xml} and the metadata suffix: {@code Foo.cls-meta.xml} and {@code Foo.cls} give Foo. */
    static String componentName(String fileName) {
        String name = fileName.endsWith("-meta.xml") ? fileName.substring(0, fileName.length() - 9) : fileName;
        int dot = name.indexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /**
     * Returns the path segment that follows the folder {@code folder}, when that segment is itself a folder:
     * {@code .../lwc/accountList/accountList.js} and {@code lwc} give {@code accountList}.
     */
    private static String folderAfter(String path, String folder) {
        String marker = "/" + folder + "/";
        int at = path.lastIndexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = path.substring(at + marker.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? null : rest.substring(0, slash);
    }
}
