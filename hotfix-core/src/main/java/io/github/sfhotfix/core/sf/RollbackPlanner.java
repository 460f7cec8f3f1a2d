package io.github.sfhotfix.core.sf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Builds a {@link RollbackPlan} from the production tag's commit and the hotfix's changed files, and materialises it:
 * the tag's version of the files in a folder with an {@code sfdx-project.json}, and the destructive-changes manifests.
 */
public final class RollbackPlanner {

    private static final String DEFAULT_API_VERSION = "62.0";
    private static final String META_SUFFIX = "-meta.xml";

    private final Repository repository;

    public RollbackPlanner(Repository repository) {
        this.repository = repository;
    }

    /**
     * Plans the rollback without writing anything.
     *
     * @param tagCommit the production tag or its commit id
     * @throws RejectedInputException when the commit is unknown, or a modified or deleted file is not in its tree
     */
    public RollbackPlan plan(String tagCommit, List<ChangedFile> changes)
            throws RejectedInputException, EnvironmentException {
        RevCommit tag = resolve(tagCommit);
        Set<String> restore = new TreeSet<>();
        Set<String> roots = new LinkedHashSet<>();
        Set<MetadataComponent> removals = new LinkedHashSet<>();
        List<String> manual = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        for (ChangedFile change : changes) {
            if (change.type() == ChangedFile.Type.ADDED || change.type() == ChangedFile.Type.RENAMED) {
                planRemoval(tag, change.path(), restore, roots, removals, manual);
            }
            if (change.type() != ChangedFile.Type.ADDED) {
                String old = change.type() == ChangedFile.Type.RENAMED ? change.oldPath() : change.path();
                if (!planRestore(tag, old, restore, roots)) {
                    problems.add(old + " (" + change.type() + ") is not in " + tagCommit);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInputException("The change list does not match the production tag: "
                    + String.join("; ", problems) + ". Compute the changes against the same tag.");
        }
        return new RollbackPlan(tag.name(), List.copyOf(restore), List.copyOf(roots), List.copyOf(removals),
                manual, apiVersion(tag));
    }

    /**
     * Writes the plan's files from the tag's tree into the folder, with an {@code sfdx-project.json} and, when
     * components are removed, {@code destructive/package.xml} and {@code destructive/destructiveChangesPost.xml}.
     */
    public void materialise(RollbackPlan plan, Path folder) throws EnvironmentException {
        try {
            RevCommit tag = resolveId(plan.tagCommit());
            for (String path : plan.restorePaths()) {
                Path target = folder.resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, read(tag, path).orElseThrow());
            }
            Files.writeString(folder.resolve("sfdx-project.json"), projectFile(tag, plan), StandardCharsets.UTF_8);
            if (!plan.removals().isEmpty()) {
                Path destructive = Files.createDirectories(folder.resolve(RollbackPlan.DESTRUCTIVE_FOLDER));
                Files.writeString(destructive.resolve("package.xml"), manifest(List.of(), plan.apiVersion()));
                Files.writeString(destructive.resolve("destructiveChangesPost.xml"),
                        manifest(plan.removals(), plan.apiVersion()));
            }
        } catch (IOException | RejectedInputException e) {
            throw new EnvironmentException("Writing the rollback files into " + folder + " failed: "
                    + e.getMessage(), e);
        }
    }

    private void planRemoval(RevCommit tag, String path, Set<String> restore, Set<String> roots,
            Set<MetadataComponent> removals, List<String> manual) throws EnvironmentException {
        Optional<String> bundle = MetadataComponent.bundleFolder(path);
        if (bundle.isPresent() && !listFiles(tag, bundle.get()).isEmpty()) {
            planRestore(tag, path, restore, roots);
            return;
        }
        Optional<MetadataComponent> component = MetadataComponent.forPath(path);
        if (component.isPresent()) {
            removals.add(component.get());
        } else {
            manual.add(path);
        }
    }

    /** Adds the file, its companion or its whole bundle; returns false when the tag does not have the file. */
    private boolean planRestore(RevCommit tag, String path, Set<String> restore, Set<String> roots)
            throws EnvironmentException {
        Optional<String> bundle = MetadataComponent.bundleFolder(path);
        if (bundle.isPresent()) {
            List<String> files = listFiles(tag, bundle.get());
            restore.addAll(files);
            roots.add(bundle.get());
            return !files.isEmpty();
        }
        if (read(tag, path).isEmpty()) {
            return false;
        }
        String source = path.endsWith(META_SUFFIX) ? path.substring(0, path.length() - META_SUFFIX.length()) : path;
        String meta = source + META_SUFFIX;
        restore.add(path);
        if (read(tag, source).isPresent()) {
            restore.add(source);
        }
        if (read(tag, meta).isPresent()) {
            restore.add(meta);
        }
        roots.add(read(tag, source).isPresent() ? source : path);
        return true;
    }

    private RevCommit resolve(String commit) throws RejectedInputException, EnvironmentException {
        try {
            return resolveId(commit);
        } catch (IOException e) {
            throw new EnvironmentException("Reading commit " + commit + " failed: " + e.getMessage(), e);
        }
    }

    private RevCommit resolveId(String commit) throws IOException, RejectedInputException {
        ObjectId id = repository.resolve(commit + "^{commit}");
        if (id == null) {
            throw new RejectedInputException("The production tag commit '" + commit + "' is not in the repository:"
                    + " fetch the tags with `git fetch --tags`, or give an existing tag.");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        }
    }

    private Optional<byte[]> read(RevCommit commit, String path) throws EnvironmentException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null || walk.isSubtree()) {
                return Optional.empty();
            }
            return Optional.of(repository.open(walk.getObjectId(0)).getBytes());
        } catch (IOException e) {
            throw new EnvironmentException("Reading " + path + " at " + commit.name() + " failed: " + e.getMessage(),
                    e);
        }
    }

    private List<String> listFiles(RevCommit commit, String folder) throws EnvironmentException {
        List<String> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(folder));
            while (walk.next()) {
                files.add(walk.getPathString());
            }
            return files;
        } catch (IOException e) {
            throw new EnvironmentException("Listing " + folder + " at " + commit.name() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private Optional<JsonNode> tagProject(RevCommit tag) throws EnvironmentException {
        Optional<byte[]> bytes = read(tag, "sfdx-project.json");
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SfJson.mapper().readTree(bytes.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String apiVersion(RevCommit tag) throws EnvironmentException {
        return tagProject(tag).map(project -> project.path("sourceApiVersion").asText(""))
                .filter(version -> !version.isBlank()).orElse(DEFAULT_API_VERSION);
    }

    /** Returns an sfdx-project.json whose package directories are the tag's that hold restored files. */
    private String projectFile(RevCommit tag, RollbackPlan plan) throws IOException, EnvironmentException {
        List<String> tagDirectories = new ArrayList<>();
        tagProject(tag).ifPresent(project -> project.path("packageDirectories")
                .forEach(directory -> tagDirectories.add(directory.path("path").asText("").replaceAll("/+$", ""))));
        Set<String> directories = new LinkedHashSet<>();
        for (String path : plan.restorePaths()) {
            directories.add(tagDirectories.stream().filter(directory -> path.startsWith(directory + "/")).findFirst()
                    .orElse(path.contains("/") ? path.substring(0, path.indexOf('/')) : "."));
        }
        if (directories.isEmpty()) {
            directories.add(RollbackPlan.DESTRUCTIVE_FOLDER);
        }
        ObjectNode project = SfJson.mapper().createObjectNode();
        ArrayNode packages = project.putArray("packageDirectories");
        boolean first = true;
        for (String directory : directories) {
            ObjectNode entry = packages.addObject().put("path", directory);
            if (first) {
                entry.put("default", true);
                first = false;
            }
        }
        project.put("sourceApiVersion", plan.apiVersion());
        return SfJson.mapper().writeValueAsString(project);
    }

    private static String manifest(List<MetadataComponent> components, String apiVersion) {
        Map<String, Set<String>> byType = new TreeMap<>();
        for (MetadataComponent component : components) {
            byType.computeIfAbsent(component.type(), type -> new TreeSet<>()).add(component.member());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
        for (Map.Entry<String, Set<String>> type : byType.entrySet()) {
            xml.append("    <types>\n");
            for (String member : type.getValue()) {
                xml.append("        <members>").append(escape(member)).append("</members>\n");
            }
            xml.append("        <name>").append(type.getKey()).append("</name>\n").append("    </types>\n");
        }
        return xml.append("    <version>").append(escape(apiVersion)).append("</version>\n</Package>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
