package io.github.sfhotfix.core.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Builds real repositories for the workflow tests: a bare {@code origin} and a clone with {@code main} tagged
 * {@code v1.2.3}, {@code develop} one feature commit ahead, both pushed.
 */
final class FlowRepositories implements AutoCloseable {

    static final String CLASS_FILE = "force-app/main/default/classes/FeeCalculator.cls";
    static final String PROJECT = "{\n  \"packageDirectories\": [\n    { \"path\": \"force-app\", \"default\": true,"
            + " \"versionNumber\": \"1.2.3.NEXT\" }\n  ],\n  \"sourceApiVersion\": \"62.0\"\n}\n";

    final Path origin;
    final Path work;
    final Git git;
    final Git bare;

    private FlowRepositories(Path origin, Path work, Git git, Git bare) {
        this.origin = origin;
        this.work = work;
        this.git = git;
        this.bare = bare;
    }

    static FlowRepositories create(Path root) throws Exception {
        Path origin = root.resolve("origin.git");
        Path work = root.resolve("work");
        Git bare = Git.init().setBare(true).setInitialBranch("main").setDirectory(origin.toFile()).call();
        Git git = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "On Call");
        config.setString("user", null, "email", "oncall@example.com");
        config.save();
        git.remoteAdd().setName("origin").setUri(new URIish(origin.toUri().toString())).call();

        FlowRepositories repositories = new FlowRepositories(origin, work, git, bare);
        repositories.write("sfdx-project.json", PROJECT);
        repositories.write(CLASS_FILE, "public class FeeCalculator {\n    // rounding\n}\n");
        repositories.write("README.md", "payments\n");
        repositories.commit("Release 1.2.3");
        git.tag().setName("v1.2.3").setAnnotated(true).setMessage("Release 1.2.3").call();

        git.checkout().setCreateBranch(true).setName("develop").call();
        repositories.write("force-app/main/default/classes/Invoice.cls", "public class Invoice {}\n");
        repositories.commit("Add invoices");
        git.push().setRemote("origin").setRefSpecs(new RefSpec("refs/heads/*:refs/heads/*")).setPushTags().call();
        git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/origin/*")).call();
        return repositories;
    }

    /** Creates {@code hotfix/<name>} from a tag with one fix commit, and leaves it checked out. */
    RevCommit hotfix(String name, String fromTag, String content) throws IOException, GitAPIException {
        git.checkout().setCreateBranch(true).setName("hotfix/" + name).setStartPoint(fromTag).call();
        write(CLASS_FILE, content);
        return commit("hotfix: " + name + "\n\nSeverity: critical\nIssue: #4821\n");
    }

    void write(String path, String content) throws IOException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).call();
    }

    void checkout(String branch) throws GitAPIException {
        git.checkout().setName(branch).call();
    }

    ObjectId ref(String name) throws IOException {
        Ref ref = git.getRepository().exactRef(name);
        return ref == null ? null : ref.getObjectId();
    }

    ObjectId remoteRef(String name) throws IOException {
        Ref ref = bare.getRepository().exactRef(name);
        return ref == null ? null : ref.getObjectId();
    }

    /** Returns every ref of the clone and the origin with its object id, to compare before and after a run. */
    Map<String, String> allRefs() throws IOException {
        Map<String, String> refs = new TreeMap<>();
        for (Ref ref : git.getRepository().getRefDatabase().getRefs()) {
            refs.put(ref.getName(), String.valueOf(ref.getObjectId()));
        }
        for (Ref ref : bare.getRepository().getRefDatabase().getRefs()) {
            refs.put("origin:" + ref.getName(), String.valueOf(ref.getObjectId()));
        }
        refs.put("HEAD", git.getRepository().getFullBranch());
        return refs;
    }

    /** Returns a file's text at a ref, such as {@code refs/heads/main}, or null when the file is missing. */
    String fileAt(String refName, String path) throws IOException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit commit = walk.parseCommit(ref(refName));
            try (TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
                return tree == null ? null
                        : new String(git.getRepository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    RevCommit parse(ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit commit = walk.parseCommit(id);
            walk.parseBody(commit);
            return commit;
        }
    }

    /** Returns the commit a tag points to, peeled. */
    ObjectId tagTarget(String tag) throws IOException {
        return git.getRepository().getRefDatabase().peel(git.getRepository().exactRef(Constants.R_TAGS + tag))
                .getPeeledObjectId();
    }

    String branch() throws IOException {
        return git.getRepository().getBranch();
    }

    @Override
    public void close() {
        git.close();
        bare.close();
    }
}
