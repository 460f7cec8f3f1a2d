def log = new File(basedir, 'build.log').text
assert log.contains("Rejected approval of commit ")
assert log.contains("by 'it@example.com': the approver is the commit's author (IT Developer <it@example.com>), and"
        + " authors cannot approve their own hotfix. Ask another approver.")
assert log.contains('BUILD FAILURE')

def process = ['git', 'show-ref', 'refs/notes/hotfix-approvals'].execute(null, basedir)
process.waitForProcessOutput(new StringBuilder(), new StringBuilder())
assert process.exitValue() != 0 : 'an approvals note was written'
