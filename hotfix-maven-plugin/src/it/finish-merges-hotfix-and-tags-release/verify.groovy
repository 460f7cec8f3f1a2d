// Asserts the history hotfix:finish left: merge commits with two parents, the tag on the merge into main, the
// branches pushed to origin, and a second finish that changed nothing.
def git(String... args) {
    def process = (["git"] + args.toList()).execute(null, basedir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed: ${err}"
    return out.toString().trim()
}

def log = new File(basedir, "build.log").text
assert log.contains("Started hotfix/fix-fee-rounding from v1.4.2")
assert log.contains("Merge hotfix/fix-fee-rounding into main (--no-ff)")
assert log.contains("Nothing to do: hotfix/fix-fee-rounding is already merged into main, develop and tagged v1.4.3.")

def fix = git("rev-parse", "hotfix/fix-fee-rounding")
def mainParents = git("rev-list", "--parents", "-n", "1", "main").split(" ")
assert mainParents.length == 3 : "main is not a merge commit: ${mainParents}"
assert mainParents[2] == fix
def developParents = git("rev-list", "--parents", "-n", "1", "develop").split(" ")
assert developParents.length == 3 : "develop is not a merge commit: ${developParents}"
assert developParents[2] == fix
assert git("log", "-1", "--format=%s", "main") == "Merge hotfix: hotfix/fix-fee-rounding"

assert git("rev-parse", "v1.4.3^{commit}") == git("rev-parse", "main")
assert git("cat-file", "-t", "v1.4.3") == "tag"
def tagMessage = git("tag", "-l", "--format=%(contents)", "v1.4.3")
assert tagMessage.contains("Issue: #4821")
assert tagMessage.contains("Severity: Critical")

assert git("--git-dir=origin.git", "rev-parse", "main") == git("rev-parse", "main")
assert git("--git-dir=origin.git", "rev-parse", "develop") == git("rev-parse", "develop")
assert git("--git-dir=origin.git", "rev-parse", "v1.4.3^{commit}") == git("rev-parse", "main")
assert git("rev-parse", "--abbrev-ref", "HEAD") == "hotfix/fix-fee-rounding"
return true
