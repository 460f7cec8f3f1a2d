import groovy.json.JsonSlurper

def git(String... args) {
    def process = (['git', '-C', basedir.path] + args.toList()).execute()
    def output = process.text.trim()
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed"
    return output
}

def log = new File(basedir, 'build.log').text

// Every phase of the hotfix lifecycle ran, in the order the lifecycle declares.
def goals = ['validate', 'affected-tests', 'scan', 'check-deploy', 'approval-gate', 'deploy', 'smoke', 'monitor', 'finish']
def positions = goals.collect { goal ->
    def at = log.indexOf(":${goal} (default-${goal}) @ payments ---")
    assert at >= 0 : "goal ${goal} did not run"
    at
}
assert positions == positions.sort(false)

// The track came from the recorded triage, and the single approval satisfied it.
def triage = new JsonSlurper().parse(new File(basedir, 'target/hotfix/triage.json'))
assert triage.track == 'EMERGENCY_HOTFIX'

// The deploy was a quick deploy of the validated id, recorded as a note on the fix commit.
def deploys = new JsonSlurper().parseText(git('notes', '--ref', 'refs/notes/hotfix-deploys', 'show', 'hotfix/fix-fee-rounding~1'))
assert deploys[0].deployId == '0Af000000000QCK01'
assert deploys[0].quickDeploy == true
def approvals = new JsonSlurper().parseText(git('notes', '--ref', 'refs/notes/hotfix-approvals', 'show', 'hotfix/fix-fee-rounding~1'))
assert approvals.collect { it.approver } == ['lead@example.com']
assert git('notes', '--ref', 'refs/notes/hotfix-triage', 'show', 'hotfix/fix-fee-rounding~1').contains('EMERGENCY_HOTFIX')

// Finish merged into main and develop with merge commits and tagged the merge on main.
def tagged = git('rev-parse', 'v1.4.3^{commit}')
assert tagged == git('rev-parse', 'main')
assert git('rev-list', '--parents', '-n', '1', 'main').split(' ').size() == 3
assert git('rev-list', '--parents', '-n', '1', 'develop').split(' ').size() == 3
assert git('cat-file', '-t', 'v1.4.3') == 'tag'
assert git('show', 'main:CHANGELOG.md').contains('## [1.4.3]')
assert git('merge-base', '--is-ancestor', 'hotfix/fix-fee-rounding', 'develop') == ''
