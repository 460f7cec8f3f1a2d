package io.github.sfhotfix.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of {@code sfdx-project.json} that decide what is deployable: its package directories.
 *
 * @param location where the file was read, for messages
 * @param projectRoot the project folder relative to the repository root, empty for the root
 * @param packageDirectories package directory paths relative to the repository root, without trailing slash
 */
public record SfdxProject(String location, String projectRoot, List<String> packageDirectories) {

    /** The project file's name. */
    public static final String FILE_NAME = "sfdx-project.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public SfdxProject {
        packageDirectories = List.copyOf(packageDirectories);
    }

    /**
     * Parses the file's content.
     *
     * @param projectRoot the folder holding the file, relative to the repository root
     * @throws RejectedInputException when the JSON is malformed or has no usable {@code packageDirectories}
     */
    public static SfdxProject parse(String location, String projectRoot, byte[] content)
            throws RejectedInputException {
        JsonNode root;
        try {
            root = JSON.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new RejectedInputException(location + " line " + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage() + ". Fix the file and commit it.");
        }
        if (root == null || !root.isObject()) {
            throw new RejectedInputException(location + ": expected a JSON object with packageDirectories.");
        }
        JsonNode directories = root.get("packageDirectories");
        if (directories == null || !directories.isArray() || directories.isEmpty()) {
            throw new RejectedInputException(location + ": packageDirectories is missing or empty. List the source"
                    + " folders, such as \"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}].");
        }

        List<String> paths = new ArrayList<>();
        for (int i = 0; i < directories.size(); i++) {
            JsonNode path = directories.get(i).get("path");
            if (path == null || !path.isTextual() || path.asText().isBlank()) {
                throw new RejectedInputException(location + ": packageDirectories[" + i + "] has no \"path\". Give"
                        + " each package directory a path such as \"force-app\".");
            }
            paths.add(join(projectRoot, normalise(path.asText())));
        }
        return new SfdxProject(location, projectRoot, paths);
    }

    /** Returns the package directory that contains a repository-relative path, or null when none does. */
    public String packageDirectoryOf(String path) {
        String longest = null;
        for (String directory : packageDirectories) {
            if ((directory.isEmpty() || path.startsWith(directory + "/"))
                    && (longest == null || directory.length() > longest.length())) {
                longest = directory;
            }
        }
        return longest;
    }

    private static String normalise(String path) {
        String normalised = path.replace('\\', '/').trim();
        while (normalised.startsWith("./")) {
            normalised = normalised.substring(2);
        }
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised.equals(".") ? "" : normalised;
    }

    private static String join(String root, String path) {
        if (root.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? root : root + "/" + path;
    }
}
