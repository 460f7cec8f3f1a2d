package io.github.sfhotfix.core.sf;

import java.util.Map;
import java.util.Optional;

/**
 * A metadata component as a manifest names it: its type, such as ApexClass, and its member name.
 *
 * @param type the Metadata API type name
 * @param member the member name, {@code Object.child} for fields and other object children
 */
public record MetadataComponent(String type, String member) {

    /** Types of files kept directly in a folder of that name, such as {@code classes/Foo.cls}. */
    private static final Map<String, String> FOLDER_TYPES = Map.ofEntries(
            Map.entry("classes", "ApexClass"),
            Map.entry("triggers", "ApexTrigger"),
            Map.entry("pages", "ApexPage"),
            Map.entry("components", "ApexComponent"),
            Map.entry("flows", "Flow"),
            Map.entry("permissionsets", "PermissionSet"),
            Map.entry("layouts", "Layout"),
            Map.entry("tabs", "CustomTab"),
            Map.entry("flexipages", "FlexiPage"),
            Map.entry("staticresources", "StaticResource"),
            Map.entry("customMetadata", "CustomMetadata"),
            Map.entry("applications", "CustomApplication"),
            Map.entry("profiles", "Profile"),
            Map.entry("queues", "Queue"),
            Map.entry("globalValueSets", "GlobalValueSet"),
            Map.entry("quickActions", "QuickAction"),
            Map.entry("customPermissions", "CustomPermission"),
            Map.entry("namedCredentials", "NamedCredential"),
            Map.entry("remoteSiteSettings", "RemoteSiteSetting"));

    /** Types of bundles: every file under {@code lwc/<bundle>/} belongs to one component. */
    private static final Map<String, String> BUNDLE_TYPES = Map.of(
            "lwc", "LightningComponentBundle",
            "aura", "AuraDefinitionBundle");

    /** Types of files under {@code objects/<Object>/<folder>/}. */
    private static final Map<String, String> OBJECT_CHILD_TYPES = Map.of(
            "fields", "CustomField",
            "validationRules", "ValidationRule",
            "recordTypes", "RecordType",
            "listViews", "ListView",
            "fieldSets", "FieldSet",
            "webLinks", "WebLink",
            "compactLayouts", "CompactLayout",
            "businessProcesses", "BusinessProcess");

    /**
     * Returns the component a source-format file belongs to, or empty when its type is not known here (for example
     * custom labels, which live in one shared file).
     */
    public static Optional<MetadataComponent> forPath(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            String folder = parts[i];
            if (BUNDLE_TYPES.containsKey(folder) && i + 2 < parts.length) {
                return Optional.of(new MetadataComponent(BUNDLE_TYPES.get(folder), parts[i + 1]));
            }
        }
        String fileName = parts[parts.length - 1];
        String name = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        if (parts.length >= 4 && parts[parts.length - 4].equals("objects")
                && OBJECT_CHILD_TYPES.containsKey(parts[parts.length - 2])) {
            return Optional.of(new MetadataComponent(OBJECT_CHILD_TYPES.get(parts[parts.length - 2]),
                    parts[parts.length - 3] + "." + name));
        }
        if (parts.length >= 3 && parts[parts.length - 3].equals("objects") && fileName.endsWith(".object-meta.xml")) {
            return Optional.of(new MetadataComponent("CustomObject", name));
        }
        if (parts.length >= 2 && FOLDER_TYPES.containsKey(parts[parts.length - 2])) {
            return Optional.of(new MetadataComponent(FOLDER_TYPES.get(parts[parts.length - 2]), name));
        }
        return Optional.empty();
    }

    /** Returns the folder of the bundle the path belongs to, such as {@code force-app/main/default/lwc/card}. */
    static Optional<String> bundleFolder(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (BUNDLE_TYPES.containsKey(parts[i]) && i + 2 < parts.length) {
                return Optional.of(String.join("/", java.util.Arrays.copyOfRange(parts, 0, i + 2)));
            }
        }
        return Optional.empty();
    }
}
