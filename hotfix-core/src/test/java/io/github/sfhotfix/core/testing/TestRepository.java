package io.github.sfhotfix.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, built with JGit, with a Salesforce DX project layout and shortcuts
 * for the history a hotfix goes through.
 */
public final class TestRepository implements AutoCloseable {

    public static final String CLASSES = "force-app/main/default/classes/";
    public static final PersonIdent AUTHOR = new PersonIdent("Dev One", "dev.one@example.com");

    private final Path root;
    private final Git git;

    private TestRepository(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** Creates a repository on {@code main} with an sfdx-project.json whose package directory is force-app. */
    public static TestRepository create(Path folder) throws IOException, GitAPIException {
        Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
        TestRepository repository = new TestRepository(folder, git);
        repository.write("sfdx-project.json",
                "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}], \"sourceApiVersion\": \"62.0\"}");
        return repository;
    }

    /**
     * Creates the usual starting point: a production release tagged {@code v1.2.3} with a service class and its
     * test, and {@code develop} created from it.
     */
    public static TestRepository withRelease(Path folder) throws IOException, GitAPIException {
        TestRepository repository = create(folder);
        repository.writeClass("AccountService", "public class AccountService { public static Integer count() { return 1; } }");
        repository.writeClass("AccountServiceTest",
                "@IsTest private class AccountServiceTest { @IsTest static void counts() { AccountService.count(); } }");
        repository.commit("Release 1.2.3");
        repository.tag("v1.2.3");
        repository.git.branchCreate().setName("develop").call();
        return repository;
    }

    public Path root() {
        return root;
    }

    public Git git() {
        return git;
    }

    public TestRepository write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent() == null ? root : file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    /** Writes {@code <name>.cls} and its {@code -meta.xml} under force-app's classes folder. */
    public TestRepository writeClass(String name, String source) throws IOException {
        write(CLASSES + name + ".cls", source);
        write(CLASSES + name + ".cls-meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ApexClass xmlns=\"http://soap.sforce.com/2006/04/metadata\"><apiVersion>62.0</apiVersion></ApexClass>\n");
        return this;
    }

    public TestRepository delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    /** Stages everything, deletions included, and commits. */
    public RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    /** Commits a hotfix change with the subject prefix and the severity and issue trailers. */
    public RevCommit hotfixCommit(String subject) throws GitAPIException {
        return commit("hotfix: " + subject + "\n\nSeverity: Critical\nIssue: #12345\n");
    }

    /** Creates an annotated tag on HEAD. */
    public void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("Release " + name).setTagger(AUTHOR).setSigned(false)
                .call();
    }

    /** Creates a lightweight tag on a commit. */
    public void lightweightTag(String name, ObjectId commit) throws GitAPIException, IOException {
        try (var walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
            git.tag().setName(name).setAnnotated(false).setObjectId(walk.parseCommit(commit)).call();
        }
    }

    public void checkout(String branch) throws GitAPIException {
        git.checkout().setName(branch).call();
    }

    /** Creates a branch from a start point (a tag or branch name) and checks it out. */
    public void checkoutNew(String branch, String startPoint) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(branch).setStartPoint(startPoint).call();
    }

    public ObjectId head() throws IOException {
        return git.getRepository().resolve("HEAD");
    }

    /** Detaches HEAD at its current commit, as CI checkouts do. */
    public void detachHead() throws GitAPIException, IOException {
        git.checkout().setName(head().name()).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
