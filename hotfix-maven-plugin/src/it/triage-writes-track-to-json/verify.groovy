import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Track: EMERGENCY_HOTFIX (emergency hotfix)')
assert log.contains('[INFO]   - Critical severity with all or most users blocked requires an emergency hotfix.')

def triage = new JsonSlurper().parse(new File(basedir, 'target/hotfix/triage.json'))
assert triage.track == 'EMERGENCY_HOTFIX'
assert triage.reasons.size() == 1
assert triage.incident.severity == 'critical'

def process = ['git', 'notes', '--ref', 'hotfix-triage', 'show', 'HEAD'].execute(null, basedir)
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
assert process.exitValue() == 0 : "no triage note on HEAD: ${err}"
assert new JsonSlurper().parseText(out.toString()).track == 'EMERGENCY_HOTFIX'
