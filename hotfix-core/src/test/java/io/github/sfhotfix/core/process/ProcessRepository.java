package io.github.sfhotfix.core.process;

import io.github.sfhotfix.core.testing.TestRepository;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Builds the hotfix histories the process tests read: real commits, merges, tags and notes. */
final class ProcessRepository {

    static final PersonIdent LEAD = new PersonIdent("Lead Two", "lead.two@example.com");

    private ProcessRepository() {
    }

    /** Returns settings for the repository with the given policy overrides. */
    static ProcessSettings settings(TestRepository repository, Map<String, String> overrides) {
        return new ProcessSettings(repository.root(), null, overrides);
    }

    /** Starts {@code hotfix/<name>} from v1.2.3 and commits one fix on it. */
    static RevCommit hotfix(TestRepository repository, String name) throws Exception {
        repository.checkoutNew("hotfix/" + name, "v1.2.3");
        repository.writeClass("AccountService", "public class AccountService { /* " + name + " */ }");
        return repository.hotfixCommit("fix " + name);
    }

    /** Merges {@code branch} into {@code target} with a merge commit, as hotfix:finish does, and returns it. */
    static RevCommit merge(TestRepository repository, String target, String branch) throws Exception {
        repository.checkout(target);
        ObjectId head = repository.git().merge().include(repository.git().getRepository().findRef(branch))
                .setFastForward(FastForwardMode.NO_FF).setMessage("Merge hotfix: " + branch).call().getNewHead();
        try (RevWalk walk = new RevWalk(repository.git().getRepository())) {
            return walk.parseCommit(head);
        }
    }

    /** Tags a commit the way hotfix:finish does, with the branch named in the message. */
    static void releaseTag(TestRepository repository, String tag, RevCommit commit, String branch,
            PersonIdent tagger) throws Exception {
        repository.git().tag().setName(tag).setObjectId(commit).setAnnotated(true).setTagger(tagger)
                .setMessage("Hotfix " + tag.substring(1) + " from " + branch + "\n\nBranch: " + branch + "\n")
                .setSigned(false).call();
    }

    static void note(TestRepository repository, String notesRef, ObjectId commit, String json) throws Exception {
        try (RevWalk walk = new RevWalk(repository.git().getRepository())) {
            repository.git().notesAdd().setNotesRef(notesRef).setObjectId(walk.parseCommit(commit)).setMessage(json)
                    .call();
        }
    }
}
